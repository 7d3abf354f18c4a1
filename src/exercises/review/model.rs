//! The customer review's record and its checks.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::{Carry, Record};
use crate::i18n::Words;
use crate::model::Language;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CustomerReview {
    pub cases: Vec<Case>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// What happened, as the customer experienced it.
    pub situation: String,
    /// The departments that touched it along the way.
    pub touched_by: Vec<String>,
    pub learned: String,
    /// What we change: a case without one was only a story.
    pub change: String,
}

/// What the customer review's checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    NoChange { number: usize },
    OneDepartment { number: usize },
}

impl CustomerReview {
    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (index, case) in self.cases.iter().enumerate() {
            let number = index + 1;
            if case.change.trim().is_empty() {
                findings.push(Finding::NoChange { number });
            }
            if case.touched_by.len() < 2 {
                findings.push(Finding::OneDepartment { number });
            }
        }
        findings
    }
}

impl Record for CustomerReview {
    fn carried(&self, _l: Language, _today: Date) -> Vec<Carry> {
        self.cases
            .iter()
            .filter(|c| !c.change.trim().is_empty())
            .map(|c| Carry {
                item: c.change.trim().to_owned(),
                then: c.situation.trim().to_owned(),
                asks_value: false,
            })
            .collect()
    }

    fn name(&self) -> Words {
        super::texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.cases.is_empty()
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
    fn a_case_needs_a_change_and_a_seam_between_departments() {
        let mut review = CustomerReview {
            cases: vec![Case {
                situation: "Drucker stand drei Tage".into(),
                touched_by: vec!["Service".into(), "Vertrieb".into()],
                learned: "Ersatzteile fehlten".into(),
                change: "Ersatzteilpaket bei jedem Verkauf".into(),
            }],
        };
        assert_eq!(review.checks(), vec![]);
        review.cases[0].change.clear();
        review.cases[0].touched_by.pop();
        assert_eq!(
            review.checks(),
            vec![
                Finding::NoChange { number: 1 },
                Finding::OneDepartment { number: 1 }
            ]
        );
    }
}
