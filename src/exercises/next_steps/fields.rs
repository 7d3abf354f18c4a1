//! The next steps' fields: a table, a row per task.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Table, Value, show};
use crate::exercises::kind::Form;
use crate::i18n::Words;
use crate::model::Language;

use super::model::{NextSteps, Task};
use super::texts as T;

pub const TASKS: Table = Table(0);

const WHAT: u8 = 0;
/// Where the form opens for a task just made from an item: its what is known.
pub const WHO: u8 = 1;
const BY: u8 = 2;
const FROM: u8 = 3;
const COLUMNS: [FieldSpec; 4] = [
    FieldSpec::new(T::WHAT, K::Line),
    FieldSpec::new(T::WHO, K::Line),
    FieldSpec::new(T::BY, K::Date),
    FieldSpec::new(T::FROM, K::Line),
];

const SLOTS: [Slot; 2] = [Slot::Table(TASKS), Slot::Field(Field::Notes)];

impl Form for NextSteps {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        match field {
            Field::Cell {
                table: TASKS,
                column,
                ..
            } => COLUMNS.get(usize::from(column)).copied(),
            _ => None,
        }
    }

    fn read(&self, field: Field, l: Language) -> String {
        let Field::Cell {
            table: TASKS,
            row,
            column,
        } = field
        else {
            return String::new();
        };
        self.tasks
            .get(row)
            .map(|t| match column {
                WHAT => t.what.clone(),
                WHO => t.who.clone(),
                BY => show::date(t.by, l),
                FROM => t.from.clone(),
                _ => String::new(),
            })
            .unwrap_or_default()
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        let Field::Cell {
            table: TASKS,
            row,
            column,
        } = field
        else {
            return false;
        };
        let Some(task) = self.tasks.get_mut(row) else {
            return false;
        };
        match column {
            WHAT => value.put_text(&mut task.what),
            WHO => value.put_text(&mut task.who),
            BY => value.put_date(&mut task.by),
            FROM => value.put_text(&mut task.from),
            _ => false,
        }
    }

    fn table_label(&self, _table: Table) -> Words {
        T::TASKS
    }

    fn row_label(&self, _table: Table) -> Words {
        T::TASK
    }

    fn columns(&self, _table: Table) -> u8 {
        COLUMNS.len() as u8
    }

    fn rows(&self, table: Table) -> usize {
        if table == TASKS { self.tasks.len() } else { 0 }
    }

    fn add_row(&mut self, table: Table, _departments: &[&str]) -> Option<usize> {
        if table != TASKS {
            return None;
        }
        self.tasks.push(Task::default());
        Some(self.tasks.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        let fits = table == TASKS && row < self.tasks.len();
        if fits {
            self.tasks.remove(row);
        }
        fits
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let fits = table == TASKS && a.max(b) < self.tasks.len();
        if fits {
            self.tasks.swap(a, b);
        }
        fits
    }
}
