//! Decision rights: for the decisions that come back (a product launch, a campaign's
//! theme, pricing, what counts as a lead), which department decides, which are
//! consulted and which are informed — exactly one decides.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::{Decided, Record, worded};
use crate::exercises::table_kind::{Column, TableKind};
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

type Col = Column<Decision>;

const NAME: Words = Words::new("Entscheidungsrechte", "Decision rights");
const TOPIC: Words = Words::new("Was wird entschieden", "What is decided");
const DECIDES: Words = Words::new("Entscheidet", "Decides");

impl TableKind for DecisionRights {
    type Row = Decision;
    const COLUMNS: &'static [Col] = &[
        Col::line(TOPIC, |d| &d.topic, |d| &mut d.topic).share(3),
        Col::list(DECIDES, |d| &d.decides, |d| &mut d.decides),
        Col::list(
            Words::new("Wird gefragt", "Consulted"),
            |d| &d.consulted,
            |d| &mut d.consulted,
        ),
        Col::list(
            Words::new("Wird informiert", "Informed"),
            |d| &d.informed,
            |d| &mut d.informed,
        )
        .wide_only(),
    ];
    const TABLE: &'static str = "decisions";
    const TITLE: Words = NAME;
    const ROWS_LABEL: Words = Words::new("Entscheidungen", "Decisions");
    const ROW_LABEL: Words = Words::new("Entscheidung", "Decision");

    fn rows(&self) -> &[Decision] {
        &self.decisions
    }

    fn rows_mut(&mut self) -> &mut Vec<Decision> {
        &mut self.decisions
    }

    fn summary_line(d: &Decision, number: usize, l: Language) -> String {
        format!(
            "{number}. {} – {}: {}",
            d.topic.trim(),
            DECIDES.get(l),
            d.decides.join(", ")
        )
    }

    /// Who decides what, once somebody was named.
    fn decided(&self, l: Language) -> Vec<Decided> {
        self.decisions
            .iter()
            .filter(|d| !d.topic.trim().is_empty() && !d.decides.is_empty())
            .map(|d| {
                let text = format!("{}: {}", DECIDES.get(l), d.decides.join(", "));
                Decided::new(d.topic.trim(), text)
            })
            .collect()
    }
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
                [one]
                    if decision
                        .consulted
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case(one)) =>
                {
                    findings.push(Finding::DecidesAndConsulted {
                        number,
                        department: one.clone(),
                    });
                }
                [_] => {}
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
        NAME
    }

    fn is_started(&self) -> bool {
        !self.decisions.is_empty()
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
        (Language::De, Finding::NobodyDecides { number }) => {
            format!("Entscheidung {number}: niemand entscheidet.")
        }
        (Language::En, Finding::NobodyDecides { number }) => {
            format!("Decision {number}: nobody decides.")
        }
        (
            Language::De,
            Finding::SeveralDecide {
                number,
                departments,
            },
        ) => format!(
            "Entscheidung {number}: {} entscheiden – genau eine Abteilung entscheidet.",
            departments.join(", ")
        ),
        (
            Language::En,
            Finding::SeveralDecide {
                number,
                departments,
            },
        ) => format!(
            "Decision {number}: {} decide – exactly one department decides.",
            departments.join(", ")
        ),
        (Language::De, Finding::DecidesAndConsulted { number, department }) => {
            format!("Entscheidung {number}: {department} entscheidet und wird gefragt.")
        }
        (Language::En, Finding::DecidesAndConsulted { number, department }) => {
            format!("Decision {number}: {department} decides and is consulted.")
        }
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
