//! The pulse on screen: for the organisation and for each pair asked about, how many
//! placed it on each step of the scale, as bars, and the median — beside last time's
//! in a follow-up.

use ratatui::text::Line;
use std::ops::Range;

use crate::exercises::field::{Field, Table};
use crate::i18n;
use crate::model::Closeness;
use crate::ui::kind_view::{Item, KindView, TableSpec, View};
use crate::ui::{round_wall, theme};

use crate::exercises::pulse::pulse_fields::BETWEEN;
use crate::exercises::pulse::pulse_model::Pulse;
use crate::exercises::pulse::pulse_texts as T;

impl KindView for Pulse {
    fn items(&self, v: &View) -> Vec<Item> {
        let l = v.l;
        let mut items = vec![Item::Field(BETWEEN)];
        if self.readings.is_empty() {
            items.push(Item::Info(Line::styled(
                format!("  {}", T::NOTHING_YET.get(l)),
                theme::dim(),
            )));
        }
        for between in Pulse::groups(&self.readings) {
            items.push(Item::Info(Line::styled(
                format!("  {}", T::group(l, between)),
                theme::header(),
            )));
            let counts = Closeness::counts(Pulse::in_group(&self.readings, between));
            let bars = Closeness::ALL
                .iter()
                .zip(counts)
                .map(|(step, count)| {
                    (
                        format!("{} {}", step.number(), i18n::closeness(l, *step)),
                        count,
                    )
                })
                .collect();
            items.extend(
                round_wall::bars(bars, usize::from(v.width))
                    .into_iter()
                    .map(Item::Info),
            );
            if let Some(median) = Pulse::median(&self.readings, between) {
                let mut text = format!("  {}: {}", T::MEDIAN.get(l), i18n::closeness(l, median));
                if let Some(then) = Pulse::median(&self.earlier, between) {
                    text.push_str(&format!(
                        " ({}: {})",
                        T::THEN.get(l),
                        i18n::closeness(l, then)
                    ));
                }
                items.push(Item::Info(Line::raw(text)));
            }
        }
        items.push(Item::Field(Field::Notes));
        items
    }

    fn table(&self, _v: &View, _table: Table, _rows: Range<usize>) -> TableSpec {
        TableSpec::default()
    }

    fn headline(&self, l: crate::model::Language) -> Option<String> {
        let between = *Pulse::groups(&self.readings).first()?;
        Pulse::median(&self.readings, between).map(|m| i18n::closeness(l, m).to_owned())
    }
}
