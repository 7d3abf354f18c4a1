//! The decision rights' words, in German and English.

use crate::i18n::Words;
use crate::model::Language;

use super::model::Finding;

pub const NAME: Words = Words::new("Entscheidungsrechte", "Decision rights");
pub const DECISIONS: Words = Words::new("Entscheidungen", "Decisions");
pub const DECISION: Words = Words::new("Entscheidung", "Decision");
pub const TOPIC: Words = Words::new("Was wird entschieden", "What is decided");
pub const DECIDES: Words = Words::new("Entscheidet", "Decides");
pub const CONSULTED: Words = Words::new("Wird gefragt", "Consulted");
pub const INFORMED: Words = Words::new("Wird informiert", "Informed");

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    let de = l == Language::De;
    match finding {
        Finding::NobodyDecides { number } => {
            if de {
                format!("Entscheidung {number}: niemand entscheidet.")
            } else {
                format!("Decision {number}: nobody decides.")
            }
        }
        Finding::SeveralDecide {
            number,
            departments,
        } => {
            let who = departments.join(", ");
            if de {
                format!(
                    "Entscheidung {number}: {who} entscheiden – genau eine Abteilung entscheidet."
                )
            } else {
                format!("Decision {number}: {who} decide – exactly one department decides.")
            }
        }
        Finding::DecidesAndConsulted { number, department } => {
            if de {
                format!("Entscheidung {number}: {department} entscheidet und wird gefragt.")
            } else {
                format!("Decision {number}: {department} decides and is consulted.")
            }
        }
    }
}
