//! The decision rights' record and its checks.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::Record;
use crate::i18n::Words;
use crate::model::Language;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct DecisionRights {
    pub decisions: Vec<Decision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// What is decided again and again: "Neues Produkt einführen".
    pub topic: String,
    /// The one department that decides.
    pub decides: Vec<String>,
    pub consulted: Vec<String>,
    pub informed: Vec<String>,
}

/// What the decision rights' checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    NobodyDecides {
        number: usize,
    },
    SeveralDecide {
        number: usize,
        departments: Vec<String>,
    },
    DecidesAndConsulted {
        number: usize,
        department: String,
    },
}

impl DecisionRights {
    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (index, decision) in self.decisions.iter().enumerate() {
            let number = index + 1;
            match decision.decides.as_slice() {
                [] => findings.push(Finding::NobodyDecides { number }),
                [one] => {
                    if decision
                        .consulted
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case(one))
                    {
                        findings.push(Finding::DecidesAndConsulted {
                            number,
                            department: one.clone(),
                        });
                    }
                }
                several => findings.push(Finding::SeveralDecide {
                    number,
                    departments: several.to_vec(),
                }),
            }
        }
        findings
    }
}

impl Record for DecisionRights {
    fn name(&self) -> Words {
        super::texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.decisions.is_empty()
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

    fn decision(decides: &[&str], consulted: &[&str]) -> Decision {
        Decision {
            topic: "Preise".into(),
            decides: decides.iter().map(|d| (*d).to_owned()).collect(),
            consulted: consulted.iter().map(|d| (*d).to_owned()).collect(),
            informed: Vec::new(),
        }
    }

    #[test]
    fn exactly_one_decides() {
        let mut rights = DecisionRights {
            decisions: vec![decision(&["Vertrieb"], &["Marketing", "Finanzen"])],
        };
        assert_eq!(rights.checks(), vec![]);
        rights.decisions.push(decision(&[], &[]));
        rights
            .decisions
            .push(decision(&["Vertrieb", "Marketing"], &[]));
        rights.decisions.push(decision(&["Service"], &["service"]));
        assert_eq!(
            rights.checks(),
            vec![
                Finding::NobodyDecides { number: 2 },
                Finding::SeveralDecide {
                    number: 3,
                    departments: vec!["Vertrieb".into(), "Marketing".into()]
                },
                Finding::DecidesAndConsulted {
                    number: 4,
                    department: "Service".into()
                },
            ]
        );
    }
}
