//! The business model's record: how we make money, in one sentence, and its checks.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::Record;
use crate::i18n::Words;
use crate::model::Language;

/// What the business model's checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    SentenceMissing,
    MoreThanOneSentence { sentences: usize },
    SentenceTooLong { words: usize },
    RevenueDriverMissing,
    CostDriverMissing,
}

/// Longer than this and it is a paragraph, not the one sentence the exercise asks for.
pub const MAX_WORDS: usize = 30;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct BusinessModel {
    /// "We put ink on paper and sell it."
    pub sentence: String,
    pub who_pays: String,
    pub for_what: String,
    pub revenue_driver: String,
    pub cost_driver: String,
}

impl BusinessModel {
    pub fn word_count(&self) -> usize {
        self.sentence.split_whitespace().count()
    }

    /// Sentences as a reader counts them: ., ! or ? followed by more words.
    pub fn sentence_count(&self) -> usize {
        let text = self.sentence.trim();
        if text.is_empty() {
            return 0;
        }
        let ends = text
            .split_whitespace()
            .filter(|word| word.ends_with(['.', '!', '?']) && !is_abbreviation(word))
            .count();
        let last_closed = text.ends_with(['.', '!', '?']);
        ends + usize::from(!last_closed)
    }

    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        if !self.is_started() {
            return findings;
        }
        if self.sentence.trim().is_empty() {
            findings.push(Finding::SentenceMissing);
        } else {
            let sentences = self.sentence_count();
            if sentences > 1 {
                findings.push(Finding::MoreThanOneSentence { sentences });
            }
            let words = self.word_count();
            if words > MAX_WORDS {
                findings.push(Finding::SentenceTooLong { words });
            }
        }
        if self.revenue_driver.trim().is_empty() {
            findings.push(Finding::RevenueDriverMissing);
        }
        if self.cost_driver.trim().is_empty() {
            findings.push(Finding::CostDriverMissing);
        }
        findings
    }
}

impl Record for BusinessModel {
    fn name(&self) -> Words {
        super::business_model_texts::NAME
    }

    fn is_started(&self) -> bool {
        [
            &self.sentence,
            &self.who_pays,
            &self.for_what,
            &self.revenue_driver,
            &self.cost_driver,
        ]
        .iter()
        .any(|text| !text.trim().is_empty())
    }

    fn is_done(&self) -> bool {
        self.is_started() && self.checks().is_empty()
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        crate::exercises::kind::worded(&self.checks(), l, super::business_model_texts::finding)
    }
}

/// "z.B.", "e.g.", "Mio." and single letters do not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', '!', '?']);
    let lower = bare.to_lowercase();
    bare.contains('.')
        || bare.chars().count() <= 1
        || [
            "mio", "mrd", "tsd", "bzw", "ca", "etc", "inkl", "vs", "usw", "dr", "nr",
        ]
        .contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(sentence: &str) -> BusinessModel {
        BusinessModel {
            sentence: sentence.into(),
            who_pays: "Verlage".into(),
            for_what: "gedruckte Zeitschriften".into(),
            revenue_driver: "Auflage".into(),
            cost_driver: "Papier".into(),
        }
    }

    #[test]
    fn one_short_sentence_passes() {
        assert_eq!(
            model("Wir bringen Tinte auf Papier und verkaufen es.").checks(),
            vec![]
        );
        assert_eq!(
            model("Wir drucken z.B. Etiketten für ca. 3 Mio. Kunden.").checks(),
            vec![]
        );
    }

    #[test]
    fn two_sentences_or_too_many_words_are_flagged() {
        let two = model("Wir drucken. Wir verkaufen.");
        assert_eq!(
            two.checks(),
            vec![Finding::MoreThanOneSentence { sentences: 2 }]
        );
        let long = model(&"wort ".repeat(31));
        assert_eq!(long.checks(), vec![Finding::SentenceTooLong { words: 31 }]);
    }

    #[test]
    fn drivers_must_be_named() {
        let mut m = model("We sell ink.");
        m.revenue_driver.clear();
        m.cost_driver = "  ".into();
        assert_eq!(
            m.checks(),
            vec![Finding::RevenueDriverMissing, Finding::CostDriverMissing]
        );
    }
}
