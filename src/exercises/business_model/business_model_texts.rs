//! The business model exercise's words, in German and English.

use crate::i18n::Words;
use crate::model::Language;

use super::business_model_model::Finding;

pub const NAME: Words = Words::new("Geschäftsmodell", "Business model");
pub const SENTENCE: Words = Words::new("Der Satz", "The sentence");
pub const WHO_PAYS: Words = Words::new("Wer zahlt", "Who pays");
pub const FOR_WHAT: Words = Words::new("Wofür", "For what");
pub const REVENUE_DRIVER: Words = Words::new("Umsatztreiber", "Revenue driver");
pub const COST_DRIVER: Words = Words::new("Kostentreiber", "Cost driver");
pub const WORDS: Words = Words::new("Wörter", "words");

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    let de = l == Language::De;
    let text = |w: Words| w.get(l).to_owned();
    match finding {
        Finding::SentenceMissing => text(Words::new(
            "Der eine Satz fehlt noch.",
            "The one sentence is still missing.",
        )),
        Finding::MoreThanOneSentence { sentences } => {
            if de {
                format!("Das sind {sentences} Sätze; gefragt ist einer.")
            } else {
                format!("That is {sentences} sentences; one is asked for.")
            }
        }
        Finding::SentenceTooLong { words } => {
            if de {
                format!("{words} Wörter; höchstens 30 halten den Satz greifbar.")
            } else {
                format!("{words} words; at most 30 keep the sentence graspable.")
            }
        }
        Finding::RevenueDriverMissing => text(Words::new(
            "Der Umsatztreiber ist nicht benannt.",
            "The revenue driver is not named.",
        )),
        Finding::CostDriverMissing => text(Words::new(
            "Der Kostentreiber ist nicht benannt.",
            "The cost driver is not named.",
        )),
    }
}
