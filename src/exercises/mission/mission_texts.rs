//! The mission's words, in German and English.

use crate::i18n::Words;
use crate::model::Language;

use super::mission_model::Finding;

pub const NAME: Words = Words::new("Auftrag", "Mission");
pub const NARRATIVE: Words = Words::new("Warum es uns gibt", "Why we are here");
pub const NEEDS: Words = Words::new("Was brauchen unsere Kunden?", "What do our customers need?");
pub const NEED: Words = Words::new("Antwort", "Answer");
pub const DEPARTMENT: Words = Words::new("Abteilung", "Department");

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    match finding {
        Finding::NarrativeMissing => Words::new(
            "Der Auftrag ist noch nicht erzählt.",
            "The mission is not told yet.",
        )
        .get(l)
        .to_owned(),
        Finding::NarrativeIsANumber => Words::new(
            "Das ist eine Kennzahl, kein Auftrag: erzählen, wofür es uns gibt.",
            "That is a metric, not a mission: tell why we are here.",
        )
        .get(l)
        .to_owned(),
        Finding::NeedWithoutAnswer { department } => match l {
            Language::De => format!("{department}: noch keine Antwort."),
            Language::En => format!("{department}: no answer yet."),
        },
    }
}
