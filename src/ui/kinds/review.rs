//! The customer review on screen: the cases with what we learn and what we change.

use ratatui::layout::Constraint;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::ui::exercise::{Item, KindView, TableSpec, View, or_dash};

use crate::exercises::review::fields::CASES;
use crate::exercises::review::model::CustomerReview;
use crate::exercises::review::texts as T;

impl KindView for CustomerReview {
    fn items(&self, _v: &View) -> Vec<Item> {
        vec![Item::Table(CASES), Item::Field(Field::Notes)]
    }

    fn table(&self, v: &View, _table: Table, rows: Range<usize>) -> TableSpec {
        let l = v.l;
        let mut columns = vec![(T::SITUATION.get(l).to_owned(), Constraint::Fill(3))];
        if v.wide() {
            columns.push((T::TOUCHED_BY.get(l).to_owned(), Constraint::Fill(2)));
            columns.push((T::LEARNED.get(l).to_owned(), Constraint::Fill(3)));
        }
        columns.push((T::CHANGE.get(l).to_owned(), Constraint::Fill(3)));
        let rows = self
            .cases
            .get(rows)
            .unwrap_or_default()
            .iter()
            .map(|c| {
                let mut row = vec![or_dash(c.situation.clone())];
                if v.wide() {
                    row.push(or_dash(c.touched_by.join(", ")));
                    row.push(or_dash(c.learned.clone()));
                }
                row.push(or_dash(c.change.clone()));
                row
            })
            .collect();
        TableSpec { columns, rows }
    }
}
