//! The business model exercise on screen: the one sentence first and biggest, then
//! who pays, for what, and the two drivers.

use ratatui::text::Line;

use super::{Item, View};
use crate::app::fields::Field;
use crate::i18n::{Label, t};
use crate::model::BusinessModel;
use crate::model::business_model::MAX_WORDS;
use crate::ui::theme;

pub fn items(v: &View, b: &BusinessModel) -> Vec<Item> {
    let words = b.word_count();
    let style = if words > MAX_WORDS {
        theme::warning()
    } else {
        theme::dim()
    };
    vec![
        Item::Field(Field::Sentence),
        Item::Info(Line::styled(
            format!("  {words}/{MAX_WORDS} {}", t(v.l, Label::Words)),
            style,
        )),
        Item::Field(Field::WhoPays),
        Item::Field(Field::ForWhat),
        Item::Field(Field::RevenueDriver),
        Item::Field(Field::CostDriver),
        Item::Field(Field::Notes),
    ]
}
