//! The follow-up in the handout (then and now side by side), in `seam show`, and as the
//! `follow_up` table.

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Output};
use crate::i18n::Words;
use crate::model::Language;
use crate::text::one_line;
use crate::written::header;
use crate::written::{cell, row, table_header};

use super::follow_up_model::FollowUp;
use super::follow_up_texts as T;

const COLUMNS: [Words; 6] = [T::FROM, T::ITEM, T::THEN, T::STATUS, T::NOW, T::NOTE];

impl Output for FollowUp {
    fn handout(&self, out: &mut String, l: Language) {
        if !self.follows_title.trim().is_empty() {
            let _ = writeln!(
                out,
                "{}: {}\n",
                T::FOLLOWS.get(l),
                cell(&self.follows_title)
            );
        }
        if self.items.is_empty() {
            return;
        }
        table_header(out, &COLUMNS.map(|w| w.get(l)));
        for c in &self.items {
            row(
                out,
                &[
                    cell(&c.from),
                    cell(&c.item),
                    cell(&c.then),
                    T::status(l, c.status).to_owned(),
                    cell(&c.now),
                    cell(&c.note),
                ],
            );
        }
        out.push('\n');
    }

    fn summary(&self, out: &mut String, l: Language) {
        for c in &self.items {
            let _ = writeln!(
                out,
                "    {}: {}",
                T::status(l, c.status),
                one_line(c.item.trim())
            );
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        &["follow_up"]
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "follow_up" {
            return None;
        }
        Some(DataTable {
            title: T::NAME.get(l).to_owned(),
            header: header(&COLUMNS, l),
            rows: self
                .items
                .iter()
                .map(|c| {
                    vec![
                        Cell::Text(c.from.clone()),
                        Cell::Text(c.item.clone()),
                        Cell::Text(c.then.clone()),
                        Cell::Text(T::status(l, c.status).to_owned()),
                        Cell::Text(c.now.clone()),
                        Cell::Text(c.note.clone()),
                    ]
                })
                .collect(),
        })
    }
}
