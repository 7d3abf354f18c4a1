//! The agreements exercise on screen: provider → receiver rows with their completeness
//! (time, quantity, quality) and acceptance by both sides; a row opens as a form.

use ratatui::layout::Constraint;
use std::ops::Range;

use super::{Item, TableSpec, View, or_dash};
use crate::app::fields::{Field, Table};
use crate::i18n::{Label, t};
use crate::model::Agreements;
use crate::model::agreements::Essential;
use crate::ui::theme;

pub fn items() -> Vec<Item> {
    vec![Item::Table(Table::Agreements), Item::Field(Field::Notes)]
}

pub fn agreements(v: &View, a: &Agreements, rows: Range<usize>) -> TableSpec {
    let l = v.l;
    let mut columns = vec![
        ("#".to_owned(), Constraint::Length(2)),
        (
            format!("{} → {}", t(l, Label::Provider), t(l, Label::Receiver)),
            Constraint::Fill(3),
        ),
        (t(l, Label::Deliverable).to_owned(), Constraint::Fill(3)),
    ];
    if v.wide() {
        for label in [Label::Quantity, Label::Quality, Label::Time] {
            columns.push((t(l, label).to_owned(), Constraint::Fill(2)));
        }
    }
    columns.push((t(l, Label::Complete).to_owned(), Constraint::Length(14)));
    columns.push((t(l, Label::Accepted).to_owned(), Constraint::Length(10)));
    let rows = a
        .agreements
        .iter()
        .enumerate()
        .skip(rows.start)
        .take(rows.len())
        .map(|(i, ag)| {
            let missing = ag.missing();
            let complete = if missing.is_empty() {
                format!("{} {}", theme::DONE, t(l, Label::Complete))
            } else {
                let names: Vec<&str> = missing.iter().map(|m| t(l, essential_label(*m))).collect();
                format!("{} {}", theme::WARN, names.join(", "))
            };
            let mark = |b: bool| if b { theme::DONE } else { "·" };
            let mut row = vec![
                (i + 1).to_string(),
                format!(
                    "{} → {}",
                    or_dash(ag.provider.clone()),
                    or_dash(ag.receiver.clone())
                ),
                or_dash(ag.deliverable.clone()),
            ];
            if v.wide() {
                row.extend([
                    or_dash(ag.quantity.clone()),
                    or_dash(ag.quality.clone()),
                    or_dash(ag.time.clone()),
                ]);
            }
            row.push(complete);
            row.push(format!(
                "{} {}",
                mark(ag.accepted_by_provider),
                mark(ag.accepted_by_receiver)
            ));
            row
        })
        .collect();
    TableSpec { columns, rows }
}

fn essential_label(part: Essential) -> Label {
    match part {
        Essential::Quantity => Label::Quantity,
        Essential::Quality => Label::Quality,
        Essential::Time => Label::Time,
    }
}
