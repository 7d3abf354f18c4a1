//! The next steps' record and its checks.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::field::Field;
use crate::exercises::kind::{Carry, Record};
use crate::i18n::Words;
use crate::model::Language;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct NextSteps {
    pub tasks: Vec<Task>,
}

/// One thing somebody does after the workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub what: String,
    /// A participant or a department.
    pub who: String,
    pub by: Option<Date>,
    /// The item of the day it was made from (`Gemeinsame Ziele: Weniger Stillstand`).
    #[serde(default)]
    pub from: String,
}

/// What the next steps' checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    NobodyDoesIt {
        number: usize,
    },
    NoDate {
        number: usize,
    },
    /// The date has passed: done, or a new date.
    Overdue {
        number: usize,
        by: Date,
    },
}

impl NextSteps {
    pub fn checks(&self, today: Date) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (index, task) in self.tasks.iter().enumerate() {
            let number = index + 1;
            if task.what.trim().is_empty() {
                continue;
            }
            if task.who.trim().is_empty() {
                findings.push(Finding::NobodyDoesIt { number });
            }
            match task.by {
                None => findings.push(Finding::NoDate { number }),
                Some(by) if by < today => findings.push(Finding::Overdue { number, by }),
                Some(_) => {}
            }
        }
        findings
    }
}

impl Record for NextSteps {
    fn name(&self) -> Words {
        super::texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.tasks.is_empty()
    }

    fn is_done(&self) -> bool {
        self.is_started()
            && self
                .tasks
                .iter()
                .all(|t| !t.what.trim().is_empty() && !t.who.trim().is_empty() && t.by.is_some())
    }

    fn findings(&self, l: Language, today: Date) -> Vec<String> {
        crate::exercises::kind::worded(&self.checks(today), l, super::texts::finding)
    }

    /// A follow-up asks what became of each next step.
    fn carried(&self, l: Language, _today: Date) -> Vec<Carry> {
        use super::texts as T;
        self.tasks
            .iter()
            .filter(|t| !t.what.trim().is_empty())
            .map(|t| Carry {
                item: t.what.trim().to_owned(),
                then: Carry::then(
                    l,
                    &[
                        (T::WHO, t.who.clone()),
                        (T::BY, crate::exercises::field::show::date(t.by, l)),
                    ],
                ),
                asks_value: false,
            })
            .collect()
    }

    fn takes_tasks(&self) -> bool {
        true
    }

    /// The new task's who is typed next: what it is and where from are known.
    fn add_task(&mut self, what: &str, from: &str) -> Option<Field> {
        self.tasks.push(Task {
            what: what.trim().to_owned(),
            from: from.trim().to_owned(),
            ..Task::default()
        });
        Some(super::fields::TASKS.cell(self.tasks.len() - 1, super::fields::WHO))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_task_needs_somebody_and_a_date_that_has_not_passed() {
        let mut steps = NextSteps::default();
        assert!(
            steps
                .add_task(" Lead-Definition abstimmen ", "Themenspeicher")
                .is_some()
        );
        assert_eq!(steps.tasks[0].what, "Lead-Definition abstimmen");
        let today = date(2026, 11, 29);
        assert_eq!(
            steps.checks(today),
            vec![
                Finding::NobodyDoesIt { number: 1 },
                Finding::NoDate { number: 1 }
            ]
        );
        steps.tasks[0].who = "Anna Berger".into();
        steps.tasks[0].by = Some(date(2026, 11, 1));
        assert_eq!(
            steps.checks(today),
            vec![Finding::Overdue {
                number: 1,
                by: date(2026, 11, 1)
            }]
        );
        steps.tasks[0].by = Some(date(2027, 1, 15));
        assert!(steps.checks(today).is_empty());
        assert!(steps.is_done());
        let carried = steps.carried(Language::De, today);
        assert_eq!(carried[0].item, "Lead-Definition abstimmen");
        assert_eq!(carried[0].then, "Wer: Anna Berger · Bis wann: 15.01.2027");
    }
}
