//! The shared goals in the handout, in `seam show` and as the `goals` CSV table.

use std::fmt::Write;

use rust_decimal::Decimal;

use crate::exercises::kind::{Cell, DataTable, Output};
use crate::i18n::Words;
use crate::model::Language;
use crate::model::money::format_number;
use crate::text::one_line;
use crate::written::date;
use crate::written::header;
use crate::written::{cell, inline, row, table_header};

use super::model::SharedGoals;
use super::texts as T;

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
                    Cell::Number(goal.budget_share),
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
