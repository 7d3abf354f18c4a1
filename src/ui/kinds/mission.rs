//! The mission on screen: the narrative first and in bold, then the departments'
//! answers to "what do our customers need?" side by side.

use ratatui::layout::Constraint;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::ui::kind_view::{Item, KindView, TableSpec, View, or_dash};

use crate::exercises::mission::mission_fields::{NARRATIVE, NEEDS};
use crate::exercises::mission::mission_model::Mission;
use crate::exercises::mission::mission_texts as T;

impl KindView for Mission {
    fn items(&self, _v: &View) -> Vec<Item> {
        vec![
            Item::Field(NARRATIVE),
            Item::Table(NEEDS),
            Item::Field(Field::Notes),
        ]
    }

    fn table(&self, v: &View, _table: Table, rows: Range<usize>) -> TableSpec {
        let l = v.l;
        let columns = vec![
            (T::DEPARTMENT.get(l).to_owned(), Constraint::Fill(1)),
            (T::NEED.get(l).to_owned(), Constraint::Fill(4)),
        ];
        let rows = self
            .needs
            .get(rows)
            .unwrap_or_default()
            .iter()
            .map(|n| vec![or_dash(n.department.clone()), or_dash(n.answer.clone())])
            .collect();
        TableSpec { columns, rows }
    }

    fn headline(&self, _l: crate::model::Language) -> Option<String> {
        let narrative = self.narrative.trim();
        (!narrative.is_empty()).then(|| narrative.to_owned())
    }
}
