//! The customer review in the handout, in `seam show`, and as the `cases` table.

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Output};
use crate::i18n::Words;
use crate::model::Language;
use crate::text::one_line;
use crate::written::header;
use crate::written::{cell, row, table_header};

use super::model::CustomerReview;
use super::texts as T;

const COLUMNS: [Words; 4] = [T::SITUATION, T::TOUCHED_BY, T::LEARNED, T::CHANGE];

impl Output for CustomerReview {
    fn handout(&self, out: &mut String, l: Language) {
        if self.cases.is_empty() {
            return;
        }
        table_header(out, &COLUMNS.map(|w| w.get(l)));
        for c in &self.cases {
            row(
                out,
                &[
                    cell(&c.situation),
                    cell(&c.touched_by.join(", ")),
                    cell(&c.learned),
                    cell(&c.change),
                ],
            );
        }
        out.push('\n');
    }

    fn summary(&self, out: &mut String, _l: Language) {
        for (n, c) in self.cases.iter().enumerate() {
            let _ = writeln!(out, "    {}. {}", n + 1, one_line(c.situation.trim()));
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        &["cases"]
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "cases" {
            return None;
        }
        Some(DataTable {
            title: T::NAME.get(l).to_owned(),
            header: header(&COLUMNS, l),
            rows: self
                .cases
                .iter()
                .map(|c| {
                    vec![
                        Cell::Text(c.situation.clone()),
                        Cell::Text(c.touched_by.join(", ")),
                        Cell::Text(c.learned.clone()),
                        Cell::Text(c.change.clone()),
                    ]
                })
                .collect(),
        })
    }
}
