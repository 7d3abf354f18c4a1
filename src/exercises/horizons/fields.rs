//! The horizons' fields: a table, a row per department.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Table, Value};
use crate::exercises::kind::Form;
use crate::i18n::Words;
use crate::model::Language;

use super::model::{DepartmentView, Horizons};
use super::texts as T;

pub const DEPARTMENTS: Table = Table(0);

const COLUMNS: [FieldSpec; 4] = [
    FieldSpec::new(T::DEPARTMENT, K::Line),
    FieldSpec::new(T::HORIZON, K::Line),
    FieldSpec::new(T::REWARDED_FOR, K::Line),
    FieldSpec::new(T::CHANNEL, K::Line),
];

const SLOTS: [Slot; 2] = [Slot::Table(DEPARTMENTS), Slot::Field(Field::Notes)];

/// The text of column `column` of a department's row.
fn text_mut(d: &mut DepartmentView, column: u8) -> Option<&mut String> {
    Some(match column {
        0 => &mut d.department,
        1 => &mut d.horizon,
        2 => &mut d.rewarded_for,
        3 => &mut d.channel,
        _ => return None,
    })
}

impl Form for Horizons {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        match field {
            Field::Cell {
                table: DEPARTMENTS,
                column,
                ..
            } => COLUMNS.get(usize::from(column)).copied(),
            _ => None,
        }
    }

    fn read(&self, field: Field, _l: Language) -> String {
        let Field::Cell {
            table: DEPARTMENTS,
            row,
            column,
        } = field
        else {
            return String::new();
        };
        let mut copy = self.departments.get(row).cloned().unwrap_or_default();
        text_mut(&mut copy, column)
            .map(std::mem::take)
            .unwrap_or_default()
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        let Field::Cell {
            table: DEPARTMENTS,
            row,
            column,
        } = field
        else {
            return false;
        };
        self.departments
            .get_mut(row)
            .and_then(|d| text_mut(d, column))
            .is_some_and(|text| value.put_text(text))
    }

    fn table_label(&self, _table: Table) -> Words {
        T::DEPARTMENTS
    }

    fn row_label(&self, _table: Table) -> Words {
        T::DEPARTMENT
    }

    fn columns(&self, _table: Table) -> u8 {
        COLUMNS.len() as u8
    }

    fn rows(&self, table: Table) -> usize {
        if table == DEPARTMENTS {
            self.departments.len()
        } else {
            0
        }
    }

    /// The next department not described yet.
    fn add_row(&mut self, table: Table, departments: &[&str]) -> Option<usize> {
        if table != DEPARTMENTS {
            return None;
        }
        let department = departments
            .iter()
            .find(|d| !self.departments.iter().any(|v| v.department == **d))
            .map(|d| (*d).to_owned())
            .unwrap_or_default();
        self.departments.push(DepartmentView {
            department,
            ..DepartmentView::default()
        });
        Some(self.departments.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        let fits = table == DEPARTMENTS && row < self.departments.len();
        if fits {
            self.departments.remove(row);
        }
        fits
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let fits = table == DEPARTMENTS && a.max(b) < self.departments.len();
        if fits {
            self.departments.swap(a, b);
        }
        fits
    }
}
