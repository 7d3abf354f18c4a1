//! The decision rights on screen: what is decided, who decides, who is consulted, who
//! is informed.

use ratatui::layout::Constraint;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::ui::exercise::{Item, KindView, TableSpec, View, or_dash};

use crate::exercises::decisions::fields::DECISIONS;
use crate::exercises::decisions::model::DecisionRights;
use crate::exercises::decisions::texts as T;

impl KindView for DecisionRights {
    fn items(&self, _v: &View) -> Vec<Item> {
        vec![Item::Table(DECISIONS), Item::Field(Field::Notes)]
    }

    fn table(&self, v: &View, _table: Table, rows: Range<usize>) -> TableSpec {
        let l = v.l;
        let mut columns = vec![
            (T::TOPIC.get(l).to_owned(), Constraint::Fill(3)),
            (T::DECIDES.get(l).to_owned(), Constraint::Fill(2)),
            (T::CONSULTED.get(l).to_owned(), Constraint::Fill(2)),
        ];
        if v.wide() {
            columns.push((T::INFORMED.get(l).to_owned(), Constraint::Fill(2)));
        }
        let rows = self
            .decisions
            .get(rows)
            .unwrap_or_default()
            .iter()
            .map(|d| {
                let mut row = vec![
                    or_dash(d.topic.clone()),
                    or_dash(d.decides.join(", ")),
                    or_dash(d.consulted.join(", ")),
                ];
                if v.wide() {
                    row.push(or_dash(d.informed.join(", ")));
                }
                row
            })
            .collect();
        TableSpec { columns, rows }
    }
}
