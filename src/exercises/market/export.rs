//! The market in the handout, in `seam show` and as the `estimates` CSV table.

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Output};
use crate::export::csv::header;
use crate::export::markdown::{block, cell, row, table_header};
use crate::export::{euros, units};
use crate::i18n::Words;
use crate::model::Language;
use crate::text::one_line;

use super::model::Market;
use super::texts as T;

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
                    Cell::Text(T::method(l, e.method).to_owned()),
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
}
