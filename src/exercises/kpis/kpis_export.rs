//! The KPIs in the handout, in `seam show`, and as the `kpis` table (CSV, workbook).

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Decided, Duty, Output};
use crate::i18n::Words;
use crate::model::{Language, When};
use crate::text::one_line;
use crate::written::date;
use crate::written::header;
use crate::written::{cell, row, table_header};

use super::kpis_model::Kpis;
use super::kpis_texts as T;

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
                    Cell::when(kpi.review.as_ref()),
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

    /// Each KPI with its definition and owner.
    fn decided(&self, l: Language) -> Vec<Decided> {
        self.kpis
            .iter()
            .filter(|k| !k.name.trim().is_empty())
            .map(|k| {
                let mut text = k.name.trim().to_owned();
                if !k.definition.trim().is_empty() {
                    let _ = write!(text, ": {}", k.definition.trim());
                }
                if !k.owner.trim().is_empty() {
                    let _ = write!(text, " · {}: {}", T::OWNER.get(l), k.owner.trim());
                }
                if k.expires.is_some() {
                    let _ = write!(text, " · {}: {}", T::EXPIRES.get(l), date(k.expires, l));
                }
                Decided::new(T::KPI.get(l), text)
            })
            .collect()
    }

    /// The owner looks at each KPI on its review, or by the day it expires.
    fn duties(&self, l: Language) -> Vec<Duty> {
        self.kpis
            .iter()
            .filter(|k| !k.name.trim().is_empty())
            .map(|k| Duty {
                who: k.owner.trim().to_owned(),
                what: format!(
                    "{} {} – {}",
                    T::KPI.get(l),
                    k.name.trim(),
                    T::TO_REVIEW.get(l)
                ),
                by: k.review.clone().or(k.expires.map(When::Date)),
            })
            .collect()
    }
}
