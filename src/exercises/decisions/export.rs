//! The decision rights in the handout, in `seam show`, and as the `decisions` table.

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Output};
use crate::i18n::Words;
use crate::model::Language;
use crate::text::one_line;
use crate::written::header;
use crate::written::{cell, row, table_header};

use super::model::DecisionRights;
use super::texts as T;

const COLUMNS: [Words; 4] = [T::TOPIC, T::DECIDES, T::CONSULTED, T::INFORMED];

impl Output for DecisionRights {
    fn handout(&self, out: &mut String, l: Language) {
        if self.decisions.is_empty() {
            return;
        }
        table_header(out, &COLUMNS.map(|w| w.get(l)));
        for d in &self.decisions {
            let list = |names: &[String]| {
                if names.is_empty() {
                    "–".to_owned()
                } else {
                    cell(&names.join(", "))
                }
            };
            row(
                out,
                &[
                    cell(&d.topic),
                    list(&d.decides),
                    list(&d.consulted),
                    list(&d.informed),
                ],
            );
        }
        out.push('\n');
    }

    fn summary(&self, out: &mut String, l: Language) {
        for (n, d) in self.decisions.iter().enumerate() {
            let _ = writeln!(
                out,
                "    {}. {} – {}: {}",
                n + 1,
                one_line(d.topic.trim()),
                T::DECIDES.get(l),
                one_line(&d.decides.join(", "))
            );
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        &["decisions"]
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "decisions" {
            return None;
        }
        Some(DataTable {
            title: T::NAME.get(l).to_owned(),
            header: header(&COLUMNS, l),
            rows: self
                .decisions
                .iter()
                .map(|d| {
                    vec![
                        Cell::Text(d.topic.clone()),
                        Cell::Text(d.decides.join(", ")),
                        Cell::Text(d.consulted.join(", ")),
                        Cell::Text(d.informed.join(", ")),
                    ]
                })
                .collect(),
        })
    }
}
