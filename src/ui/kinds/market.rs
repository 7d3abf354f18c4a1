//! The market exercise on screen: definition, year, the estimates with their implied
//! prices and spread (the room estimates blind in a round first), the agreed
//! figures with the live average price.

use ratatui::layout::Constraint;
use ratatui::text::Line;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::ui::kind_view::{Item, KindView, TableSpec, View, or_dash};

use crate::exercises::market::market_fields::{
    AGREED_EUROS, AGREED_UNITS, DEFINITION, ESTIMATES, YEAR,
};
use crate::exercises::market::market_model::Market;
use crate::exercises::market::market_texts as T;

impl KindView for Market {
    fn items(&self, v: &View) -> Vec<Item> {
        let l = v.l;
        let mut items = vec![
            Item::Field(DEFINITION),
            Item::Field(YEAR),
            Item::Table(ESTIMATES),
        ];
        if let Some(spreads) = T::spreads(self, l) {
            items.push(Item::Info(Line::raw(format!(
                "  {}: {spreads}",
                T::SPREAD.get(l)
            ))));
        }
        items.push(Item::Field(AGREED_EUROS));
        items.push(Item::Field(AGREED_UNITS));
        let price = self.agreed.and_then(|a| a.price_per_unit());
        let range = self.price_range();
        let mut info = format!(
            "  {}: {}",
            T::PRICE_PER_UNIT.get(l),
            price.map_or_else(|| "–".to_owned(), |p| p.full(l))
        );
        if let Some((low, high)) = range {
            info.push_str(&format!(
                "   ({}: {} – {})",
                T::ESTIMATES.get(l),
                low.full(l),
                high.full(l)
            ));
        }
        items.push(Item::Info(Line::raw(info)));
        items.push(Item::Field(Field::Notes));
        items
    }

    fn table(&self, v: &View, _table: Table, rows: Range<usize>) -> TableSpec {
        let l = v.l;
        let mut columns = vec![
            (T::SOURCE.get(l).to_owned(), Constraint::Fill(2)),
            (T::EUROS.get(l).to_owned(), Constraint::Length(11)),
            (T::UNITS.get(l).to_owned(), Constraint::Length(9)),
            (T::PRICE_PER_UNIT.get(l).to_owned(), Constraint::Length(14)),
        ];
        // Method and basis are in the row's form; on a narrow screen the figures come first.
        if v.wide() {
            columns.push((T::METHOD.get(l).to_owned(), Constraint::Length(9)));
            columns.push((T::BASIS.get(l).to_owned(), Constraint::Fill(3)));
        }
        let rows = self
            .estimates
            .get(rows)
            .unwrap_or_default()
            .iter()
            .map(|e| {
                let figures = [
                    e.euros.map(|x| x.compact(l)).unwrap_or_default(),
                    e.units.map(|x| x.short(l)).unwrap_or_default(),
                    e.price_per_unit().map(|x| x.full(l)).unwrap_or_default(),
                ];
                let [euros, units, price] = figures.map(or_dash);
                let mut row = vec![or_dash(e.source.clone()), euros, units, price];
                if v.wide() {
                    row.extend([T::method(l, e.method).to_owned(), or_dash(e.basis.clone())]);
                }
                row
            })
            .collect();
        TableSpec { columns, rows }
    }

    fn headline(&self, l: crate::model::Language) -> Option<String> {
        let agreed = self.agreed?;
        let parts: Vec<String> = [
            agreed.euros.map(|e| e.compact(l)),
            agreed.units.map(|u| u.compact(l)),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}
