//! The shared goals in the handout, in `seam show` and as the `goals` CSV table.

use std::fmt::Write;

use rust_decimal::Decimal;

use crate::exercises::kind::{Cell, DataTable, Decided, Duty, Output};
use crate::i18n::Words;
use crate::model::money::format_number;
use crate::model::{Language, When};
use crate::text::one_line;
use crate::written::date;
use crate::written::header;
use crate::written::{cell, inline, row, table_header};

use super::shared_goals_model::{Goal, SharedGoals};
use super::shared_goals_texts as T;

const HANDOUT_COLUMNS: [Words; 8] = [
    T::STATEMENT,
    T::METRIC,
    T::BASELINE,
    T::TARGET,
    T::HORIZON,
    T::OWNER,
    T::CONTRIBUTORS,
    T::BUDGET_SHARE,
];

const CSV_COLUMNS: [Words; 9] = [
    T::STATEMENT,
    T::METRIC,
    T::BASELINE,
    T::TARGET,
    T::UNIT,
    T::HORIZON,
    T::OWNER,
    T::CONTRIBUTORS,
    T::BUDGET_SHARE,
];

/// `Mehr Leads: Leads pro Monat 40 → 70 Leads bis 30.06.2027`, as far as it is known.
fn goal_in_a_line(goal: &Goal, l: Language, with_day: bool) -> String {
    let number = |v: Decimal| format!("{} {}", format_number(v, l), goal.unit.trim());
    let mut line = goal.statement.trim().to_owned();
    if !goal.metric.trim().is_empty() {
        let _ = write!(line, ": {}", goal.metric.trim());
    }
    match (goal.baseline, goal.target) {
        (Some(from), Some(to)) => {
            let _ = write!(
                line,
                " {} → {}",
                format_number(from, l),
                number(to).trim_end()
            );
        }
        (None, Some(to)) => {
            let _ = write!(line, " → {}", number(to).trim_end());
        }
        _ => {}
    }
    if let Some(day) = goal.horizon.filter(|_| with_day) {
        let _ = write!(line, " {} {}", T::BY.get(l), date(Some(day), l));
    }
    line
}

impl Output for SharedGoals {
    fn handout(&self, out: &mut String, l: Language) {
        if !self.goals.is_empty() {
            table_header(out, &HANDOUT_COLUMNS.map(|w| w.get(l)));
            for (index, goal) in self.goals.iter().enumerate() {
                let number = |v: Option<Decimal>| {
                    v.map(|v| format!("{} {}", format_number(v, l), goal.unit.trim()))
                        .unwrap_or_else(|| "–".into())
                };
                row(
                    out,
                    &[
                        format!("{}. {}", index + 1, cell(&goal.statement)),
                        cell(&goal.metric),
                        cell(&number(goal.baseline)),
                        cell(&number(goal.target)),
                        date(goal.horizon, l),
                        cell(&goal.owner),
                        cell(&goal.contributors.join(", ")),
                        goal.budget_share
                            .map(|s| format!("{} %", format_number(s, l)))
                            .unwrap_or_else(|| "–".into()),
                    ],
                );
            }
            out.push('\n');
        }
        let remaining = format!("{} %", format_number(self.budget_remaining(), l));
        match self.budget {
            Some(budget) => {
                let rest = self
                    .budget_rest()
                    .map(|rest| T::signed_euros(rest, l))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "**{}:** {} · {}: {remaining} ({rest})\n",
                    T::BUDGET.get(l),
                    budget.full(l),
                    T::BUDGET_REMAINING.get(l)
                );
            }
            None if self.goals.iter().any(|goal| goal.budget_share.is_some()) => {
                let _ = writeln!(out, "**{}:** {remaining}\n", T::BUDGET_REMAINING.get(l));
            }
            None => {}
        }
        if !self.conflicts.is_empty() {
            let _ = writeln!(out, "**{}:**\n", T::CONFLICTS.get(l));
            for c in &self.conflicts {
                let name = |id| {
                    self.goal(id).map_or_else(
                        || format!("#{id}"),
                        // `1\.`: at the start of a list item a bare `1.` would open a nested list.
                        |(i, goal)| format!("{}\\. {}", i + 1, inline(&goal.statement)),
                    )
                };
                let _ = writeln!(
                    out,
                    "- {} ↔ {}: {}",
                    name(c.between.0),
                    name(c.between.1),
                    inline(&c.note)
                );
            }
            out.push('\n');
        }
    }

    fn summary(&self, out: &mut String, _l: Language) {
        for (n, goal) in self.goals.iter().enumerate() {
            let _ = writeln!(out, "    {}. {}", n + 1, one_line(&goal.statement));
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        &["goals"]
    }

    /// Each goal with its target and owner, the budget, the conflicts named.
    fn decided(&self, l: Language) -> Vec<Decided> {
        let mut decided: Vec<Decided> = self
            .goals
            .iter()
            .enumerate()
            .filter(|(_, goal)| !goal.statement.trim().is_empty())
            .map(|(index, goal)| Decided {
                topic: format!("{} {}", T::STATEMENT.get(l), index + 1),
                text: match goal.owner.trim() {
                    "" => goal_in_a_line(goal, l, true),
                    owner => format!(
                        "{} · {}: {owner}",
                        goal_in_a_line(goal, l, true),
                        T::OWNER.get(l)
                    ),
                },
                figures: vec![Cell::Number(goal.target), Cell::Date(goal.horizon)],
            })
            .collect();
        if let Some(budget) = self.budget {
            decided.push(Decided {
                topic: T::BUDGET.get(l).to_owned(),
                text: format!(
                    "{} · {}: {} %",
                    budget.full(l),
                    T::BUDGET_REMAINING.get(l),
                    format_number(self.budget_remaining(), l)
                ),
                figures: vec![Cell::Money(Some(budget.value()))],
            });
        }
        for c in &self.conflicts {
            let name = |id| {
                self.goal(id).map_or_else(
                    || format!("#{id}"),
                    |(i, goal)| format!("{}. {}", i + 1, goal.statement.trim()),
                )
            };
            let mut text = format!("{} ↔ {}", name(c.between.0), name(c.between.1));
            if !c.note.trim().is_empty() {
                let _ = write!(text, ": {}", c.note.trim());
            }
            decided.push(Decided::new(T::CONFLICT.get(l), text));
        }
        decided
    }

    /// The owner of each goal reaches it by its date.
    fn duties(&self, l: Language) -> Vec<Duty> {
        self.goals
            .iter()
            .enumerate()
            .filter(|(_, goal)| !goal.statement.trim().is_empty())
            .map(|(index, goal)| Duty {
                who: goal.owner.trim().to_owned(),
                what: format!(
                    "{} {}: {}",
                    T::STATEMENT.get(l),
                    index + 1,
                    goal_in_a_line(goal, l, false)
                ),
                by: goal.horizon.map(When::Date),
            })
            .collect()
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "goals" {
            return None;
        }
        let rows = self
            .goals
            .iter()
            .map(|goal| {
                vec![
                    Cell::Text(goal.statement.clone()),
                    Cell::Text(goal.metric.clone()),
                    Cell::Number(goal.baseline),
                    Cell::Number(goal.target),
                    Cell::Text(goal.unit.clone()),
                    Cell::Date(goal.horizon),
                    Cell::Text(goal.owner.clone()),
                    Cell::Text(goal.contributors.join(", ")),
                    Cell::Percent(goal.budget_share),
                ]
            })
            .collect();
        Some(DataTable {
            title: T::GOALS.get(l).to_owned(),
            header: header(&CSV_COLUMNS, l),
            rows,
        })
    }
}
