//! The business model exercise on screen: the one sentence first and biggest, then
//! who pays, for what, and the two drivers.

use ratatui::text::Line;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::ui::kind_view::{Item, KindView, TableSpec, View};
use crate::ui::theme;

use crate::exercises::business_model::business_model_fields::{
    COST_DRIVER, FOR_WHAT, REVENUE_DRIVER, SENTENCE, WHO_PAYS,
};
use crate::exercises::business_model::business_model_model::{BusinessModel, MAX_WORDS};
use crate::exercises::business_model::business_model_texts as T;

impl KindView for BusinessModel {
    fn items(&self, v: &View) -> Vec<Item> {
        let words = self.word_count();
        let style = if words > MAX_WORDS {
            theme::warning()
        } else {
            theme::dim()
        };
        vec![
            Item::Field(SENTENCE),
            Item::Info(Line::styled(
                format!("  {words}/{MAX_WORDS} {}", T::WORDS.get(v.l)),
                style,
            )),
            Item::Field(WHO_PAYS),
            Item::Field(FOR_WHAT),
            Item::Field(REVENUE_DRIVER),
            Item::Field(COST_DRIVER),
            Item::Field(Field::Notes),
        ]
    }

    fn table(&self, _v: &View, _table: Table, _rows: Range<usize>) -> TableSpec {
        TableSpec::default()
    }

    fn headline(&self, _l: crate::model::Language) -> Option<String> {
        let sentence = self.sentence.trim();
        (!sentence.is_empty()).then(|| sentence.to_owned())
    }
}
