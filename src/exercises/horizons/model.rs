//! The horizons' record and its checks.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::Record;
use crate::i18n::Words;
use crate::model::Language;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Horizons {
    pub departments: Vec<DepartmentView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct DepartmentView {
    pub department: String,
    /// How far ahead it plans: "Quartal", "Jahr".
    pub horizon: String,
    /// What it is rewarded for: volume, quality, revenue, satisfaction …
    pub rewarded_for: String,
    /// Where it really learns what is going on: "CRM", "Messen", "Tickets".
    pub channel: String,
}

/// What the checks find: differences are the discussion, not errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The departments plan over different horizons.
    HorizonsDiffer {
        pairs: Vec<(String, String)>,
    },
    /// The departments are rewarded for different things.
    IncentivesDiffer {
        pairs: Vec<(String, String)>,
    },
    Incomplete {
        department: String,
    },
}

impl Horizons {
    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        let differ = |pick: fn(&DepartmentView) -> &String| {
            let pairs: Vec<(String, String)> = self
                .departments
                .iter()
                .filter(|d| !pick(d).trim().is_empty())
                .map(|d| (d.department.trim().to_owned(), pick(d).trim().to_owned()))
                .collect();
            let mut values: Vec<String> = pairs.iter().map(|(_, v)| v.to_lowercase()).collect();
            values.sort();
            values.dedup();
            (values.len() > 1).then_some(pairs)
        };
        if let Some(pairs) = differ(|d| &d.horizon) {
            findings.push(Finding::HorizonsDiffer { pairs });
        }
        if let Some(pairs) = differ(|d| &d.rewarded_for) {
            findings.push(Finding::IncentivesDiffer { pairs });
        }
        for d in &self.departments {
            if [&d.horizon, &d.rewarded_for, &d.channel]
                .iter()
                .any(|v| v.trim().is_empty())
            {
                findings.push(Finding::Incomplete {
                    department: d.department.trim().to_owned(),
                });
            }
        }
        findings
    }
}

impl Record for Horizons {
    fn name(&self) -> Words {
        super::texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.departments.is_empty()
    }

    /// Done when every department is described; the differences stay to be discussed.
    fn is_done(&self) -> bool {
        self.is_started()
            && !self
                .checks()
                .iter()
                .any(|f| matches!(f, Finding::Incomplete { .. }))
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        crate::exercises::kind::worded(&self.checks(), l, super::texts::finding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(department: &str, horizon: &str, rewarded_for: &str) -> DepartmentView {
        DepartmentView {
            department: department.into(),
            horizon: horizon.into(),
            rewarded_for: rewarded_for.into(),
            channel: "CRM".into(),
        }
    }

    #[test]
    fn differences_are_named_side_by_side() {
        let same = Horizons {
            departments: vec![
                view("Marketing", "Jahr", "Umsatz"),
                view("Vertrieb", "jahr", "Umsatz"),
            ],
        };
        assert_eq!(same.checks(), vec![]);
        let apart = Horizons {
            departments: vec![
                view("Marketing", "Jahr", "Leadmenge"),
                view("Vertrieb", "Quartal", "Abschlussquote"),
            ],
        };
        assert_eq!(
            apart.checks(),
            vec![
                Finding::HorizonsDiffer {
                    pairs: vec![
                        ("Marketing".into(), "Jahr".into()),
                        ("Vertrieb".into(), "Quartal".into())
                    ]
                },
                Finding::IncentivesDiffer {
                    pairs: vec![
                        ("Marketing".into(), "Leadmenge".into()),
                        ("Vertrieb".into(), "Abschlussquote".into())
                    ]
                },
            ]
        );
        assert!(apart.is_done(), "differences are the discussion, not a gap");
    }
}
