//! The shared goals exercise's words, in German and English.

use crate::i18n::Words;
use crate::model::Language;
use crate::model::money::format_number;

use super::shared_goals_model::Finding;

pub const NAME: Words = Words::new("Gemeinsame Ziele", "Shared goals");
pub const VOTE: Words = Words::new(
    "Welche Ziele zählen am meisten?",
    "Which goals matter most?",
);
pub const GOALS: Words = Words::new("Ziele", "Goals");
pub const STATEMENT: Words = Words::new("Ziel", "Goal");
pub const METRIC: Words = Words::new("Kennzahl", "Metric");
pub const BASELINE: Words = Words::new("Ausgangswert", "Baseline");
pub const TARGET: Words = Words::new("Zielwert", "Target");
pub const UNIT: Words = Words::new("Einheit", "Unit");
pub const HORIZON: Words = Words::new("Termin", "Horizon");
pub const OWNER: Words = Words::new("Verantwortlich", "Owner");
pub const CONTRIBUTORS: Words = Words::new("Beitragende", "Contributors");
pub const BUDGET_SHARE: Words = Words::new("Budgetanteil", "Budget share");
pub const BUDGET: Words = Words::new("Gemeinsames Budget", "Common budget");
pub const BUDGET_REMAINING: Words = Words::new("Rest", "Remaining");
pub const CONFLICT: Words = Words::new("Zielkonflikt", "Conflict");
pub const BY: Words = Words::new("bis", "by");
pub const CONFLICTS: Words = Words::new("Zielkonflikte", "Conflicts between goals");
pub const NOTES: Words = Words::new("Notizen", "Notes");
pub const PICK_CONFLICT: Words = Words::new(
    "Mit welchem Ziel im Konflikt? ↑↓ wählen, Enter bestätigen",
    "Conflicts with which goal? ↑↓ to choose, Enter to confirm",
);
pub const CONFLICT_EXISTS: Words = Words::new(
    "Diesen Zielkonflikt gibt es schon.",
    "This conflict is recorded already.",
);
pub const CONFLICT_NEEDS_TWO: Words = Words::new(
    "Für einen Zielkonflikt braucht es zwei Ziele.",
    "A conflict needs two goals.",
);

/// Euros that may be below zero: `-12.000,00 €`, `-€12,000.00`.
pub fn signed_euros(value: rust_decimal::Decimal, l: Language) -> String {
    let amount = crate::model::Euros::new(value.abs()).map_or_else(String::new, |e| e.full(l));
    if value < rust_decimal::Decimal::ZERO {
        format!("-{amount}")
    } else {
        amount
    }
}

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    let de = l == Language::De;
    match finding {
        Finding::GoalWithoutTarget { number } => {
            if de {
                format!("Ziel {number} hat keine Kennzahl oder keinen Zielwert.")
            } else {
                format!("Goal {number} has no metric or no target.")
            }
        }
        Finding::TargetEqualsBaseline { number } => {
            if de {
                format!("Ziel {number}: Zielwert gleich Ausgangswert – was soll sich ändern?")
            } else {
                format!("Goal {number}: the target equals the baseline – what is to change?")
            }
        }
        Finding::GoalWithoutHorizon { number } => {
            if de {
                format!("Ziel {number} hat keinen Termin.")
            } else {
                format!("Goal {number} has no date.")
            }
        }
        Finding::GoalOfOneDepartment { number } => {
            if de {
                format!(
                    "Ziel {number} hat nur eine Abteilung; ein gemeinsames Ziel braucht mindestens zwei."
                )
            } else {
                format!("Goal {number} has only one department; a shared goal needs at least two.")
            }
        }
        Finding::BudgetOverAllocated { percent } => {
            if de {
                format!(
                    "Die Budgetanteile ergeben {} % – mehr als 100 %.",
                    format_number(*percent, l)
                )
            } else {
                format!(
                    "The budget shares add up to {} % – more than 100 %.",
                    format_number(*percent, l)
                )
            }
        }
        Finding::ConflictWithUnknownGoal { id } => {
            if de {
                format!("Ein Zielkonflikt nennt Ziel-ID {id}, die es nicht gibt.")
            } else {
                format!("A conflict names goal id {id}, which does not exist.")
            }
        }
    }
}
