//! The pulse's one field: which pair of departments the next round asks about.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Value};
use crate::exercises::kind::Form;
use crate::model::Language;

use super::pulse_model::Pulse;
use super::pulse_texts as T;

pub const BETWEEN: Field = Field::Own(0);

const SLOTS: [Slot; 2] = [Slot::Field(BETWEEN), Slot::Field(Field::Notes)];

impl Form for Pulse {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        (field == BETWEEN).then_some(FieldSpec::new(T::BETWEEN, K::Line))
    }

    fn read(&self, field: Field, _l: Language) -> String {
        if field == BETWEEN {
            self.between.clone()
        } else {
            String::new()
        }
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        field == BETWEEN && value.put_text(&mut self.between)
    }
}
