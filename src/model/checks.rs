//! What the exercise checks find. A finding is a warning with a reason: it is shown and
//! discussed, it never blocks typing. The words for each live in `i18n`.

use rust_decimal::Decimal;

use super::agreements::Essential;
use super::money::Euros;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    MarketUndefined,
    EstimateWithoutEuros {
        number: usize,
    },
    EstimateWithoutUnits {
        number: usize,
    },
    EuroEstimatesFarApart {
        spread: Decimal,
    },
    UnitEstimatesFarApart {
        spread: Decimal,
    },
    NothingAgreed,
    AgreedIncomplete,
    AgreedPriceOutsideRange {
        price: Euros,
        low: Euros,
        high: Euros,
    },
    SentenceMissing,
    MoreThanOneSentence {
        sentences: usize,
    },
    SentenceTooLong {
        words: usize,
    },
    RevenueDriverMissing,
    CostDriverMissing,
    GoalWithoutTarget {
        number: usize,
    },
    TargetEqualsBaseline {
        number: usize,
    },
    GoalWithoutHorizon {
        number: usize,
    },
    GoalOfOneDepartment {
        number: usize,
    },
    BudgetOverAllocated {
        percent: Decimal,
    },
    ConflictWithUnknownGoal {
        id: u32,
    },
    AgreementIncomplete {
        number: usize,
        missing: Vec<Essential>,
    },
    AgreementWithoutTeams {
        number: usize,
    },
    AgreementNotAccepted {
        number: usize,
    },
}
