//! The pilot's fields, top to bottom as the room fills them in. No tables.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Value, show};
use crate::exercises::kind::Form;
use crate::model::Language;

use super::pilot_model::Pilot;
use super::pilot_texts as T;

pub const PROBLEM: Field = Field::Own(0);
pub const HYPOTHESIS: Field = Field::Own(1);
pub const METRIC: Field = Field::Own(2);
pub const BASELINE: Field = Field::Own(3);
pub const THRESHOLD: Field = Field::Own(4);
pub const TEAM: Field = Field::Own(5);
pub const BUDGET: Field = Field::Own(6);
pub const DATA: Field = Field::Own(7);
pub const START: Field = Field::Own(8);
pub const END: Field = Field::Own(9);
pub const END_RULE: Field = Field::Own(10);

const SLOTS: [Slot; 12] = [
    Slot::Field(PROBLEM),
    Slot::Field(HYPOTHESIS),
    Slot::Field(METRIC),
    Slot::Field(BASELINE),
    Slot::Field(THRESHOLD),
    Slot::Field(TEAM),
    Slot::Field(BUDGET),
    Slot::Field(DATA),
    Slot::Field(START),
    Slot::Field(END),
    Slot::Field(END_RULE),
    Slot::Field(Field::Notes),
];

impl Form for Pilot {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        Some(match field {
            PROBLEM => FieldSpec::new(T::PROBLEM, K::Paragraph),
            // The hypothesis is what the room looks at in this step.
            HYPOTHESIS => FieldSpec::new(T::HYPOTHESIS, K::Paragraph).emphasised(),
            METRIC => FieldSpec::new(T::METRIC, K::Line),
            BASELINE => FieldSpec::new(T::BASELINE, K::Number),
            THRESHOLD => FieldSpec::new(T::THRESHOLD, K::Number),
            TEAM => FieldSpec::new(T::TEAM, K::List),
            BUDGET => FieldSpec::new(T::BUDGET, K::Euros),
            DATA => FieldSpec::new(T::DATA, K::Line),
            START => FieldSpec::new(T::START, K::Date),
            END => FieldSpec::new(T::END, K::Date),
            END_RULE => FieldSpec::new(T::END_RULE, K::Line),
            _ => return None,
        })
    }

    fn read(&self, field: Field, l: Language) -> String {
        match field {
            PROBLEM => self.problem.clone(),
            HYPOTHESIS => self.hypothesis.clone(),
            METRIC => self.metric.clone(),
            BASELINE => show::number(self.baseline, l),
            THRESHOLD => show::number(self.threshold, l),
            TEAM => self.team.join(", "),
            BUDGET => show::euros(self.budget, l),
            DATA => self.data.clone(),
            START => show::date(self.start, l),
            END => show::date(self.end, l),
            END_RULE => self.end_rule.clone(),
            _ => String::new(),
        }
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        match field {
            PROBLEM => value.put_text(&mut self.problem),
            HYPOTHESIS => value.put_text(&mut self.hypothesis),
            METRIC => value.put_text(&mut self.metric),
            BASELINE => value.put_number(&mut self.baseline),
            THRESHOLD => value.put_number(&mut self.threshold),
            TEAM => value.put_list(&mut self.team),
            BUDGET => value.put_euros(&mut self.budget),
            DATA => value.put_text(&mut self.data),
            START => value.put_date(&mut self.start),
            END => value.put_date(&mut self.end),
            END_RULE => value.put_text(&mut self.end_rule),
            _ => false,
        }
    }
}
