//! The perspectives' words, in German and English.

use crate::i18n::Words;
use crate::model::Language;

use super::perspectives_model::Finding;

pub const NAME: Words = Words::new("Perspektiven", "Perspectives");
pub const PICTURES: Words = Words::new("Bilder", "Pictures");
pub const PICTURE: Words = Words::new("Bild", "Picture");
pub const FROM: Words = Words::new("Von", "From");
pub const ABOUT: Words = Words::new("Über", "About");
pub const WE_SEE_THEM: Words = Words::new("So sehen wir sie", "How we see them");
pub const THEY_SEE_US: Words = Words::new(
    "So sehen sie uns (glauben wir)",
    "How they see us (we think)",
);
pub const ANSWER: Words = Words::new("Ihre Antwort", "Their answer");
pub const SKIPPED: Words = Words::new("Ausgelassen", "Skipped");

/// The round that asks every department how it sees `about`; `about_in` reads the
/// department back from such a question, in either language.
const ASK_DE: (&str, &str) = ("Wie sieht Ihre Abteilung „", "“? (Ein paar Worte)");
const ASK_EN: (&str, &str) = ("How does your department see “", "”? (A few words)");

pub fn question(l: Language, about: &str) -> String {
    let (before, after) = match l {
        Language::De => ASK_DE,
        Language::En => ASK_EN,
    };
    format!("{before}{about}{after}")
}

pub fn about_in(question: &str) -> Option<&str> {
    [ASK_DE, ASK_EN]
        .into_iter()
        .find_map(|(before, after)| question.strip_prefix(before)?.strip_suffix(after))
}

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    match finding {
        Finding::OneSided { from, about } => match l {
            Language::De => {
                format!("{from} → {about}: erst beide Seiten, oder als ausgelassen markieren.")
            }
            Language::En => format!("{from} → {about}: both sides first, or mark it skipped."),
        },
    }
}
