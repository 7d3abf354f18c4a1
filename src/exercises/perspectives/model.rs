//! The perspectives' record and its checks.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::Record;
use crate::i18n::Words;
use crate::model::Language;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Perspectives {
    pub pictures: Vec<Picture>,
}

/// One department's picture of another, and the other's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Picture {
    pub from: String,
    pub about: String,
    /// How `from` sees `about`.
    pub we_see_them: String,
    /// What `from` believes `about` thinks of it.
    pub they_see_us: String,
    /// What `about` answers.
    pub answer: String,
    /// Left out on purpose (no contact between the two, no time).
    pub skipped: bool,
}

/// What the perspectives' checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    OneSided { from: String, about: String },
}

impl Perspectives {
    /// Every pair has both sides, or is marked skipped.
    pub fn checks(&self) -> Vec<Finding> {
        self.pictures
            .iter()
            .filter(|p| {
                !p.skipped && (p.we_see_them.trim().is_empty() || p.answer.trim().is_empty())
            })
            .map(|p| Finding::OneSided {
                from: p.from.trim().to_owned(),
                about: p.about.trim().to_owned(),
            })
            .collect()
    }
}

impl Record for Perspectives {
    fn name(&self) -> Words {
        super::texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.pictures.is_empty()
    }

    fn is_done(&self) -> bool {
        self.is_started() && self.checks().is_empty()
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        crate::exercises::kind::worded(&self.checks(), l, super::texts::finding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_needs_both_sides_or_a_skip() {
        let mut p = Perspectives {
            pictures: vec![Picture {
                from: "Vertrieb".into(),
                about: "Marketing".into(),
                we_see_them: "macht bunte Bilder".into(),
                ..Picture::default()
            }],
        };
        assert_eq!(
            p.checks(),
            vec![Finding::OneSided {
                from: "Vertrieb".into(),
                about: "Marketing".into()
            }]
        );
        p.pictures[0].answer = "wir liefern 400 Leads im Monat".into();
        assert_eq!(p.checks(), vec![]);
        p.pictures[0].answer.clear();
        p.pictures[0].skipped = true;
        assert_eq!(p.checks(), vec![]);
    }
}
