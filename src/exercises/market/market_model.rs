//! The market exercise's record: what market we are in, and how big it is in euros and
//! units; the derived figures (prices, spreads) and the checks.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::Record;
use crate::i18n::Words;
use crate::model::Language;
use crate::model::money::{Euros, Units};
use crate::model::round::{Ask, Reply, Round};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Market {
    /// Who buys what, where; what is in and what is out.
    pub definition: String,
    pub year: Option<i16>,
    pub estimates: Vec<Estimate>,
    pub agreed: Option<Figures>,
    /// Files from before blind rounds hid the estimates with a key (`hidden: true`). The
    /// switch is read and forgotten: such estimates count as revealed, as a round's are
    /// after its reveal; nothing is kept, so nothing is written back.
    #[serde(default, skip_serializing, deserialize_with = "forget_switch")]
    pub hidden: (),
}

fn forget_switch<'de, D: serde::Deserializer<'de>>(switch: D) -> Result<(), D::Error> {
    bool::deserialize(switch).map(drop)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Estimate {
    /// The department or person the estimate comes from.
    pub source: String,
    pub euros: Option<Euros>,
    pub units: Option<Units>,
    pub method: Method,
    /// How the figure was reached: a report, a calculation.
    pub basis: String,
    /// When the round was opened whose reveal wrote this row; `None` for a row typed
    /// in. A reveal updates only its own rows, never a typed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<crate::model::Moment>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Method {
    #[default]
    TopDown,
    BottomUp,
    /// Nobody said how the figure was reached: an estimate from a blind round.
    Unsaid,
}

impl Method {
    /// The next on the key that switches it: top-down, bottom-up, not said.
    pub fn toggled(self) -> Method {
        match self {
            Method::TopDown => Method::BottomUp,
            Method::BottomUp => Method::Unsaid,
            Method::Unsaid => Method::TopDown,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    pub euros: Option<Euros>,
    pub units: Option<Units>,
}

/// What the market's checks find.
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
}

/// Estimates further apart than this (max / min) are flagged for discussion.
const SPREAD_TO_DISCUSS: i64 = 2;

impl Figures {
    /// Euros divided by units, to the cent: the sanity check everybody understands.
    pub fn price_per_unit(&self) -> Option<Euros> {
        price(self.euros?, self.units?)
    }
}

impl Estimate {
    pub fn price_per_unit(&self) -> Option<Euros> {
        price(self.euros?, self.units?)
    }
}

fn price(euros: Euros, units: Units) -> Option<Euros> {
    if units.count() == 0 {
        return None;
    }
    Euros::new((euros.value() / Decimal::from(units.count())).round_dp(2))
}

/// The smallest and the largest value, or `None` with fewer than two values.
fn ends<T: Ord + Copy>(mut values: impl Iterator<Item = T>) -> Option<(T, T)> {
    let first = values.next()?;
    let (mut min, mut max, mut count) = (first, first, 1);
    for value in values {
        min = min.min(value);
        max = max.max(value);
        count += 1;
    }
    (count >= 2).then_some((min, max))
}

/// Orders two estimates' implied prices, euros / units, without dividing: the wall
/// works out the range on every frame of a market of hundreds of estimates, and a
/// decimal division costs what twenty comparisons do. Units are never zero here.
fn cheaper(a: (Euros, Units), b: (Euros, Units)) -> std::cmp::Ordering {
    let across = |e: Euros, u: Units| e.value().checked_mul(Decimal::from(u.count()));
    match (across(a.0, b.1), across(b.0, a.1)) {
        (Some(left), Some(right)) => left.cmp(&right),
        _ => price(a.0, a.1).cmp(&price(b.0, b.1)),
    }
}

impl Market {
    /// How far the euro estimates lie apart: the largest divided by the smallest.
    pub fn euro_spread(&self) -> Option<Decimal> {
        let euros = self
            .estimates
            .iter()
            .filter_map(|e| e.euros.map(Euros::value));
        let (min, max) = ends(euros.filter(|v| *v > Decimal::ZERO))?;
        max.checked_div(min)
    }

    /// How far the unit estimates lie apart: the largest divided by the smallest.
    pub fn unit_spread(&self) -> Option<Decimal> {
        let units = self
            .estimates
            .iter()
            .filter_map(|e| e.units.map(Units::count));
        let (min, max) = ends(units.filter(|count| *count > 0))?;
        Decimal::from(max).checked_div(Decimal::from(min))
    }

    /// Rounding to cents keeps the order, so the lowest rounded price is the lowest
    /// price rounded: only the two ends are divided.
    pub fn price_range(&self) -> Option<(Euros, Euros)> {
        let mut priced = self
            .estimates
            .iter()
            .filter_map(|e| match (e.euros, e.units) {
                (Some(euros), Some(units)) if units.count() > 0 => Some((euros, units)),
                _ => None,
            });
        let first = priced.next()?;
        let (mut low, mut high) = (first, first);
        for each in priced {
            if cheaper(each, low).is_lt() {
                low = each;
            }
            if cheaper(each, high).is_gt() {
                high = each;
            }
        }
        Some((price(low.0, low.1)?, price(high.0, high.1)?))
    }

    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        if !self.is_started() {
            return findings;
        }
        if self.definition.trim().is_empty() {
            findings.push(Finding::MarketUndefined);
        }
        for (index, estimate) in self.estimates.iter().enumerate() {
            let number = index + 1;
            if estimate.euros.is_none() {
                findings.push(Finding::EstimateWithoutEuros { number });
            }
            if estimate.units.is_none() {
                findings.push(Finding::EstimateWithoutUnits { number });
            }
        }
        let far_apart =
            |spread: Option<Decimal>| spread.filter(|s| *s > Decimal::from(SPREAD_TO_DISCUSS));
        if let Some(spread) = far_apart(self.euro_spread()) {
            findings.push(Finding::EuroEstimatesFarApart { spread });
        }
        if let Some(spread) = far_apart(self.unit_spread()) {
            findings.push(Finding::UnitEstimatesFarApart { spread });
        }
        match self.agreed {
            None if !self.estimates.is_empty() => findings.push(Finding::NothingAgreed),
            None => {}
            Some(agreed) => {
                if agreed.euros.is_none() || agreed.units.is_none() {
                    findings.push(Finding::AgreedIncomplete);
                }
                if let (Some(price), Some((low, high))) =
                    (agreed.price_per_unit(), self.price_range())
                    && (price < low || price > high)
                {
                    findings.push(Finding::AgreedPriceOutsideRange { price, low, high });
                }
            }
        }
        findings
    }
}

impl Record for Market {
    fn name(&self) -> Words {
        super::market_texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.definition.trim().is_empty() || !self.estimates.is_empty() || self.agreed.is_some()
    }

    fn is_done(&self) -> bool {
        let agreed = self
            .agreed
            .is_some_and(|f| f.euros.is_some() && f.units.is_some());
        !self.definition.trim().is_empty() && !self.estimates.is_empty() && agreed
    }

    fn round(&self, asking: &crate::exercises::kind::Asking) -> Option<(String, Ask)> {
        let l = asking.language;
        Some((
            super::market_texts::ROUND_QUESTION.get(l).to_owned(),
            Ask::Amount,
        ))
    }

    /// Each answer becomes an estimate of its own, named by its department (or by the
    /// person, where a department answered twice). Nothing typed is overwritten: where
    /// the name is taken by a row typed in or by another round's, the row says which
    /// round it came from (`Vertrieb (Runde 2)`). Revealing a re-opened round again
    /// updates its own rows, keeping their method and basis, and adds nothing twice.
    fn take(&mut self, round: &Round, number: usize, l: Language) -> bool {
        for answer in &round.answers {
            let Reply::Amount { euros, units } = answer.reply else {
                continue;
            };
            let source = round.source_of(answer);
            let labelled = super::market_texts::from_round(&source, number, l);
            let own = |e: &Estimate| {
                e.round == Some(round.opened) && (e.source == source || e.source == labelled)
            };
            if let Some(estimate) = self.estimates.iter_mut().find(|e| own(e)) {
                estimate.euros = euros;
                estimate.units = units;
                continue;
            }
            let taken = self.estimates.iter().any(|e| e.source == source);
            // A round asks for figures, not for how they were reached: the method is
            // left for the room to say.
            self.estimates.push(Estimate {
                source: if taken { labelled } else { source },
                euros,
                units,
                method: Method::Unsaid,
                round: Some(round.opened),
                ..Estimate::default()
            });
        }
        true
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        crate::exercises::kind::worded(&self.checks(), l, super::market_texts::finding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn estimate(euros: u64, units: u64) -> Estimate {
        Estimate {
            source: "Vertrieb".into(),
            euros: Euros::from_whole(euros),
            units: Units::new(units),
            method: Method::TopDown,
            basis: String::new(),
            round: None,
        }
    }

    fn market(estimates: Vec<Estimate>, agreed: Option<(u64, u64)>) -> Market {
        Market {
            definition: "Etikettendrucker".into(),
            year: Some(2026),
            estimates,
            agreed: agreed.map(|(e, u)| Figures {
                euros: Euros::from_whole(e),
                units: Units::new(u),
            }),
            hidden: (),
        }
    }

    #[test]
    fn price_spread_and_range_are_derived() {
        let m = market(
            vec![
                estimate(420_000_000, 35_000),
                estimate(1_200_000_000, 90_000),
            ],
            None,
        );
        assert_eq!(
            m.estimates[0].price_per_unit().map(Euros::value),
            Some(Decimal::from(12_000))
        );
        assert_eq!(
            m.euro_spread().map(|s| s.round_dp(2)),
            Some(Decimal::new(286, 2))
        );
        let (low, high) = m.price_range().expect("two prices");
        assert_eq!(low.value(), Decimal::from(12_000));
        assert_eq!(high.value().round_dp(0), Decimal::from(13_333));
    }

    proptest::proptest! {
        /// The range found by comparing without dividing is the range of the rounded
        /// prices, whatever the figures (cents, huge markets, a unit of zero, ties).
        #[test]
        fn the_price_range_is_that_of_the_rounded_prices(
            figures in proptest::collection::vec(
                (0_i64..=10_000_000_000_000_000, 0_u32..=2, 0_u64..=2_000_000_000),
                0..12,
            )
        ) {
            let estimates: Vec<Estimate> = figures
                .iter()
                .map(|&(mantissa, scale, units)| Estimate {
                    euros: Euros::new(Decimal::new(mantissa, scale)),
                    units: Units::new(units),
                    ..estimate(0, 0)
                })
                .collect();
            let prices: Vec<Euros> = estimates.iter().filter_map(Estimate::price_per_unit).collect();
            let naive = prices.iter().min().copied().zip(prices.iter().max().copied());
            proptest::prop_assert_eq!(market(estimates, None).price_range(), naive);
        }
    }

    #[test]
    fn far_apart_estimates_and_a_price_outside_the_range_are_flagged() {
        let m = market(
            vec![
                estimate(420_000_000, 35_000),
                estimate(1_200_000_000, 90_000),
            ],
            Some((600_000_000, 20_000)),
        );
        let findings = m.checks();
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::EuroEstimatesFarApart { .. }))
        );
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::UnitEstimatesFarApart { .. }))
        );
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::AgreedPriceOutsideRange { .. }))
        );
    }

    #[test]
    fn close_estimates_with_a_plausible_agreement_pass() {
        let m = market(
            vec![estimate(500_000_000, 40_000), estimate(600_000_000, 50_000)],
            Some((550_000_000, 45_000)),
        );
        assert_eq!(m.checks(), vec![]);
        assert!(m.is_done());
    }

    #[test]
    fn missing_euros_or_units_are_named_by_estimate() {
        let mut half = estimate(1, 1);
        half.units = None;
        let m = market(vec![half], Some((1, 1)));
        assert!(
            m.checks()
                .contains(&Finding::EstimateWithoutUnits { number: 1 })
        );
        assert!(
            !m.checks()
                .iter()
                .any(|f| matches!(f, Finding::EstimateWithoutEuros { .. }))
        );
    }

    #[test]
    fn a_revealed_round_becomes_the_estimates_once() {
        use crate::model::{Moment, Participant};
        let at = Moment::now();
        let person = |name: &str, department: &str| Participant {
            name: name.into(),
            department: department.into(),
        };
        let mut round = Round::new("?".into(), Ask::Amount, at);
        let answers = [
            (person("Anna", "Marketing"), 420_000_000, 35_000),
            (person("Ben", "Vertrieb"), 1_200_000_000, 90_000),
            (person("Cem", "Vertrieb"), 900_000_000, 60_000),
        ];
        for (who, euros, units) in &answers {
            let reply = Reply::Amount {
                euros: Euros::from_whole(*euros),
                units: Units::new(*units),
            };
            round.answer(who, reply, at).expect("an answer");
        }
        let mut m = market(vec![], None);
        assert!(m.take(&round, 1, Language::De));
        let sources: Vec<&str> = m.estimates.iter().map(|e| e.source.as_str()).collect();
        assert_eq!(sources, ["Marketing", "Ben (Vertrieb)", "Cem (Vertrieb)"]);
        m.estimates[0].basis = "Verbandszahlen".into();
        assert!(m.take(&round, 1, Language::De));
        assert_eq!(m.estimates.len(), 3, "taken again, nothing is added twice");
        assert_eq!(m.estimates[0].basis, "Verbandszahlen");
        // Nobody said how the figures were reached: no method is made up for them, and
        // one said later is kept when the round is taken again.
        assert!(m.estimates.iter().all(|e| e.method == Method::Unsaid));
        m.estimates[1].method = Method::BottomUp;
        assert!(m.take(&round, 1, Language::De));
        assert_eq!(m.estimates[1].method, Method::BottomUp);
        let mut handout = String::new();
        crate::exercises::kind::Output::handout(&m, &mut handout, Language::De);
        assert!(handout.contains("| – | Verbandszahlen |"), "{handout}");
        assert!(handout.contains("| bottom-up |"), "{handout}");
        assert!(!handout.contains("top-down"), "{handout}");
        let table = crate::exercises::kind::Output::table(&m, "estimates", Language::De)
            .expect("the estimates' table");
        let cells: Vec<String> = table
            .rows
            .iter()
            .map(|row| format!("{:?}", row[4]))
            .collect();
        assert_eq!(cells, ["Text(\"\")", "Text(\"bottom-up\")", "Text(\"\")"]);
        assert!(
            m.findings(Language::De, jiff::civil::date(2026, 11, 29))
                .iter()
                .any(|f| f.contains("Faktor"))
        );
    }

    #[test]
    fn zero_units_give_no_price_instead_of_dividing_by_zero() {
        assert_eq!(estimate(5, 0).price_per_unit(), None);
    }

    #[test]
    fn an_untouched_market_has_nothing_to_report() {
        assert_eq!(Market::default().checks(), vec![]);
    }
}
