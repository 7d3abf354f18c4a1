//! The shared goals exercise on screen: the goals table, the common budget with what is
//! left of it, and the conflicts between goals.

use ratatui::layout::Constraint;
use ratatui::text::Line;
use rust_decimal::Decimal;
use std::ops::Range;

use super::{Item, TableSpec, View, or_dash};
use crate::app::fields::{Field, Table};
use crate::i18n::{Label, t};
use crate::model::money::format_number;
use crate::model::{Euros, SharedGoals};
use crate::ui::theme;

pub fn items(v: &View, g: &SharedGoals) -> Vec<Item> {
    let l = v.l;
    let remaining = g.budget_remaining();
    let mut info = format!(
        "  {}: {} %",
        t(l, Label::BudgetRemaining),
        format_number(remaining, l)
    );
    if let Some(budget) = g.budget
        && let Some(rest) = Euros::new(
            (remaining.max(Decimal::ZERO) * budget.value() / Decimal::ONE_HUNDRED).round_dp(2),
        )
    {
        info.push_str(&format!(" = {}", rest.full(l)));
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
        Item::Table(Table::Goals),
        Item::Field(Field::Budget),
        Item::Info(Line::styled(info, style)),
        Item::Table(Table::Conflicts),
        Item::Field(Field::Notes),
    ]
}

pub fn goals(v: &View, g: &SharedGoals, rows: Range<usize>) -> TableSpec {
    let l = v.l;
    let mut columns = vec![
        ("#".to_owned(), Constraint::Length(2)),
        (t(l, Label::Statement).to_owned(), Constraint::Fill(4)),
        (t(l, Label::Metric).to_owned(), Constraint::Fill(3)),
        (t(l, Label::Target).to_owned(), Constraint::Fill(3)),
        (t(l, Label::Horizon).to_owned(), Constraint::Length(10)),
        (t(l, Label::Owner).to_owned(), Constraint::Fill(2)),
    ];
    if v.wide() {
        columns.push((t(l, Label::Contributors).to_owned(), Constraint::Fill(2)));
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
                    .map_or_else(|| "–".to_owned(), |d| d.to_string()),
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
pub fn conflict_pair(g: &SharedGoals, index: usize) -> String {
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

pub fn conflicts(v: &View, g: &SharedGoals, rows: Range<usize>) -> TableSpec {
    let l = v.l;
    let columns = vec![
        (t(l, Label::Conflicts).to_owned(), Constraint::Fill(2)),
        (t(l, Label::Notes).to_owned(), Constraint::Fill(3)),
    ];
    let notes = g.conflicts.get(rows.clone()).unwrap_or_default();
    let rows = rows
        .zip(notes)
        .map(|(index, c)| vec![conflict_pair(g, index), or_dash(c.note.clone())])
        .collect();
    TableSpec { columns, rows }
}
