//! The market in the handout, in `seam show` and as the `estimates` CSV table.

use std::fmt::Write;

use crate::exercises::kind::{Bar, Cell, Chart, DataTable, Decided, Emphasis, Output};
use crate::i18n::Words;
use crate::model::Language;
use crate::text::one_line;
use crate::written::header;
use crate::written::{block, cell, row, table_header};
use crate::written::{euros, units};
use rust_decimal::prelude::ToPrimitive;

use super::market_model::{Market, Method};
use super::market_texts as T;

/// The columns of the estimates table, in the handout and in CSV.
const ESTIMATE_COLUMNS: [Words; 6] = [
    T::SOURCE,
    T::EUROS,
    T::UNITS,
    T::PRICE_PER_UNIT,
    T::METHOD,
    T::BASIS,
];

impl Output for Market {
    fn handout(&self, out: &mut String, l: Language) {
        if !self.definition.trim().is_empty() {
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                T::DEFINITION.get(l),
                block(&self.definition)
            );
        }
        if let Some(year) = self.year {
            let _ = writeln!(out, "**{}:** {year}\n", T::REFERENCE_YEAR.get(l));
        }
        if !self.estimates.is_empty() {
            table_header(out, &ESTIMATE_COLUMNS.map(|w| w.get(l)));
            for e in &self.estimates {
                row(
                    out,
                    &[
                        cell(&e.source),
                        euros(e.euros, l),
                        units(e.units, l),
                        euros(e.price_per_unit(), l),
                        T::method(l, e.method).to_owned(),
                        cell(&e.basis),
                    ],
                );
            }
            out.push('\n');
            if let Some(spreads) = T::spreads(self, l) {
                let _ = writeln!(out, "**{}:** {spreads}\n", T::SPREAD.get(l));
            }
        }
        if let Some(agreed) = self.agreed {
            let _ = writeln!(
                out,
                "**{}:** {} · {} · {} {}\n",
                T::AGREED.get(l),
                euros(agreed.euros, l),
                units(agreed.units, l),
                euros(agreed.price_per_unit(), l),
                T::PRICE_PER_UNIT_INLINE.get(l),
            );
        }
    }

    fn summary(&self, out: &mut String, l: Language) {
        if !self.definition.trim().is_empty() {
            let _ = writeln!(out, "    {}", one_line(&self.definition));
        }
        let _ = writeln!(out, "    {}: {}", T::ESTIMATES.get(l), self.estimates.len());
        if let Some(agreed) = self.agreed {
            let dash = || "–".to_owned();
            let money = agreed.euros.map_or_else(dash, |e| e.compact(l));
            let count = agreed.units.map_or_else(dash, |u| u.compact(l));
            let price = agreed.price_per_unit().map_or_else(dash, |e| e.full(l));
            let _ = writeln!(
                out,
                "    {}: {money} · {count} · {} {price}",
                T::AGREED.get(l),
                T::PRICE_PER_UNIT.get(l)
            );
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        &["estimates"]
    }

    /// The agreed size, in euros and units as the room settled it.
    fn decided(&self, l: Language) -> Vec<Decided> {
        let Some(agreed) = self
            .agreed
            .filter(|a| a.euros.is_some() || a.units.is_some())
        else {
            return Vec::new();
        };
        let topic = match self.year {
            Some(year) => format!("{} {year}", T::NAME.get(l)),
            None => T::NAME.get(l).to_owned(),
        };
        let dash = || "–".to_owned();
        let mut text = format!(
            "{} · {}",
            agreed.euros.map_or_else(dash, |e| e.compact(l)),
            agreed.units.map_or_else(dash, |u| u.full(l)),
        );
        if let Some(price) = agreed.price_per_unit() {
            let _ = write!(text, " · {} {}", price.full(l), T::PER_UNIT.get(l));
        }
        vec![Decided {
            topic,
            text,
            figures: vec![
                Cell::Money(agreed.euros.map(|e| e.value())),
                Cell::Count(agreed.units.map(|u| u.count())),
            ],
        }]
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "estimates" {
            return None;
        }
        let rows = self
            .estimates
            .iter()
            .map(|e| {
                vec![
                    Cell::Text(e.source.clone()),
                    Cell::Money(e.euros.map(|v| v.value())),
                    Cell::Count(e.units.map(|u| u.count())),
                    Cell::Money(e.price_per_unit().map(|v| v.value())),
                    Cell::Text(match e.method {
                        Method::Unsaid => String::new(),
                        method => T::method(l, method).to_owned(),
                    }),
                    Cell::Text(e.basis.clone()),
                ]
            })
            .collect();
        Some(DataTable {
            title: T::ESTIMATES.get(l).to_owned(),
            header: header(&ESTIMATE_COLUMNS, l),
            rows,
        })
    }

    fn charts(&self, l: Language) -> Vec<Chart> {
        if self.estimates.is_empty() {
            return Vec::new();
        }
        let agreed = self.agreed.unwrap_or_default();
        let bar = |label: String, value: f64, shown: String, emphasis: bool| Bar {
            label,
            value,
            shown,
            mark: None,
            emphasis,
        };
        let agreed_label = || T::AGREED.get(l).to_owned();
        let euros = self
            .estimates
            .iter()
            .filter_map(|e| Some((e.source.clone(), e.euros?, false)))
            .chain(agreed.euros.map(|e| (agreed_label(), e, true)))
            .map(|(label, e, agreed)| {
                bar(
                    label,
                    e.value().to_f64().unwrap_or(0.0),
                    e.compact(l),
                    agreed,
                )
            })
            .collect();
        // Counts stay below 10^15, exact enough in an f64 for a bar's length.
        #[allow(clippy::cast_precision_loss)]
        let units = self
            .estimates
            .iter()
            .filter_map(|e| Some((e.source.clone(), e.units?, false)))
            .chain(agreed.units.map(|u| (agreed_label(), u, true)))
            .map(|(label, u, agreed)| bar(label, u.count() as f64, u.compact(l), agreed))
            .collect();
        // No note under the charts: the spread stands in the text right above them.
        vec![
            Chart {
                title: format!("{}: {}", T::ESTIMATES.get(l), T::EUROS.get(l)),
                bars: euros,
                note: None,
                emphasis: Emphasis::Chosen,
            },
            Chart {
                title: format!("{}: {}", T::ESTIMATES.get(l), T::UNITS.get(l)),
                bars: units,
                note: None,
                emphasis: Emphasis::Chosen,
            },
        ]
    }
}
