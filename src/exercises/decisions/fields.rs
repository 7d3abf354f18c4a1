//! The decision rights' fields: a table, a row per recurring decision.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Table, Value};
use crate::exercises::kind::Form;
use crate::i18n::Words;
use crate::model::Language;

use super::model::{Decision, DecisionRights};
use super::texts as T;

pub const DECISIONS: Table = Table(0);

const TOPIC: u8 = 0;
const DECIDES: u8 = 1;
const CONSULTED: u8 = 2;
const INFORMED: u8 = 3;
const COLUMNS: [FieldSpec; 4] = [
    FieldSpec::new(T::TOPIC, K::Line),
    FieldSpec::new(T::DECIDES, K::List),
    FieldSpec::new(T::CONSULTED, K::List),
    FieldSpec::new(T::INFORMED, K::List),
];

const SLOTS: [Slot; 2] = [Slot::Table(DECISIONS), Slot::Field(Field::Notes)];

impl DecisionRights {
    fn cell_mut(&mut self, field: Field) -> Option<(&mut Decision, u8)> {
        match field {
            Field::Cell {
                table: DECISIONS,
                row,
                column,
            } => Some((self.decisions.get_mut(row)?, column)),
            _ => None,
        }
    }
}

impl Form for DecisionRights {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        match field {
            Field::Cell {
                table: DECISIONS,
                column,
                ..
            } => COLUMNS.get(usize::from(column)).copied(),
            _ => None,
        }
    }

    fn read(&self, field: Field, _l: Language) -> String {
        let Field::Cell {
            table: DECISIONS,
            row,
            column,
        } = field
        else {
            return String::new();
        };
        self.decisions
            .get(row)
            .map(|d| match column {
                TOPIC => d.topic.clone(),
                DECIDES => d.decides.join(", "),
                CONSULTED => d.consulted.join(", "),
                INFORMED => d.informed.join(", "),
                _ => String::new(),
            })
            .unwrap_or_default()
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        let Some((decision, column)) = self.cell_mut(field) else {
            return false;
        };
        match column {
            TOPIC => value.put_text(&mut decision.topic),
            DECIDES => value.put_list(&mut decision.decides),
            CONSULTED => value.put_list(&mut decision.consulted),
            INFORMED => value.put_list(&mut decision.informed),
            _ => false,
        }
    }

    fn table_label(&self, _table: Table) -> Words {
        T::DECISIONS
    }

    fn row_label(&self, _table: Table) -> Words {
        T::DECISION
    }

    fn columns(&self, _table: Table) -> u8 {
        COLUMNS.len() as u8
    }

    fn rows(&self, table: Table) -> usize {
        if table == DECISIONS {
            self.decisions.len()
        } else {
            0
        }
    }

    fn add_row(&mut self, table: Table, _departments: &[&str]) -> Option<usize> {
        if table != DECISIONS {
            return None;
        }
        self.decisions.push(Decision::default());
        Some(self.decisions.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        let fits = table == DECISIONS && row < self.decisions.len();
        if fits {
            self.decisions.remove(row);
        }
        fits
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let fits = table == DECISIONS && a.max(b) < self.decisions.len();
        if fits {
            self.decisions.swap(a, b);
        }
        fits
    }
}
