//! The mission's fields: the narrative, and a table of needs, a row per department.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Table, Value};
use crate::exercises::kind::Form;
use crate::i18n::Words;
use crate::model::Language;

use super::mission_model::{CustomerNeed, Mission};
use super::mission_texts as T;

pub const NARRATIVE: Field = Field::Own(0);
pub const NEEDS: Table = Table(0);

const DEPARTMENT: u8 = 0;
const ANSWER: u8 = 1;
const COLUMNS: [FieldSpec; 2] = [
    FieldSpec::new(T::DEPARTMENT, K::Line),
    FieldSpec::new(T::NEED, K::Line),
];

const SLOTS: [Slot; 3] = [
    Slot::Field(NARRATIVE),
    Slot::Table(NEEDS),
    Slot::Field(Field::Notes),
];

impl Mission {
    fn text(&self, field: Field) -> Option<&String> {
        match field {
            NARRATIVE => Some(&self.narrative),
            Field::Cell {
                table: NEEDS,
                row,
                column,
            } => self.needs.get(row).and_then(|n| match column {
                DEPARTMENT => Some(&n.department),
                ANSWER => Some(&n.answer),
                _ => None,
            }),
            _ => None,
        }
    }

    fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        match field {
            NARRATIVE => Some(&mut self.narrative),
            Field::Cell {
                table: NEEDS,
                row,
                column,
            } => self.needs.get_mut(row).and_then(|n| match column {
                DEPARTMENT => Some(&mut n.department),
                ANSWER => Some(&mut n.answer),
                _ => None,
            }),
            _ => None,
        }
    }
}

impl Form for Mission {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        match field {
            // The narrative is what the room looks at in this step.
            NARRATIVE => Some(FieldSpec::new(T::NARRATIVE, K::Paragraph).emphasised()),
            Field::Cell {
                table: NEEDS,
                column,
                ..
            } => COLUMNS.get(usize::from(column)).copied(),
            _ => None,
        }
    }

    fn read(&self, field: Field, _l: Language) -> String {
        self.text(field).cloned().unwrap_or_default()
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        self.text_mut(field).is_some_and(|t| value.put_text(t))
    }

    fn table_label(&self, _table: Table) -> Words {
        T::NEEDS
    }

    fn row_label(&self, _table: Table) -> Words {
        T::NEED
    }

    fn columns(&self, _table: Table) -> u8 {
        COLUMNS.len() as u8
    }

    fn rows(&self, table: Table) -> usize {
        if table == NEEDS { self.needs.len() } else { 0 }
    }

    /// The next department without an answer: the question goes round the room.
    fn add_row(&mut self, table: Table, departments: &[&str]) -> Option<usize> {
        if table != NEEDS {
            return None;
        }
        let department = departments
            .iter()
            .find(|d| !self.needs.iter().any(|n| n.department == **d))
            .map(|d| (*d).to_owned())
            .unwrap_or_default();
        self.needs.push(CustomerNeed {
            department,
            answer: String::new(),
        });
        Some(self.needs.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        let fits = table == NEEDS && row < self.needs.len();
        if fits {
            self.needs.remove(row);
        }
        fits
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let fits = table == NEEDS && a.max(b) < self.needs.len();
        if fits {
            self.needs.swap(a, b);
        }
        fits
    }
}
