//! The KPIs in the handout, in `seam show`, and as the `kpis` table (CSV, workbook).

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Output};
use crate::i18n::Words;
use crate::model::{Language, When};
use crate::text::one_line;
use crate::written::date;
use crate::written::header;
use crate::written::{cell, row, table_header};

use super::model::Kpis;
use super::texts as T;

const COLUMNS: [Words; 6] = [
    T::KPI,
    T::DEFINITION,
    T::OWNER,
    T::SOURCE,
    T::REVIEW,
    T::EXPIRES,
];

impl Output for Kpis {
    fn handout(&self, out: &mut String, l: Language) {
        if self.kpis.is_empty() {
            return;
        }
        table_header(out, &COLUMNS.map(|w| w.get(l)));
        for kpi in &self.kpis {
            let review = kpi
                .review
                .as_ref()
                .map_or_else(|| "–".to_owned(), |r| cell(&r.show(l)));
            row(
                out,
                &[
                    cell(&kpi.name),
                    cell(&kpi.definition),
                    cell(&kpi.owner),
                    cell(&kpi.source),
                    review,
                    date(kpi.expires, l),
                ],
            );
        }
        out.push('\n');
    }

    fn summary(&self, out: &mut String, l: Language) {
        for (n, kpi) in self.kpis.iter().enumerate() {
            let expires = kpi
                .expires
                .map(|d| format!(" ({}: {})", T::EXPIRES.get(l), date(Some(d), l)))
                .unwrap_or_default();
            let _ = writeln!(out, "    {}. {}{expires}", n + 1, one_line(kpi.name.trim()));
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        &["kpis"]
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "kpis" {
            return None;
        }
        let rows = self
            .kpis
            .iter()
            .map(|kpi| {
                vec![
                    Cell::Text(kpi.name.clone()),
                    Cell::Text(kpi.definition.clone()),
                    Cell::Text(kpi.owner.clone()),
                    Cell::Text(kpi.source.clone()),
                    match &kpi.review {
                        Some(When::Date(day)) => Cell::Date(Some(*day)),
                        Some(When::Rhythm(words)) => Cell::Text(words.clone()),
                        None => Cell::Date(None),
                    },
                    Cell::Date(kpi.expires),
                ]
            })
            .collect();
        Some(DataTable {
            title: T::KPIS.get(l).to_owned(),
            header: header(&COLUMNS, l),
            rows,
        })
    }
}
