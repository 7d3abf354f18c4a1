//! The horizons in the handout, in `seam show`, and as the `horizons` table.

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Output};
use crate::i18n::Words;
use crate::model::Language;
use crate::text::one_line;
use crate::written::header;
use crate::written::{cell, row, table_header};

use super::model::Horizons;
use super::texts as T;

const COLUMNS: [Words; 4] = [T::DEPARTMENT, T::HORIZON, T::REWARDED_FOR, T::CHANNEL];

impl Output for Horizons {
    fn handout(&self, out: &mut String, l: Language) {
        if self.departments.is_empty() {
            return;
        }
        table_header(out, &COLUMNS.map(|w| w.get(l)));
        for d in &self.departments {
            row(
                out,
                &[
                    cell(&d.department),
                    cell(&d.horizon),
                    cell(&d.rewarded_for),
                    cell(&d.channel),
                ],
            );
        }
        out.push('\n');
    }

    fn summary(&self, out: &mut String, _l: Language) {
        for d in &self.departments {
            let _ = writeln!(
                out,
                "    {}: {} · {}",
                one_line(d.department.trim()),
                one_line(d.horizon.trim()),
                one_line(d.rewarded_for.trim())
            );
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        &["horizons"]
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "horizons" {
            return None;
        }
        Some(DataTable {
            title: T::DEPARTMENTS.get(l).to_owned(),
            header: header(&COLUMNS, l),
            rows: self
                .departments
                .iter()
                .map(|d| {
                    vec![
                        Cell::Text(d.department.clone()),
                        Cell::Text(d.horizon.clone()),
                        Cell::Text(d.rewarded_for.clone()),
                        Cell::Text(d.channel.clone()),
                    ]
                })
                .collect(),
        })
    }
}
