//! The KPIs' words, in German and English.

use crate::i18n::Words;
use crate::model::Language;
use crate::model::time::show_date;

use super::kpis_model::{Finding, MAX_KPIS};

pub const NAME: Words = Words::new("Kennzahlen mit Ablaufdatum", "KPIs with an expiry date");
pub const KPIS: Words = Words::new("Kennzahlen", "KPIs");
pub const KPI: Words = Words::new("Kennzahl", "KPI");
pub const DEFINITION: Words = Words::new("Definition", "Definition");
pub const OWNER: Words = Words::new("Verantwortlich", "Owner");
pub const SOURCE: Words = Words::new("Quelle (System)", "Source (system)");
pub const TO_REVIEW: Words = Words::new("überprüfen", "review");
pub const REVIEW: Words = Words::new("Überprüfung", "Review");
pub const EXPIRED_RENEW_OR_DROP: Words = Words::new(
    " – abgelaufen: verlängern oder streichen",
    " – expired: renew or drop",
);
pub const EXPIRES: Words = Words::new("Läuft ab", "Expires");

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    let de = l == Language::De;
    match finding {
        Finding::TooMany { count } => {
            if de {
                format!("{count} Kennzahlen – mehr als {MAX_KPIS} steuern nichts mehr: auswählen.")
            } else {
                format!("{count} KPIs – more than {MAX_KPIS} steer nothing: choose.")
            }
        }
        Finding::WithoutOwner { number } => {
            if de {
                format!("Kennzahl {number} hat niemanden, der sie verantwortet.")
            } else {
                format!("KPI {number} has no owner.")
            }
        }
        Finding::WithoutExpiry { number } => {
            if de {
                format!("Kennzahl {number} hat kein Ablaufdatum.")
            } else {
                format!("KPI {number} has no expiry date.")
            }
        }
        Finding::Expired { number, on } => {
            if de {
                format!(
                    "Kennzahl {number} ist am {} abgelaufen: verlängern oder streichen.",
                    show_date(*on, l)
                )
            } else {
                format!(
                    "KPI {number} expired on {}: renew it or drop it.",
                    show_date(*on, l)
                )
            }
        }
    }
}
