//! Next steps: what the room will do after the workshop — what, who, by when — made
//! with one key from any item of the day (a goal, an agreement, a parking-lot topic, a
//! revealed round) and listed on the closing step, in the handout and as a table.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::field::{Field, show};
use crate::exercises::kind::{Carry, Duty, Record, worded};
use crate::exercises::table_kind::{Column, ROWS, TableKind};
use crate::i18n::Words;
use crate::model::time::show_date;
use crate::model::{Language, When};

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

type Col = Column<Task>;

const NAME: Words = Words::new("Nächste Schritte", "Next steps");
const WHO: Words = Words::new("Wer", "Who");
const BY: Words = Words::new("Bis wann", "By when");
/// Where the form opens for a task just made from an item: its what is known.
const WHO_COLUMN: u8 = 1;

impl TableKind for NextSteps {
    type Row = Task;
    const COLUMNS: &'static [Col] = &[
        Col::line(Words::new("Was", "What"), |t| &t.what, |t| &mut t.what).share(4),
        Col::line(WHO, |t| &t.who, |t| &mut t.who),
        Col::date(BY, |t| &t.by, |t| &mut t.by),
        Col::line(Words::new("Woraus", "From"), |t| &t.from, |t| &mut t.from)
            .share(3)
            .wide_only(),
    ];
    const TABLE: &'static str = "next_steps";
    const TITLE: Words = NAME;
    const ROWS_LABEL: Words = NAME;
    const ROW_LABEL: Words = Words::new("Schritt", "Step");
    const WHEN_EMPTY: Option<Words> = Some(Words::new(
        "Noch keine – Strg-N macht aus jedem Ziel, jeder Vereinbarung, jedem Thema im Themenspeicher und jeder Runde einen nächsten Schritt.",
        "None yet – Ctrl-N turns any goal, agreement, parking-lot topic or round into a next step.",
    ));

    fn rows(&self) -> &[Task] {
        &self.tasks
    }

    fn rows_mut(&mut self) -> &mut Vec<Task> {
        &mut self.tasks
    }

    fn summary_line(t: &Task, _number: usize, l: Language) -> String {
        let by = crate::written::date(t.by, l);
        format!("{} – {} – {by}", t.what.trim(), t.who.trim())
    }

    fn headline(&self, l: Language) -> Option<String> {
        (!self.tasks.is_empty()).then(|| format!("{} {}", self.tasks.len(), NAME.get(l)))
    }

    fn duties(&self, _l: Language) -> Vec<Duty> {
        self.tasks
            .iter()
            .filter(|t| !t.what.trim().is_empty())
            .map(|t| Duty {
                who: t.who.trim().to_owned(),
                what: t.what.trim().to_owned(),
                by: t.by.map(When::Date),
            })
            .collect()
    }
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
        NAME
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
        worded(&self.checks(today), l, finding)
    }

    /// A follow-up asks what became of each next step.
    fn carried(&self, l: Language, _today: Date) -> Vec<Carry> {
        self.tasks
            .iter()
            .filter(|t| !t.what.trim().is_empty())
            .map(|t| Carry {
                item: t.what.trim().to_owned(),
                then: Carry::then(l, &[(WHO, t.who.clone()), (BY, show::date(t.by, l))]),
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
        Some(ROWS.cell(self.tasks.len() - 1, WHO_COLUMN))
    }
}

/// A finding as a sentence with its reason.
fn finding(l: Language, finding: &Finding) -> String {
    match (l, finding) {
        (Language::De, Finding::NobodyDoesIt { number }) => {
            format!("Schritt {number}: Niemand ist genannt – ohne Namen passiert es nicht.")
        }
        (Language::En, Finding::NobodyDoesIt { number }) => {
            format!("Step {number}: nobody is named – without a name it does not happen.")
        }
        (Language::De, Finding::NoDate { number }) => {
            format!("Schritt {number}: Kein Termin – bis wann?")
        }
        (Language::En, Finding::NoDate { number }) => {
            format!("Step {number}: no date – by when?")
        }
        (Language::De, Finding::Overdue { number, by }) => format!(
            "Schritt {number}: Der Termin {} ist vorbei – erledigt, oder ein neuer Termin?",
            show_date(*by, l)
        ),
        (Language::En, Finding::Overdue { number, by }) => format!(
            "Step {number}: the date {} has passed – done, or a new date?",
            show_date(*by, l)
        ),
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
