//! The follow-up's words, in German and English.

use crate::i18n::Words;
use crate::model::Language;

use super::follow_up_model::{Finding, Status};

pub const NAME: Words = Words::new("Nachtreffen", "Follow-up");
pub const FOLLOWS: Words = Words::new("Folgt auf", "Follows");
pub const ITEMS: Words = Words::new("Was wir zugesagt haben", "What we promised");
pub const ITEM_ROW: Words = Words::new("Zusage", "Promise");
pub const FROM: Words = Words::new("Aus", "From");
pub const ITEM: Words = Words::new("Zusage", "Promise");
pub const THEN: Words = Words::new("Damals", "Then");
pub const STATUS: Words = Words::new("Stand", "Status");
pub const NOW: Words = Words::new("Jetzt", "Now");
pub const NOTE: Words = Words::new("Notiz", "Note");

pub fn status(l: Language, status: Status) -> &'static str {
    match status {
        Status::Open => Words::new("offen", "open"),
        Status::Kept => Words::new("gehalten", "kept"),
        Status::Partly => Words::new("teilweise", "partly"),
        Status::Missed => Words::new("verfehlt", "missed"),
        Status::Dropped => Words::new("fallen gelassen", "dropped"),
    }
    .get(l)
}

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    let de = l == Language::De;
    match finding {
        Finding::NotTalkedAbout { number } => {
            if de {
                format!("Zusage {number}: noch nicht besprochen – gehalten, teilweise, verfehlt?")
            } else {
                format!("Promise {number}: not talked about yet – kept, partly, missed?")
            }
        }
        Finding::NoValueNow { number } => {
            if de {
                format!("Zusage {number}: wo stehen wir jetzt? Den aktuellen Wert eintragen.")
            } else {
                format!("Promise {number}: where are we now? Enter the current value.")
            }
        }
        Finding::NoReason { number } => {
            if de {
                format!("Zusage {number}: warum? Eine Notiz hilft beim nächsten Mal.")
            } else {
                format!("Promise {number}: why? A note helps next time.")
            }
        }
    }
}

/// When `seam new --follow-up --template ID` names a template without a follow-up step.
pub fn no_step(l: Language, template: &str) -> String {
    match l {
        Language::De => {
            format!("Vorlage {template:?} hat keinen Nachtreffen-Schritt (kind: FollowUp)")
        }
        Language::En => format!("template {template:?} has no follow-up step (kind: FollowUp)"),
    }
}
