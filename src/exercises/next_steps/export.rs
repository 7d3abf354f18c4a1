//! The next steps in the handout, in `seam show`, and as the `next_steps` table.

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Output};
use crate::model::Language;
use crate::text::one_line;
use crate::written::header;
use crate::written::{cell, row, table_header};

use super::model::NextSteps;
use super::texts as T;

impl Output for NextSteps {
    fn handout(&self, out: &mut String, l: Language) {
        if self.tasks.is_empty() {
            return;
        }
        table_header(
            out,
            &[T::WHAT.get(l), T::WHO.get(l), T::BY.get(l), T::FROM.get(l)],
        );
        for task in &self.tasks {
            row(
                out,
                &[
                    cell(&task.what),
                    cell(&task.who),
                    crate::written::date(task.by, l),
                    cell(&task.from),
                ],
            );
        }
        out.push('\n');
    }

    fn summary(&self, out: &mut String, l: Language) {
        for task in &self.tasks {
            let _ = writeln!(
                out,
                "    {} – {} – {}",
                one_line(task.what.trim()),
                one_line(task.who.trim()),
                crate::written::date(task.by, l)
            );
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        &["next_steps"]
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "next_steps" {
            return None;
        }
        Some(DataTable {
            title: T::NAME.get(l).to_owned(),
            header: header(&[T::WHAT, T::WHO, T::BY, T::FROM], l),
            rows: self
                .tasks
                .iter()
                .map(|t| {
                    vec![
                        Cell::Text(t.what.clone()),
                        Cell::Text(t.who.clone()),
                        Cell::Date(t.by),
                        Cell::Text(t.from.clone()),
                    ]
                })
                .collect(),
        })
    }
}
