//! The pilot on screen: every field in order, the hypothesis in bold.

use std::ops::Range;

use crate::exercises::field::{Slot, Table};
use crate::exercises::kind::Form;
use crate::ui::kind_view::{Item, KindView, TableSpec, View};

use crate::exercises::pilot::pilot_model::Pilot;

impl KindView for Pilot {
    fn items(&self, _v: &View) -> Vec<Item> {
        self.slots()
            .iter()
            .filter_map(|slot| match slot {
                Slot::Field(field) => Some(Item::Field(*field)),
                Slot::Table(_) => None,
            })
            .collect()
    }

    fn table(&self, _v: &View, _table: Table, _rows: Range<usize>) -> TableSpec {
        TableSpec::default()
    }

    fn headline(&self, _l: crate::model::Language) -> Option<String> {
        let hypothesis = self.hypothesis.trim();
        (!hypothesis.is_empty()).then(|| hypothesis.to_owned())
    }
}
