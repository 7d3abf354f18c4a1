//! The perspectives in the handout, in `seam show`, and as the `perspectives` table.

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Output};
use crate::i18n::{self, Words};
use crate::model::Language;
use crate::text::one_line;
use crate::written::header;
use crate::written::{cell, row, table_header};

use super::perspectives_model::Perspectives;
use super::perspectives_texts as T;

const COLUMNS: [Words; 6] = [
    T::FROM,
    T::ABOUT,
    T::WE_SEE_THEM,
    T::THEY_SEE_US,
    T::ANSWER,
    T::SKIPPED,
];

impl Output for Perspectives {
    fn handout(&self, out: &mut String, l: Language) {
        if self.pictures.is_empty() {
            return;
        }
        table_header(out, &COLUMNS.map(|w| w.get(l)));
        for p in &self.pictures {
            row(
                out,
                &[
                    cell(&p.from),
                    cell(&p.about),
                    cell(&p.we_see_them),
                    cell(&p.they_see_us),
                    cell(&p.answer),
                    i18n::yes_no(l, p.skipped).to_owned(),
                ],
            );
        }
        out.push('\n');
    }

    fn summary(&self, out: &mut String, _l: Language) {
        for p in &self.pictures {
            let _ = writeln!(
                out,
                "    {} → {}: {}",
                one_line(p.from.trim()),
                one_line(p.about.trim()),
                one_line(p.we_see_them.trim())
            );
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        &["perspectives"]
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "perspectives" {
            return None;
        }
        Some(DataTable {
            title: T::NAME.get(l).to_owned(),
            header: header(&COLUMNS, l),
            rows: self
                .pictures
                .iter()
                .map(|p| {
                    vec![
                        Cell::Text(p.from.clone()),
                        Cell::Text(p.about.clone()),
                        Cell::Text(p.we_see_them.clone()),
                        Cell::Text(p.they_see_us.clone()),
                        Cell::Text(p.answer.clone()),
                        Cell::Text(i18n::yes_no(l, p.skipped).to_owned()),
                    ]
                })
                .collect(),
        })
    }
}
