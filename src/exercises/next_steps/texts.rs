//! The next steps' words, in German and English.

use crate::i18n::Words;
use crate::model::Language;
use crate::model::time::show_date;

use super::model::Finding;

pub const NAME: Words = Words::new("Nächste Schritte", "Next steps");
pub const TASKS: Words = Words::new("Nächste Schritte", "Next steps");
pub const TASK: Words = Words::new("Schritt", "Step");
pub const WHAT: Words = Words::new("Was", "What");
pub const WHO: Words = Words::new("Wer", "Who");
pub const BY: Words = Words::new("Bis wann", "By when");
pub const FROM: Words = Words::new("Woraus", "From");
pub const NONE_YET: Words = Words::new(
    "Noch keine – Strg-N macht aus jedem Ziel, jeder Vereinbarung, jedem Thema im Themenspeicher und jeder Runde einen nächsten Schritt.",
    "None yet – Ctrl-N turns any goal, agreement, parking-lot topic or round into a next step.",
);

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    match (l, finding) {
        (Language::De, Finding::NobodyDoesIt { number }) => {
            format!("Schritt {number}: Niemand ist genannt – ohne Namen passiert es nicht.")
        }
        (Language::En, Finding::NobodyDoesIt { number }) => {
            format!("Step {number}: nobody is named – without a name it does not happen.")
        }
        (Language::De, Finding::NoDate { number }) => {
            format!("Schritt {number}: Kein Termin – bis wann?")
        }
        (Language::En, Finding::NoDate { number }) => {
            format!("Step {number}: no date – by when?")
        }
        (Language::De, Finding::Overdue { number, by }) => format!(
            "Schritt {number}: Der Termin {} ist vorbei – erledigt, oder ein neuer Termin?",
            show_date(*by, l)
        ),
        (Language::En, Finding::Overdue { number, by }) => format!(
            "Step {number}: the date {} has passed – done, or a new date?",
            show_date(*by, l)
        ),
    }
}
