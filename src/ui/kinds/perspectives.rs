//! The perspectives on screen: a row per pair — who about whom, the picture, what they
//! believe the other thinks, the answer.

use ratatui::layout::Constraint;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::ui::kind_view::{Item, KindView, TableSpec, View, or_dash};

use crate::exercises::perspectives::perspectives_fields::PICTURES;
use crate::exercises::perspectives::perspectives_model::Perspectives;
use crate::exercises::perspectives::perspectives_texts as T;

impl KindView for Perspectives {
    fn items(&self, _v: &View) -> Vec<Item> {
        vec![Item::Table(PICTURES), Item::Field(Field::Notes)]
    }

    fn table(&self, v: &View, _table: Table, rows: Range<usize>) -> TableSpec {
        let l = v.l;
        let mut columns = vec![
            (
                format!("{} → {}", T::FROM.get(l), T::ABOUT.get(l)),
                Constraint::Fill(2),
            ),
            (T::WE_SEE_THEM.get(l).to_owned(), Constraint::Fill(3)),
        ];
        if v.wide() {
            columns.push((T::THEY_SEE_US.get(l).to_owned(), Constraint::Fill(3)));
        }
        columns.push((T::ANSWER.get(l).to_owned(), Constraint::Fill(3)));
        let rows = self
            .pictures
            .get(rows)
            .unwrap_or_default()
            .iter()
            .map(|p| {
                let answer = if p.skipped {
                    format!("({})", T::SKIPPED.get(l))
                } else {
                    or_dash(p.answer.clone())
                };
                let mut row = vec![
                    format!("{} → {}", or_dash(p.from.clone()), or_dash(p.about.clone())),
                    or_dash(p.we_see_them.clone()),
                ];
                if v.wide() {
                    row.push(or_dash(p.they_see_us.clone()));
                }
                row.push(answer);
                row
            })
            .collect();
        TableSpec { columns, rows }
    }
}
