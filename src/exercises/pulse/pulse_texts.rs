//! The pulse's words, in German and English.

use crate::i18n::{self, Words};
use crate::model::Language;

use super::pulse_model::Finding;

pub const NAME: Words = Words::new("Zusammenarbeit", "Collaboration pulse");
pub const BETWEEN: Words = Words::new("Nur zwischen (optional)", "Only between (optional)");
pub const WHOLE: Words = Words::new("Die ganze Organisation", "The whole organisation");
pub const MEDIAN: Words = Words::new("Median", "Median");
pub const THEN: Words = Words::new("letztes Mal", "last time");
pub const PLACES: Words = Words::new("Einschätzungen", "Placings");
pub const NOTHING_YET: Words = Words::new(
    "Noch keine Einschätzung – Strg-O fragt alle verdeckt.",
    "No placing yet – Ctrl-O asks everybody blind.",
);

/// The round's question, for the whole organisation or one pair of departments.
pub fn question(l: Language, between: &str) -> String {
    let between = between.trim();
    match (l, between.is_empty()) {
        (Language::De, true) => {
            "Wie arbeiten wir zusammen: gegeneinander, nebeneinander, miteinander oder füreinander?"
                .to_owned()
        }
        (Language::En, true) => {
            "How do we work together: against, side by side, with or for each other?".to_owned()
        }
        (Language::De, false) => format!(
            "Wie arbeiten {between} zusammen: gegeneinander, nebeneinander, miteinander oder füreinander?"
        ),
        (Language::En, false) => format!(
            "How do {between} work together: against, side by side, with or for each other?"
        ),
    }
}

/// What the readings were about, in words.
pub fn group(l: Language, between: &str) -> String {
    if between.trim().is_empty() {
        WHOLE.get(l).to_owned()
    } else {
        between.trim().to_owned()
    }
}

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    let word = |c| i18n::closeness(l, c);
    match (l, finding) {
        (Language::De, Finding::FarApart { between, low, high }) => format!(
            "{}: die Einschätzungen reichen von „{}“ bis „{}“ – wer sieht was, was sehen die anderen nicht?",
            group(l, between),
            word(*low),
            word(*high)
        ),
        (Language::En, Finding::FarApart { between, low, high }) => format!(
            "{}: the placings range from “{}” to “{}” – who sees what the others do not?",
            group(l, between),
            word(*low),
            word(*high)
        ),
        (Language::De, Finding::Worse { between, then, now }) => format!(
            "{}: schlechter als letztes Mal („{}“ statt „{}“) – was ist seitdem passiert?",
            group(l, between),
            word(*now),
            word(*then)
        ),
        (Language::En, Finding::Worse { between, then, now }) => format!(
            "{}: worse than last time (“{}” instead of “{}”) – what happened since?",
            group(l, between),
            word(*now),
            word(*then)
        ),
    }
}
