//! The customer review: the joint look at real customer situations — what happened,
//! which departments touched it, what we learn, what we change.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::{Carry, Decided, Record, worded};
use crate::exercises::table_kind::{Column, TableKind};
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

type Col = Column<Case>;

const NAME: Words = Words::new("Kundenfälle", "Customer review");
const CHANGE: Words = Words::new("Was wir ändern", "What we change");

impl TableKind for CustomerReview {
    type Row = Case;
    const COLUMNS: &'static [Col] = &[
        Col::line(
            Words::new("Was ist passiert", "What happened"),
            |c| &c.situation,
            |c| &mut c.situation,
        )
        .share(3),
        Col::list(
            Words::new("Beteiligte Abteilungen", "Departments involved"),
            |c| &c.touched_by,
            |c| &mut c.touched_by,
        )
        .wide_only(),
        Col::line(
            Words::new("Was wir lernen", "What we learn"),
            |c| &c.learned,
            |c| &mut c.learned,
        )
        .share(3)
        .wide_only(),
        Col::line(CHANGE, |c| &c.change, |c| &mut c.change).share(3),
    ];
    const TABLE: &'static str = "cases";
    const TITLE: Words = NAME;
    const ROWS_LABEL: Words = Words::new("Fälle", "Cases");
    const ROW_LABEL: Words = Words::new("Fall", "Case");

    fn rows(&self) -> &[Case] {
        &self.cases
    }

    fn rows_mut(&mut self) -> &mut Vec<Case> {
        &mut self.cases
    }

    /// The changes the room took from its cases.
    fn decided(&self, l: Language) -> Vec<Decided> {
        self.cases
            .iter()
            .filter(|c| !c.change.trim().is_empty())
            .map(|c| {
                Decided::new(
                    CHANGE.get(l),
                    format!("{} ({})", c.change.trim(), c.situation.trim()),
                )
            })
            .collect()
    }

    fn summary_line(c: &Case, number: usize, _l: Language) -> String {
        format!("{number}. {}", c.situation.trim())
    }

    /// What we change is what becomes a next step; without it, the case itself.
    fn row_title(&self, c: &Case, _l: Language) -> String {
        if c.change.trim().is_empty() {
            c.situation.clone()
        } else {
            c.change.clone()
        }
    }
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
        NAME
    }

    fn is_started(&self) -> bool {
        !self.cases.is_empty()
    }

    fn is_done(&self) -> bool {
        self.is_started() && self.checks().is_empty()
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        worded(&self.checks(), l, finding)
    }
}

/// A finding as a sentence with its reason.
fn finding(l: Language, finding: &Finding) -> String {
    match (l, finding) {
        (Language::De, Finding::NoChange { number }) => {
            format!("Fall {number}: was ändern wir? Sonst bleibt es eine Geschichte.")
        }
        (Language::En, Finding::NoChange { number }) => {
            format!("Case {number}: what do we change? Otherwise it stays a story.")
        }
        (Language::De, Finding::OneDepartment { number }) => {
            format!("Fall {number}: nur eine Abteilung – wo war die Nahtstelle?")
        }
        (Language::En, Finding::OneDepartment { number }) => {
            format!("Case {number}: one department only – where was the seam?")
        }
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
