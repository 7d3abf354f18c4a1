//! The follow-up's fields: a row per promise, opened as a form; the status is a choice.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Table, Value};
use crate::exercises::kind::Form;
use crate::i18n::Words;
use crate::model::Language;

use super::follow_up_model::{Carried, FollowUp};
use super::follow_up_texts as T;

pub const ITEMS: Table = Table(0);

const FROM: u8 = 0;
const ITEM: u8 = 1;
const THEN: u8 = 2;
const STATUS: u8 = 3;
const NOW: u8 = 4;
const NOTE: u8 = 5;
const COLUMNS: [FieldSpec; 6] = [
    FieldSpec::new(T::FROM, K::Line),
    FieldSpec::new(T::ITEM, K::Line),
    FieldSpec::new(T::THEN, K::Line),
    FieldSpec::new(T::STATUS, K::Choice),
    FieldSpec::new(T::NOW, K::Line),
    FieldSpec::new(T::NOTE, K::Line),
];

const SLOTS: [Slot; 2] = [Slot::Table(ITEMS), Slot::Field(Field::Notes)];

fn text_mut(c: &mut Carried, column: u8) -> Option<&mut String> {
    Some(match column {
        FROM => &mut c.from,
        ITEM => &mut c.item,
        THEN => &mut c.then,
        NOW => &mut c.now,
        NOTE => &mut c.note,
        _ => return None,
    })
}

impl FollowUp {
    fn row_mut(&mut self, field: Field) -> Option<(&mut Carried, u8)> {
        match field {
            Field::Cell {
                table: ITEMS,
                row,
                column,
            } => Some((self.items.get_mut(row)?, column)),
            _ => None,
        }
    }
}

impl Form for FollowUp {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        match field {
            Field::Cell {
                table: ITEMS,
                column,
                ..
            } => COLUMNS.get(usize::from(column)).copied(),
            _ => None,
        }
    }

    fn read(&self, field: Field, l: Language) -> String {
        let Field::Cell {
            table: ITEMS,
            row,
            column,
        } = field
        else {
            return String::new();
        };
        self.items
            .get(row)
            .map(|c| match column {
                FROM => c.from.clone(),
                ITEM => c.item.clone(),
                THEN => c.then.clone(),
                STATUS => T::status(l, c.status).to_owned(),
                NOW => c.now.clone(),
                NOTE => c.note.clone(),
                _ => String::new(),
            })
            .unwrap_or_default()
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        self.row_mut(field)
            .and_then(|(c, column)| text_mut(c, column))
            .is_some_and(|t| value.put_text(t))
    }

    fn toggle(&mut self, field: Field) -> bool {
        match self.row_mut(field) {
            Some((c, STATUS)) => {
                c.status = c.status.next();
                true
            }
            _ => false,
        }
    }

    fn table_label(&self, _table: Table) -> Words {
        T::ITEMS
    }

    fn row_label(&self, _table: Table) -> Words {
        T::ITEM_ROW
    }

    fn columns(&self, _table: Table) -> u8 {
        COLUMNS.len() as u8
    }

    fn rows(&self, table: Table) -> usize {
        if table == ITEMS { self.items.len() } else { 0 }
    }

    /// A promise the import missed (made on a flip chart, say) can be added by hand.
    fn add_row(&mut self, table: Table, _departments: &[&str]) -> Option<usize> {
        if table != ITEMS {
            return None;
        }
        self.items.push(Carried::default());
        Some(self.items.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        let fits = table == ITEMS && row < self.items.len();
        if fits {
            self.items.remove(row);
        }
        fits
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let fits = table == ITEMS && a.max(b) < self.items.len();
        if fits {
            self.items.swap(a, b);
        }
        fits
    }
}
