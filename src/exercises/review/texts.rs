//! The customer review's words, in German and English.

use crate::i18n::Words;
use crate::model::Language;

use super::model::Finding;

pub const NAME: Words = Words::new("Kundenfälle", "Customer review");
pub const CASES: Words = Words::new("Fälle", "Cases");
pub const CASE: Words = Words::new("Fall", "Case");
pub const SITUATION: Words = Words::new("Was ist passiert", "What happened");
pub const TOUCHED_BY: Words = Words::new("Beteiligte Abteilungen", "Departments involved");
pub const LEARNED: Words = Words::new("Was wir lernen", "What we learn");
pub const CHANGE: Words = Words::new("Was wir ändern", "What we change");

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    let de = l == Language::De;
    match finding {
        Finding::NoChange { number } => {
            if de {
                format!("Fall {number}: was ändern wir? Sonst bleibt es eine Geschichte.")
            } else {
                format!("Case {number}: what do we change? Otherwise it stays a story.")
            }
        }
        Finding::OneDepartment { number } => {
            if de {
                format!("Fall {number}: nur eine Abteilung – wo war die Nahtstelle?")
            } else {
                format!("Case {number}: one department only – where was the seam?")
            }
        }
    }
}
