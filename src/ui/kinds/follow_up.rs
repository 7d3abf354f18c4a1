//! The follow-up on screen: each promise with then, status and now.

use ratatui::layout::Constraint;
use ratatui::text::Line;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::text::one_line;
use crate::ui::kind_view::{Item, KindView, TableSpec, View, or_dash};

use crate::exercises::follow_up::follow_up_fields::ITEMS;
use crate::exercises::follow_up::follow_up_model::FollowUp;
use crate::exercises::follow_up::follow_up_texts as T;

impl KindView for FollowUp {
    fn items(&self, v: &View) -> Vec<Item> {
        let mut items = Vec::new();
        if !self.follows_title.trim().is_empty() {
            items.push(Item::Info(Line::from(format!(
                "{}: {}",
                T::FOLLOWS.get(v.l),
                one_line(&self.follows_title)
            ))));
        }
        items.push(Item::Table(ITEMS));
        items.push(Item::Field(Field::Notes));
        items
    }

    fn table(&self, v: &View, _table: Table, rows: Range<usize>) -> TableSpec {
        let l = v.l;
        let mut columns = vec![(T::ITEM.get(l).to_owned(), Constraint::Fill(3))];
        if v.wide() {
            columns.push((T::THEN.get(l).to_owned(), Constraint::Fill(3)));
        }
        columns.push((T::STATUS.get(l).to_owned(), Constraint::Length(16)));
        columns.push((T::NOW.get(l).to_owned(), Constraint::Fill(2)));
        let rows = self
            .items
            .get(rows)
            .unwrap_or_default()
            .iter()
            .map(|c| {
                let mut row = vec![or_dash(c.item.clone())];
                if v.wide() {
                    row.push(or_dash(c.then.clone()));
                }
                row.push(T::status(l, c.status).to_owned());
                row.push(or_dash(c.now.clone()));
                row
            })
            .collect();
        TableSpec { columns, rows }
    }
}
