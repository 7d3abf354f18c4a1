//! The mission in the handout, in `seam show`, and as the `needs` table.

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Decided, Output};
use crate::model::Language;
use crate::text::one_line;
use crate::written::header;
use crate::written::{block, cell, row, table_header};

use super::mission_model::Mission;
use super::mission_texts as T;

impl Output for Mission {
    fn handout(&self, out: &mut String, l: Language) {
        if !self.narrative.trim().is_empty() {
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                T::NARRATIVE.get(l),
                block(&self.narrative)
            );
        }
        if !self.needs.is_empty() {
            let _ = writeln!(out, "**{}**\n", T::NEEDS.get(l));
            table_header(out, &[T::DEPARTMENT.get(l), T::NEED.get(l)]);
            for need in &self.needs {
                row(out, &[cell(&need.department), cell(&need.answer)]);
            }
            out.push('\n');
        }
    }

    fn summary(&self, out: &mut String, _l: Language) {
        if !self.narrative.trim().is_empty() {
            let _ = writeln!(out, "    „{}“", one_line(self.narrative.trim()));
        }
    }

    /// Why we are here, as the room put it.
    fn decided(&self, l: Language) -> Vec<Decided> {
        let narrative = self.narrative.trim();
        if narrative.is_empty() {
            return Vec::new();
        }
        vec![Decided::new(T::NAME.get(l), narrative)]
    }

    fn tables(&self) -> &'static [&'static str] {
        &["needs"]
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "needs" {
            return None;
        }
        Some(DataTable {
            title: T::NAME.get(l).to_owned(),
            header: header(&[T::DEPARTMENT, T::NEED], l),
            rows: self
                .needs
                .iter()
                .map(|n| {
                    vec![
                        Cell::Text(n.department.clone()),
                        Cell::Text(n.answer.clone()),
                    ]
                })
                .collect(),
        })
    }
}
