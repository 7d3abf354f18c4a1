//! The market exercise on screen: definition, year, the estimates with their implied
//! prices and spread (hidden until revealed, if the room estimates blind), the agreed
//! figures with the live average price.

use ratatui::layout::Constraint;
use ratatui::text::Line;
use std::ops::Range;

use super::{Item, TableSpec, View, or_dash};
use crate::app::fields::{Field, Table};
use crate::i18n::{self, Label, t};
use crate::model::Market;
use crate::model::money::format_ratio;
use crate::ui::theme;

const HIDDEN: &str = "•••";

pub fn items(v: &View, m: &Market) -> Vec<Item> {
    let l = v.l;
    let mut items = vec![
        Item::Field(Field::Definition),
        Item::Field(Field::Year),
        Item::Table(Table::Estimates),
    ];
    if v.w.estimates_hidden {
        items.push(Item::Info(Line::styled(
            format!("{} {}", theme::HIDDEN_MARK, t(l, Label::EstimatesHidden)),
            theme::warning(),
        )));
    } else {
        let spreads: Vec<String> = [
            (Label::Euros, m.euro_spread()),
            (Label::Units, m.unit_spread()),
        ]
        .into_iter()
        .filter_map(|(label, s)| Some(format!("{} ×{}", t(l, label), format_ratio(s?, l))))
        .collect();
        if !spreads.is_empty() {
            items.push(Item::Info(Line::raw(format!(
                "  {}: {}",
                t(l, Label::Spread),
                spreads.join(" · ")
            ))));
        }
    }
    items.push(Item::Field(Field::AgreedEuros));
    items.push(Item::Field(Field::AgreedUnits));
    let price = m.agreed.and_then(|a| a.price_per_unit());
    let range = m.price_range().filter(|_| !v.w.estimates_hidden);
    let mut info = format!(
        "  {}: {}",
        t(l, Label::PricePerUnit),
        price.map_or_else(|| "–".to_owned(), |p| p.full(l))
    );
    if let Some((low, high)) = range {
        info.push_str(&format!(
            "   ({}: {} – {})",
            t(l, Label::Estimates),
            low.full(l),
            high.full(l)
        ));
    }
    items.push(Item::Info(Line::raw(info)));
    items.push(Item::Field(Field::Notes));
    items
}

pub fn estimates(v: &View, m: &Market, rows: Range<usize>) -> TableSpec {
    let l = v.l;
    let mut columns = vec![
        (t(l, Label::Source).to_owned(), Constraint::Fill(2)),
        (t(l, Label::Euros).to_owned(), Constraint::Length(11)),
        (t(l, Label::Units).to_owned(), Constraint::Length(9)),
        (t(l, Label::PricePerUnit).to_owned(), Constraint::Length(14)),
    ];
    // Method and basis are in the row's form; on a narrow screen the figures come first.
    if v.wide() {
        columns.push((t(l, Label::Method).to_owned(), Constraint::Length(9)));
        columns.push((t(l, Label::Basis).to_owned(), Constraint::Fill(3)));
    }
    let rows = m
        .estimates
        .get(rows)
        .unwrap_or_default()
        .iter()
        .map(|e| {
            let figures = if v.w.estimates_hidden {
                [HIDDEN.to_owned(), HIDDEN.to_owned(), HIDDEN.to_owned()]
            } else {
                [
                    e.euros.map(|x| x.compact(l)).unwrap_or_default(),
                    e.units.map(|x| x.short(l)).unwrap_or_default(),
                    e.price_per_unit().map(|x| x.full(l)).unwrap_or_default(),
                ]
            };
            let [euros, units, price] = figures.map(or_dash);
            let mut row = vec![or_dash(e.source.clone()), euros, units, price];
            if v.wide() {
                row.extend([
                    i18n::method(l, e.method).to_owned(),
                    or_dash(e.basis.clone()),
                ]);
            }
            row
        })
        .collect();
    TableSpec { columns, rows }
}
