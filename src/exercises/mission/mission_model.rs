//! The mission's record and its checks.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::Record;
use crate::i18n::Words;
use crate::model::Language;
use crate::model::round::{Ask, Reply, Round};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Mission {
    /// Why we are there for our customers, in a few sentences.
    pub narrative: String,
    /// "What do our customers need?", one answer per department.
    pub needs: Vec<CustomerNeed>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CustomerNeed {
    pub department: String,
    pub answer: String,
}

/// What the mission's checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    NarrativeMissing,
    /// "20 % Wachstum": a target, not a reason to exist.
    NarrativeIsANumber,
    NeedWithoutAnswer {
        department: String,
    },
}

impl Mission {
    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        let narrative = self.narrative.trim();
        if narrative.is_empty() {
            findings.push(Finding::NarrativeMissing);
        } else if is_a_number(narrative) {
            findings.push(Finding::NarrativeIsANumber);
        }
        for need in &self.needs {
            if need.answer.trim().is_empty() {
                findings.push(Finding::NeedWithoutAnswer {
                    department: need.department.trim().to_owned(),
                });
            }
        }
        findings
    }
}

/// Short and carried by figures: fewer than five words, and a digit among them.
fn is_a_number(text: &str) -> bool {
    text.split_whitespace().count() < 5 && text.chars().any(|c| c.is_ascii_digit())
}

impl Record for Mission {
    fn name(&self) -> Words {
        super::mission_texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.narrative.trim().is_empty() || !self.needs.is_empty()
    }

    fn is_done(&self) -> bool {
        self.is_started() && self.checks().is_empty()
    }

    fn round(&self, asking: &crate::exercises::kind::Asking) -> Option<(String, Ask)> {
        let l = asking.language;
        Some((super::mission_texts::NEEDS.get(l).to_owned(), Ask::Text))
    }

    /// Each department's answer goes beside the others; a department's earlier answer
    /// is replaced, so a re-opened round revealed again adds nothing twice.
    fn take(&mut self, round: &Round, _number: usize, _l: Language) -> bool {
        // A held-back answer goes nowhere, the exercise included.
        for (_, answer) in round.shown_answers() {
            let Reply::Text(text) = &answer.reply else {
                continue;
            };
            let department = round.source_of(answer);
            match self.needs.iter_mut().find(|n| n.department == department) {
                Some(need) => need.answer.clone_from(text),
                None => self.needs.push(CustomerNeed {
                    department,
                    answer: text.clone(),
                }),
            }
        }
        true
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        if !self.is_started() {
            return Vec::new();
        }
        crate::exercises::kind::worded(&self.checks(), l, super::mission_texts::finding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_told_mission_passes_and_a_number_does_not() {
        let mut m = Mission {
            narrative: "Wir sorgen dafür, dass jede Verpackung im Regal richtig etikettiert ist."
                .into(),
            needs: vec![CustomerNeed {
                department: "Service".into(),
                answer: "Drucker, die nicht stehen bleiben".into(),
            }],
        };
        assert_eq!(m.checks(), vec![]);
        m.narrative = "20 % Wachstum".into();
        assert_eq!(m.checks(), vec![Finding::NarrativeIsANumber]);
        m.narrative.clear();
        m.needs[0].answer.clear();
        assert_eq!(
            m.checks(),
            vec![
                Finding::NarrativeMissing,
                Finding::NeedWithoutAnswer {
                    department: "Service".into()
                }
            ]
        );
    }
}
