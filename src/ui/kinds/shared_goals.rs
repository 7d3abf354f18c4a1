//! The shared goals exercise on screen: the goals table, the common budget with what is
//! left of it, and the conflicts between goals.

use ratatui::layout::Constraint;
use ratatui::text::Line;
use rust_decimal::Decimal;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::model::money::format_number;
use crate::model::time::show_date;
use crate::ui::kind_view::{Item, KindView, TableSpec, View, or_dash};
use crate::ui::theme;

use crate::exercises::shared_goals::shared_goals_fields::{BUDGET, CONFLICTS, GOALS};
use crate::exercises::shared_goals::shared_goals_model::SharedGoals;
use crate::exercises::shared_goals::shared_goals_texts as T;

impl KindView for SharedGoals {
    fn items(&self, v: &View) -> Vec<Item> {
        items(v, self)
    }

    fn table(&self, v: &View, table: Table, rows: Range<usize>) -> TableSpec {
        if table == CONFLICTS {
            conflicts(v, self, rows)
        } else {
            goals(v, self, rows)
        }
    }

    fn row_context(&self, table: Table, row: usize) -> Option<String> {
        (table == CONFLICTS).then(|| conflict_pair(self, row))
    }

    fn headline(&self, l: crate::model::Language) -> Option<String> {
        let goals = self.goals.len();
        (goals > 0).then(|| {
            let word = if goals == 1 { T::STATEMENT } else { T::GOALS };
            format!("{goals} {}", word.get(l))
        })
    }
}

fn items(v: &View, g: &SharedGoals) -> Vec<Item> {
    let l = v.l;
    let remaining = g.budget_remaining();
    let mut info = format!(
        "  {}: {} %",
        T::BUDGET_REMAINING.get(l),
        format_number(remaining, l)
    );
    if let Some(rest) = g.budget_rest() {
        info.push_str(&format!(" = {}", T::signed_euros(rest, l)));
    }
    let style = if remaining < Decimal::ZERO {
        theme::warning()
    } else {
        theme::dim()
    };
    let info = if remaining < Decimal::ZERO {
        format!("{} {}", theme::WARN, info.trim_start())
    } else {
        info
    };
    vec![
        Item::Table(GOALS),
        Item::Field(BUDGET),
        Item::Info(Line::styled(info, style)),
        Item::Table(CONFLICTS),
        Item::Field(Field::Notes),
    ]
}

fn goals(v: &View, g: &SharedGoals, rows: Range<usize>) -> TableSpec {
    let l = v.l;
    let mut columns = vec![
        ("#".to_owned(), Constraint::Length(2)),
        (T::STATEMENT.get(l).to_owned(), Constraint::Fill(4)),
        (T::METRIC.get(l).to_owned(), Constraint::Fill(3)),
        (T::TARGET.get(l).to_owned(), Constraint::Fill(3)),
        (T::HORIZON.get(l).to_owned(), Constraint::Length(10)),
        (T::OWNER.get(l).to_owned(), Constraint::Fill(2)),
    ];
    if v.wide() {
        columns.push((T::CONTRIBUTORS.get(l).to_owned(), Constraint::Fill(2)));
    }
    columns.push(("%".to_owned(), Constraint::Length(3)));
    let number = |d: Option<Decimal>| d.map_or_else(|| "–".to_owned(), |d| format_number(d, l));
    let rows = g
        .goals
        .iter()
        .enumerate()
        .skip(rows.start)
        .take(rows.len())
        .map(|(i, goal)| {
            let mut row = vec![
                (i + 1).to_string(),
                or_dash(goal.statement.clone()),
                or_dash(goal.metric.clone()),
                format!(
                    "{} → {} {}",
                    number(goal.baseline),
                    number(goal.target),
                    goal.unit.trim()
                ),
                goal.horizon
                    .map_or_else(|| "–".to_owned(), |d| show_date(d, l)),
                or_dash(goal.owner.clone()),
            ];
            if v.wide() {
                row.push(or_dash(goal.contributors.join(", ")));
            }
            row.push(
                goal.budget_share
                    .map_or_else(|| "–".to_owned(), |s| format_number(s, l)),
            );
            row
        })
        .collect();
    TableSpec { columns, rows }
}

/// `1. Mehr Leads ↔ 2. Materialquote`: the two goals of conflict `index`.
fn conflict_pair(g: &SharedGoals, index: usize) -> String {
    let name = |id: u32| {
        g.goal(id).map_or_else(
            || format!("#{id}"),
            |(i, goal)| format!("{}. {}", i + 1, goal.statement),
        )
    };
    g.conflicts
        .get(index)
        .map(|c| format!("{} ↔ {}", name(c.between.0), name(c.between.1)))
        .unwrap_or_default()
}

/// `1. Mehr Le… ↔ 2. Verbrauc…`: both goals of a conflict in a cell of `columns`.
fn conflict_cell(g: &SharedGoals, index: usize, columns: usize) -> String {
    let name = |id: u32| {
        g.goal(id).map_or_else(
            || format!("#{id}"),
            |(i, goal)| format!("{}. {}", i + 1, goal.statement.trim()),
        )
    };
    let each = columns.saturating_sub(3) / 2;
    g.conflicts
        .get(index)
        .map(|c| {
            format!(
                "{} ↔ {}",
                crate::text::truncate(&name(c.between.0), each),
                crate::text::truncate(&name(c.between.1), each)
            )
        })
        .unwrap_or_default()
}

fn conflicts(v: &View, g: &SharedGoals, rows: Range<usize>) -> TableSpec {
    let l = v.l;
    // The pair's column: two fifths of what the table's cells share (see `columns`).
    let pair_columns = usize::from(v.width).saturating_sub(6) * 2 / 5;
    let columns = vec![
        (T::CONFLICTS.get(l).to_owned(), Constraint::Fill(2)),
        (T::NOTES.get(l).to_owned(), Constraint::Fill(3)),
    ];
    let notes = g.conflicts.get(rows.clone()).unwrap_or_default();
    let rows = rows
        .zip(notes)
        .map(|(index, c)| {
            vec![
                conflict_cell(g, index, pair_columns),
                or_dash(c.note.clone()),
            ]
        })
        .collect();
    TableSpec { columns, rows }
}
