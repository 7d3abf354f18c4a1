//! The business model's fields: the one sentence, then who pays, for what, and the two
//! drivers. No tables.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Value};
use crate::exercises::kind::Form;
use crate::model::Language;

use super::business_model_model::BusinessModel;
use super::business_model_texts as T;

pub const SENTENCE: Field = Field::Own(0);
pub const WHO_PAYS: Field = Field::Own(1);
pub const FOR_WHAT: Field = Field::Own(2);
pub const REVENUE_DRIVER: Field = Field::Own(3);
pub const COST_DRIVER: Field = Field::Own(4);

const SLOTS: [Slot; 6] = [
    Slot::Field(SENTENCE),
    Slot::Field(WHO_PAYS),
    Slot::Field(FOR_WHAT),
    Slot::Field(REVENUE_DRIVER),
    Slot::Field(COST_DRIVER),
    Slot::Field(Field::Notes),
];

impl BusinessModel {
    fn text(&self, field: Field) -> Option<&String> {
        Some(match field {
            SENTENCE => &self.sentence,
            WHO_PAYS => &self.who_pays,
            FOR_WHAT => &self.for_what,
            REVENUE_DRIVER => &self.revenue_driver,
            COST_DRIVER => &self.cost_driver,
            _ => return None,
        })
    }

    fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        Some(match field {
            SENTENCE => &mut self.sentence,
            WHO_PAYS => &mut self.who_pays,
            FOR_WHAT => &mut self.for_what,
            REVENUE_DRIVER => &mut self.revenue_driver,
            COST_DRIVER => &mut self.cost_driver,
            _ => return None,
        })
    }
}

impl Form for BusinessModel {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        Some(match field {
            // The one sentence is what the room looks at: bold, never shortened.
            SENTENCE => FieldSpec::new(T::SENTENCE, K::Paragraph).emphasised(),
            WHO_PAYS => FieldSpec::new(T::WHO_PAYS, K::Line),
            FOR_WHAT => FieldSpec::new(T::FOR_WHAT, K::Line),
            REVENUE_DRIVER => FieldSpec::new(T::REVENUE_DRIVER, K::Line),
            COST_DRIVER => FieldSpec::new(T::COST_DRIVER, K::Line),
            _ => return None,
        })
    }

    fn read(&self, field: Field, _l: Language) -> String {
        self.text(field).cloned().unwrap_or_default()
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        self.text_mut(field).is_some_and(|t| value.put_text(t))
    }
}
