//! The market's fields: definition, year, the estimates table (a row per department or
//! source) and the agreed figures.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Table, Value, show};
use crate::exercises::kind::Form;
use crate::i18n::Words;
use crate::model::Language;

use super::market_model::{Estimate, Market};
use super::market_texts as T;

pub const DEFINITION: Field = Field::Own(0);
pub const YEAR: Field = Field::Own(1);
pub const AGREED_EUROS: Field = Field::Own(2);
pub const AGREED_UNITS: Field = Field::Own(3);
pub const ESTIMATES: Table = Table(0);

/// The columns of an estimate row, in form order.
const SOURCE: u8 = 0;
const EUROS: u8 = 1;
const UNITS: u8 = 2;
const METHOD: u8 = 3;
const BASIS: u8 = 4;
const COLUMNS: [FieldSpec; 5] = [
    FieldSpec::new(T::SOURCE, K::Line),
    FieldSpec::new(T::EUROS, K::Euros),
    FieldSpec::new(T::UNITS, K::Units),
    FieldSpec::new(T::METHOD, K::Choice),
    FieldSpec::new(T::BASIS, K::Line),
];

const SLOTS: [Slot; 6] = [
    Slot::Field(DEFINITION),
    Slot::Field(YEAR),
    Slot::Table(ESTIMATES),
    Slot::Field(AGREED_EUROS),
    Slot::Field(AGREED_UNITS),
    Slot::Field(Field::Notes),
];

impl Form for Market {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        Some(match field {
            DEFINITION => FieldSpec::new(T::DEFINITION, K::Paragraph),
            YEAR => FieldSpec::new(T::REFERENCE_YEAR, K::Year),
            AGREED_EUROS => FieldSpec::new(T::AGREED_EUROS, K::Euros),
            AGREED_UNITS => FieldSpec::new(T::AGREED_UNITS, K::Units),
            Field::Cell {
                table: ESTIMATES,
                column,
                ..
            } => *COLUMNS.get(usize::from(column))?,
            _ => return None,
        })
    }

    fn read(&self, field: Field, l: Language) -> String {
        let agreed = self.agreed.unwrap_or_default();
        match field {
            DEFINITION => self.definition.clone(),
            YEAR => show::year(self.year),
            AGREED_EUROS => show::euros(agreed.euros, l),
            AGREED_UNITS => show::units(agreed.units, l),
            Field::Cell {
                table: ESTIMATES,
                row,
                column,
            } => self
                .estimates
                .get(row)
                .map_or_else(String::new, |e| match column {
                    SOURCE => e.source.clone(),
                    EUROS => show::euros(e.euros, l),
                    UNITS => show::units(e.units, l),
                    METHOD => T::method(l, e.method).to_owned(),
                    BASIS => e.basis.clone(),
                    _ => String::new(),
                }),
            _ => String::new(),
        }
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        match field {
            DEFINITION => value.put_text(&mut self.definition),
            YEAR => value.put_year(&mut self.year),
            AGREED_EUROS | AGREED_UNITS => {
                let agreed = self.agreed.get_or_insert_default();
                let ok = if field == AGREED_EUROS {
                    value.put_euros(&mut agreed.euros)
                } else {
                    value.put_units(&mut agreed.units)
                };
                // No figure at all is no agreement, not an empty one.
                if agreed.euros.is_none() && agreed.units.is_none() {
                    self.agreed = None;
                }
                ok
            }
            Field::Cell {
                table: ESTIMATES,
                row,
                column,
            } => self.estimates.get_mut(row).is_some_and(|e| match column {
                SOURCE => value.put_text(&mut e.source),
                EUROS => value.put_euros(&mut e.euros),
                UNITS => value.put_units(&mut e.units),
                BASIS => value.put_text(&mut e.basis),
                _ => false,
            }),
            _ => false,
        }
    }

    fn toggle(&mut self, field: Field) -> bool {
        match field {
            Field::Cell {
                table: ESTIMATES,
                row,
                column: METHOD,
            } => self.estimates.get_mut(row).is_some_and(|e| {
                e.method = e.method.toggled();
                true
            }),
            _ => false,
        }
    }

    fn table_label(&self, _table: Table) -> Words {
        T::ESTIMATES
    }

    fn row_label(&self, _table: Table) -> Words {
        Words::new("Schätzung", "Estimate")
    }

    fn columns(&self, _table: Table) -> u8 {
        COLUMNS.len() as u8
    }

    fn rows(&self, table: Table) -> usize {
        if table == ESTIMATES {
            self.estimates.len()
        } else {
            0
        }
    }

    fn add_row(&mut self, table: Table, departments: &[&str]) -> Option<usize> {
        if table != ESTIMATES {
            return None;
        }
        // The next department that has not estimated yet: blind estimates go round the room.
        let source = departments
            .iter()
            .find(|d| !self.estimates.iter().any(|e| e.source == **d))
            .map(|d| (*d).to_owned())
            .unwrap_or_default();
        self.estimates.push(Estimate {
            source,
            ..Estimate::default()
        });
        Some(self.estimates.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        let fits = table == ESTIMATES && row < self.estimates.len();
        if fits {
            self.estimates.remove(row);
        }
        fits
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let fits = table == ESTIMATES && a.max(b) < self.estimates.len();
        if fits {
            self.estimates.swap(a, b);
        }
        fits
    }
}
