//! The agreements exercise on screen: provider → receiver rows with their completeness
//! (time, quantity, quality) and acceptance by both sides; a row opens as a form.

use ratatui::layout::Constraint;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::ui::kind_view::{Item, KindView, TableSpec, View, or_dash};
use crate::ui::theme;

use crate::exercises::agreements::agreements_fields::AGREEMENTS;
use crate::exercises::agreements::agreements_model::Agreements;
use crate::exercises::agreements::agreements_texts as T;

impl KindView for Agreements {
    fn items(&self, _v: &View) -> Vec<Item> {
        vec![Item::Table(AGREEMENTS), Item::Field(Field::Notes)]
    }

    fn table(&self, v: &View, _table: Table, rows: Range<usize>) -> TableSpec {
        agreements(v, self, rows)
    }

    fn headline(&self, l: crate::model::Language) -> Option<String> {
        let all = self.agreements.len();
        let complete = self.agreements.iter().filter(|a| a.is_complete()).count();
        (all > 0).then(|| format!("{complete}/{all} {}", T::COMPLETE.get(l)))
    }
}

fn agreements(v: &View, a: &Agreements, rows: Range<usize>) -> TableSpec {
    let l = v.l;
    let mut columns = vec![
        ("#".to_owned(), Constraint::Length(2)),
        (
            format!("{} → {}", T::PROVIDER.get(l), T::RECEIVER.get(l)),
            Constraint::Fill(3),
        ),
        (T::DELIVERABLE.get(l).to_owned(), Constraint::Fill(3)),
    ];
    if v.wide() {
        for label in [T::QUANTITY, T::QUALITY, T::TIME] {
            columns.push((label.get(l).to_owned(), Constraint::Fill(2)));
        }
    }
    columns.push((T::COMPLETE.get(l).to_owned(), Constraint::Length(14)));
    columns.push((T::ACCEPTED.get(l).to_owned(), Constraint::Length(10)));
    let rows = a
        .agreements
        .iter()
        .enumerate()
        .skip(rows.start)
        .take(rows.len())
        .map(|(i, ag)| {
            let missing = ag.missing();
            let complete = if missing.is_empty() {
                format!("{} {}", theme::DONE, T::COMPLETE.get(l))
            } else {
                let names: Vec<&str> = missing.iter().map(|m| T::essential(*m).get(l)).collect();
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
