//! The horizons' words, in German and English.

use crate::i18n::Words;
use crate::model::Language;

use super::model::Finding;

pub const NAME: Words = Words::new(
    "Zeithorizonte, Anreize, Kanäle",
    "Time horizons, incentives, channels",
);
pub const DEPARTMENTS: Words = Words::new("Abteilungen", "Departments");
pub const DEPARTMENT: Words = Words::new("Abteilung", "Department");
pub const HORIZON: Words = Words::new("Planungshorizont", "Planning horizon");
pub const REWARDED_FOR: Words = Words::new("Belohnt für", "Rewarded for");
pub const CHANNEL: Words = Words::new("Informationskanal", "Channel");

fn side_by_side(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(department, value)| format!("{department} {value}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    let de = l == Language::De;
    match finding {
        Finding::HorizonsDiffer { pairs } => {
            if de {
                format!(
                    "Die Horizonte unterscheiden sich: {} – besprechen.",
                    side_by_side(pairs)
                )
            } else {
                format!("The horizons differ: {} – discuss.", side_by_side(pairs))
            }
        }
        Finding::IncentivesDiffer { pairs } => {
            if de {
                format!(
                    "Belohnt wird Verschiedenes: {} – passt das zusammen?",
                    side_by_side(pairs)
                )
            } else {
                format!(
                    "Different things are rewarded: {} – do they fit?",
                    side_by_side(pairs)
                )
            }
        }
        Finding::Incomplete { department } => {
            if de {
                format!("{department}: Horizont, Anreiz und Kanal ergänzen.")
            } else {
                format!("{department}: add horizon, incentive and channel.")
            }
        }
    }
}
