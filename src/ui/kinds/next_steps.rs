//! The next steps on screen: what, who, by when, and where each came from.

use ratatui::layout::Constraint;
use ratatui::text::Line;
use std::ops::Range;

use crate::exercises::field::{Field, Table, show};
use crate::ui::exercise::{Item, KindView, TableSpec, View, or_dash};
use crate::ui::theme;

use crate::exercises::next_steps::fields::TASKS;
use crate::exercises::next_steps::model::NextSteps;
use crate::exercises::next_steps::texts as T;

impl KindView for NextSteps {
    fn items(&self, v: &View) -> Vec<Item> {
        let mut items = vec![Item::Table(TASKS)];
        if self.tasks.is_empty() {
            items.push(Item::Info(Line::styled(
                format!("  {}", T::NONE_YET.get(v.l)),
                theme::dim(),
            )));
        }
        items.push(Item::Field(Field::Notes));
        items
    }

    fn table(&self, v: &View, _table: Table, rows: Range<usize>) -> TableSpec {
        let l = v.l;
        let mut columns = vec![
            (T::WHAT.get(l).to_owned(), Constraint::Fill(4)),
            (T::WHO.get(l).to_owned(), Constraint::Fill(2)),
            (T::BY.get(l).to_owned(), Constraint::Length(11)),
        ];
        if v.wide() {
            columns.push((T::FROM.get(l).to_owned(), Constraint::Fill(3)));
        }
        let rows = self
            .tasks
            .get(rows)
            .unwrap_or_default()
            .iter()
            .map(|t| {
                let mut row = vec![
                    or_dash(t.what.clone()),
                    or_dash(t.who.clone()),
                    or_dash(show::date(t.by, l)),
                ];
                if v.wide() {
                    row.push(or_dash(t.from.clone()));
                }
                row
            })
            .collect();
        TableSpec { columns, rows }
    }

    fn headline(&self, l: crate::model::Language) -> Option<String> {
        (!self.tasks.is_empty()).then(|| format!("{} {}", self.tasks.len(), T::NAME.get(l)))
    }
}
