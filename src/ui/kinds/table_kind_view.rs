//! A table kind on screen, from the columns it declared: its table (the columns marked
//! `wide_only` only on a wide wall), what it says while the table is empty, its notes.

use std::ops::Range;

use ratatui::layout::Constraint;
use ratatui::text::Line;

use crate::exercises::field::{Field, Table};
use crate::exercises::table_kind::{ROWS, TableKind, Width};
use crate::model::Language;
use crate::ui::kind_view::{Item, KindView, TableSpec, View, or_dash};
use crate::ui::theme;

impl<T: TableKind> KindView for T {
    fn items(&self, v: &View) -> Vec<Item> {
        let mut items = vec![Item::Table(ROWS)];
        if let (true, Some(hint)) = (self.rows().is_empty(), T::WHEN_EMPTY) {
            items.push(Item::Info(Line::styled(
                format!("  {}", hint.get(v.l)),
                theme::dim(),
            )));
        }
        items.push(Item::Field(Field::Notes));
        items
    }

    fn table(&self, v: &View, _table: Table, rows: Range<usize>) -> TableSpec {
        let shown = || T::COLUMNS.iter().filter(|c| v.wide() || !c.wide_only);
        let columns = shown()
            .map(|c| {
                let width = match c.width {
                    Width::Share(share) => Constraint::Fill(share),
                    Width::Chars(chars) => Constraint::Length(chars),
                };
                (c.label.get(v.l).to_owned(), width)
            })
            .collect();
        let rows = self
            .rows()
            .get(rows)
            .unwrap_or_default()
            .iter()
            .map(|row| shown().map(|c| or_dash(c.read(row, v.l))).collect())
            .collect();
        TableSpec { columns, rows }
    }

    fn headline(&self, l: Language) -> Option<String> {
        TableKind::headline(self, l)
    }
}
