//! The agreements exercise's words, in German and English.

use crate::i18n::Words;
use crate::model::Language;

use super::agreements_model::{Essential, Finding};

pub const NAME: Words = Words::new("Vereinbarungen", "Agreements");
pub const VOTE: Words = Words::new(
    "Welche Vereinbarungen setzen wir zuerst um?",
    "Which agreements do we put into practice first?",
);
pub const AGREEMENT: Words = Words::new("Vereinbarung", "Agreement");
pub const NOT_YET_ACCEPTED: Words = Words::new(
    "noch nicht von beiden angenommen",
    "not yet accepted by both",
);
pub const TO_ACCEPT: Words = Words::new("annehmen oder ablehnen", "accept or decline");
pub const TO_REVIEW: Words = Words::new("überprüfen", "review");
pub const AGREEMENTS: Words = Words::new("Vereinbarungen", "Agreements");
pub const PROVIDER: Words = Words::new("Liefernd", "Provider");
pub const RECEIVER: Words = Words::new("Empfangend", "Receiver");
pub const DELIVERABLE: Words = Words::new("Was", "What");
pub const QUANTITY: Words = Words::new("Menge", "Quantity");
pub const QUALITY: Words = Words::new("Qualität", "Quality");
pub const TIME: Words = Words::new("Zeit", "Time");
pub const CHANNEL: Words = Words::new("Kanal", "Channel");
pub const PROVIDER_OWNER: Words = Words::new("Verantwortlich liefernd", "Provider's owner");
pub const RECEIVER_OWNER: Words = Words::new("Verantwortlich empfangend", "Receiver's owner");
pub const WHEN_MISSED: Words = Words::new("Wenn verfehlt", "When missed");
pub const REVIEW: Words = Words::new("Überprüfung", "Review");
pub const ACCEPTED_BY_PROVIDER: Words = Words::new("Angenommen (liefernd)", "Accepted (provider)");
pub const ACCEPTED_BY_RECEIVER: Words =
    Words::new("Angenommen (empfangend)", "Accepted (receiver)");
pub const ACCEPTED: Words = Words::new("Angenommen", "Accepted");
pub const COMPLETE: Words = Words::new("vollständig", "complete");
pub const INCOMPLETE: Words = Words::new("unvollständig", "incomplete");

pub fn essential(part: Essential) -> Words {
    match part {
        Essential::Quantity => QUANTITY,
        Essential::Quality => QUALITY,
        Essential::Time => TIME,
    }
}

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    let de = l == Language::De;
    match finding {
        Finding::AgreementIncomplete { number, missing } => {
            let parts: Vec<&str> = missing.iter().map(|p| essential(*p).get(l)).collect();
            if de {
                format!(
                    "Vereinbarung {number} ist unvollständig: es fehlt {}.",
                    parts.join(", ")
                )
            } else {
                format!(
                    "Agreement {number} is incomplete: missing {}.",
                    parts.join(", ").to_lowercase()
                )
            }
        }
        Finding::AgreementWithoutTeams { number } => {
            if de {
                format!("Vereinbarung {number}: liefernde und empfangende Seite benennen.")
            } else {
                format!("Agreement {number}: name the providing and the receiving team.")
            }
        }
        Finding::AgreementNotAccepted { number } => {
            if de {
                format!("Vereinbarung {number} ist noch nicht von beiden Seiten angenommen.")
            } else {
                format!("Agreement {number} is not yet accepted by both sides.")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incomplete_agreements_name_what_is_missing() {
        let f = Finding::AgreementIncomplete {
            number: 2,
            missing: vec![Essential::Quantity, Essential::Time],
        };
        assert_eq!(
            finding(Language::De, &f),
            "Vereinbarung 2 ist unvollständig: es fehlt Menge, Zeit."
        );
        assert_eq!(
            finding(Language::En, &f),
            "Agreement 2 is incomplete: missing quantity, time."
        );
    }
}
