//! The horizons on screen: the departments side by side.

use ratatui::layout::Constraint;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::ui::exercise::{Item, KindView, TableSpec, View, or_dash};

use crate::exercises::horizons::fields::DEPARTMENTS;
use crate::exercises::horizons::model::Horizons;
use crate::exercises::horizons::texts as T;

impl KindView for Horizons {
    fn items(&self, _v: &View) -> Vec<Item> {
        vec![Item::Table(DEPARTMENTS), Item::Field(Field::Notes)]
    }

    fn table(&self, v: &View, _table: Table, rows: Range<usize>) -> TableSpec {
        let l = v.l;
        let columns = vec![
            (T::DEPARTMENT.get(l).to_owned(), Constraint::Fill(2)),
            (T::HORIZON.get(l).to_owned(), Constraint::Fill(2)),
            (T::REWARDED_FOR.get(l).to_owned(), Constraint::Fill(3)),
            (T::CHANNEL.get(l).to_owned(), Constraint::Fill(3)),
        ];
        let rows = self
            .departments
            .get(rows)
            .unwrap_or_default()
            .iter()
            .map(|d| {
                vec![
                    or_dash(d.department.clone()),
                    or_dash(d.horizon.clone()),
                    or_dash(d.rewarded_for.clone()),
                    or_dash(d.channel.clone()),
                ]
            })
            .collect();
        TableSpec { columns, rows }
    }
}
