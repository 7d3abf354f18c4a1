//! The customer review's fields: a table, a row per case.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Table, Value};
use crate::exercises::kind::Form;
use crate::i18n::Words;
use crate::model::Language;

use super::model::{Case, CustomerReview};
use super::texts as T;

pub const CASES: Table = Table(0);

const SITUATION: u8 = 0;
const TOUCHED_BY: u8 = 1;
const LEARNED: u8 = 2;
const CHANGE: u8 = 3;
const COLUMNS: [FieldSpec; 4] = [
    FieldSpec::new(T::SITUATION, K::Line),
    FieldSpec::new(T::TOUCHED_BY, K::List),
    FieldSpec::new(T::LEARNED, K::Line),
    FieldSpec::new(T::CHANGE, K::Line),
];

const SLOTS: [Slot; 2] = [Slot::Table(CASES), Slot::Field(Field::Notes)];

impl Form for CustomerReview {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        match field {
            Field::Cell {
                table: CASES,
                column,
                ..
            } => COLUMNS.get(usize::from(column)).copied(),
            _ => None,
        }
    }

    fn read(&self, field: Field, _l: Language) -> String {
        let Field::Cell {
            table: CASES,
            row,
            column,
        } = field
        else {
            return String::new();
        };
        self.cases
            .get(row)
            .map(|c| match column {
                SITUATION => c.situation.clone(),
                TOUCHED_BY => c.touched_by.join(", "),
                LEARNED => c.learned.clone(),
                CHANGE => c.change.clone(),
                _ => String::new(),
            })
            .unwrap_or_default()
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        let Field::Cell {
            table: CASES,
            row,
            column,
        } = field
        else {
            return false;
        };
        let Some(case) = self.cases.get_mut(row) else {
            return false;
        };
        match column {
            SITUATION => value.put_text(&mut case.situation),
            TOUCHED_BY => value.put_list(&mut case.touched_by),
            LEARNED => value.put_text(&mut case.learned),
            CHANGE => value.put_text(&mut case.change),
            _ => false,
        }
    }

    fn table_label(&self, _table: Table) -> Words {
        T::CASES
    }

    /// What we change is what becomes a next step; without it, the case itself.
    fn row_title(&self, _table: Table, row: usize, _l: Language) -> String {
        self.cases
            .get(row)
            .map(|c| {
                if c.change.trim().is_empty() {
                    c.situation.clone()
                } else {
                    c.change.clone()
                }
            })
            .unwrap_or_default()
    }

    fn row_label(&self, _table: Table) -> Words {
        T::CASE
    }

    fn columns(&self, _table: Table) -> u8 {
        COLUMNS.len() as u8
    }

    fn rows(&self, table: Table) -> usize {
        if table == CASES { self.cases.len() } else { 0 }
    }

    fn add_row(&mut self, table: Table, _departments: &[&str]) -> Option<usize> {
        if table != CASES {
            return None;
        }
        self.cases.push(Case::default());
        Some(self.cases.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        let fits = table == CASES && row < self.cases.len();
        if fits {
            self.cases.remove(row);
        }
        fits
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let fits = table == CASES && a.max(b) < self.cases.len();
        if fits {
            self.cases.swap(a, b);
        }
        fits
    }
}
