//! The pilot's words, in German and English.

use crate::i18n::Words;
use crate::model::Language;

use super::pilot_model::Finding;

pub const NAME: Words = Words::new("Pilot im geschützten Raum", "Pilot in a protected space");
pub const PROBLEM: Words = Words::new("Problem", "Problem");
pub const HYPOTHESIS: Words = Words::new(
    "Hypothese (wenn … dann … gemessen an …)",
    "Hypothesis (if … then … measured by …)",
);
pub const METRIC: Words = Words::new("Kennzahl", "Metric");
pub const BASELINE: Words = Words::new("Ausgangswert", "Baseline");
pub const THRESHOLD: Words = Words::new("Erfolg ab", "Success from");
pub const TEAM: Words = Words::new("Team (Abteilungen)", "Team (departments)");
pub const BUDGET: Words = Words::new("Budget", "Budget");
pub const DATA: Words = Words::new("Daten", "Data");
pub const START: Words = Words::new("Start", "Start");
pub const END: Words = Words::new("Ende", "End");
pub const END_RULE: Words = Words::new(
    "Am Ende: ausrollen, anpassen, stoppen",
    "At the end: scale, adjust, stop",
);

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    let words = match finding {
        Finding::HypothesisMissing => Words::new(
            "Die Hypothese fehlt: wenn … dann … gemessen an …",
            "The hypothesis is missing: if … then … measured by …",
        ),
        Finding::MetricIncomplete => Words::new(
            "Kennzahl und Erfolgsschwelle gehören dazu.",
            "A metric and a success threshold belong to it.",
        ),
        Finding::TeamOfOneDepartment => Words::new(
            "Das Team braucht mindestens zwei Abteilungen.",
            "The team needs at least two departments.",
        ),
        Finding::EndNotAfterStart => Words::new(
            "Das Ende liegt nicht nach dem Start.",
            "The end is not after the start.",
        ),
        Finding::NoEndRule => Words::new(
            "Was passiert am Ende – ausrollen, anpassen oder stoppen?",
            "What happens at the end – scale, adjust or stop?",
        ),
    };
    words.get(l).to_owned()
}
