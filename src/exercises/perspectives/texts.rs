//! The perspectives' words, in German and English.

use crate::i18n::Words;
use crate::model::Language;

use super::model::Finding;

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
