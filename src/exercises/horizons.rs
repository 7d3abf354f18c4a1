//! Time horizons, incentives and channels: per department its planning horizon, what it
//! is rewarded for and the channel through which it actually takes in information — side
//! by side, so that one paid for lead volume and the next for closing rate shows.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::{Record, worded};
use crate::exercises::table_kind::{Column, TableKind};
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

type Col = Column<DepartmentView>;

impl TableKind for Horizons {
    type Row = DepartmentView;
    const COLUMNS: &'static [Col] = &[
        Col::line(
            Words::new("Abteilung", "Department"),
            |d| &d.department,
            |d| &mut d.department,
        ),
        Col::line(
            Words::new("Planungshorizont", "Planning horizon"),
            |d| &d.horizon,
            |d| &mut d.horizon,
        ),
        Col::line(
            Words::new("Belohnt für", "Rewarded for"),
            |d| &d.rewarded_for,
            |d| &mut d.rewarded_for,
        )
        .share(3),
        Col::line(
            Words::new("Informationskanal", "Channel"),
            |d| &d.channel,
            |d| &mut d.channel,
        )
        .share(3),
    ];
    const TABLE: &'static str = "horizons";
    const TITLE: Words = Self::ROWS_LABEL;
    const ROWS_LABEL: Words = Words::new("Abteilungen", "Departments");
    const ROW_LABEL: Words = Words::new("Abteilung", "Department");

    fn rows(&self) -> &[DepartmentView] {
        &self.departments
    }

    fn rows_mut(&mut self) -> &mut Vec<DepartmentView> {
        &mut self.departments
    }

    fn summary_line(d: &DepartmentView, _number: usize, _l: Language) -> String {
        format!(
            "{}: {} · {}",
            d.department.trim(),
            d.horizon.trim(),
            d.rewarded_for.trim()
        )
    }

    /// The next department not described yet.
    fn new_row(&self, departments: &[&str]) -> DepartmentView {
        let department = departments
            .iter()
            .find(|d| !self.departments.iter().any(|v| v.department == **d))
            .map(|d| (*d).to_owned())
            .unwrap_or_default();
        DepartmentView {
            department,
            ..DepartmentView::default()
        }
    }
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
        Words::new(
            "Zeithorizonte, Anreize, Kanäle",
            "Time horizons, incentives, channels",
        )
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
        worded(&self.checks(), l, finding)
    }
}

/// A finding as a sentence with its reason.
fn finding(l: Language, finding: &Finding) -> String {
    let side_by_side = |pairs: &[(String, String)]| {
        let pairs: Vec<String> = pairs
            .iter()
            .map(|(d, value)| format!("{d} {value}"))
            .collect();
        pairs.join(" · ")
    };
    match (l, finding) {
        (Language::De, Finding::HorizonsDiffer { pairs }) => format!(
            "Die Horizonte unterscheiden sich: {} – besprechen.",
            side_by_side(pairs)
        ),
        (Language::En, Finding::HorizonsDiffer { pairs }) => {
            format!("The horizons differ: {} – discuss.", side_by_side(pairs))
        }
        (Language::De, Finding::IncentivesDiffer { pairs }) => format!(
            "Belohnt wird Verschiedenes: {} – passt das zusammen?",
            side_by_side(pairs)
        ),
        (Language::En, Finding::IncentivesDiffer { pairs }) => format!(
            "Different things are rewarded: {} – do they fit?",
            side_by_side(pairs)
        ),
        (Language::De, Finding::Incomplete { department }) => {
            format!("{department}: Horizont, Anreiz und Kanal ergänzen.")
        }
        (Language::En, Finding::Incomplete { department }) => {
            format!("{department}: add horizon, incentive and channel.")
        }
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
        let pairs = |a: &str, b: &str| {
            vec![
                ("Marketing".into(), a.into()),
                ("Vertrieb".into(), b.into()),
            ]
        };
        assert_eq!(
            apart.checks(),
            vec![
                Finding::HorizonsDiffer {
                    pairs: pairs("Jahr", "Quartal")
                },
                Finding::IncentivesDiffer {
                    pairs: pairs("Leadmenge", "Abschlussquote")
                },
            ]
        );
        assert!(apart.is_done(), "differences are the discussion, not a gap");
    }
}
