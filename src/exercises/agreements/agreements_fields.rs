//! The agreements' fields: one table, a row per promise, opened as a form of thirteen
//! fields (who delivers what to whom, quantity, quality, time, channel, owners, what
//! happens when it is missed, the review date, and acceptance by both sides).

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Table, Value, show};
use crate::exercises::kind::Form;
use crate::i18n::{self, Words};
use crate::model::Language;

use super::agreements_model::{Agreement, Agreements};
use super::agreements_texts as T;

pub const AGREEMENTS: Table = Table(0);

/// The columns of an agreement row, in form order.
const PROVIDER: u8 = 0;
const RECEIVER: u8 = 1;
const DELIVERABLE: u8 = 2;
const QUANTITY: u8 = 3;
const QUALITY: u8 = 4;
const TIME: u8 = 5;
const CHANNEL: u8 = 6;
const PROVIDER_OWNER: u8 = 7;
const RECEIVER_OWNER: u8 = 8;
const WHEN_MISSED: u8 = 9;
const REVIEW: u8 = 10;
const ACCEPTED_BY_PROVIDER: u8 = 11;
const ACCEPTED_BY_RECEIVER: u8 = 12;
const COLUMNS: [FieldSpec; 13] = [
    FieldSpec::new(T::PROVIDER, K::Line),
    FieldSpec::new(T::RECEIVER, K::Line),
    FieldSpec::new(T::DELIVERABLE, K::Line),
    FieldSpec::new(T::QUANTITY, K::Line),
    FieldSpec::new(T::QUALITY, K::Line),
    FieldSpec::new(T::TIME, K::Line),
    FieldSpec::new(T::CHANNEL, K::Line),
    FieldSpec::new(T::PROVIDER_OWNER, K::Line),
    FieldSpec::new(T::RECEIVER_OWNER, K::Line),
    FieldSpec::new(T::WHEN_MISSED, K::Line),
    FieldSpec::new(T::REVIEW, K::When),
    FieldSpec::new(T::ACCEPTED_BY_PROVIDER, K::Check),
    FieldSpec::new(T::ACCEPTED_BY_RECEIVER, K::Check),
];

const SLOTS: [Slot; 2] = [Slot::Table(AGREEMENTS), Slot::Field(Field::Notes)];

/// The text fields of an agreement, by column.
fn text(ag: &Agreement, column: u8) -> Option<&String> {
    Some(match column {
        PROVIDER => &ag.provider,
        RECEIVER => &ag.receiver,
        DELIVERABLE => &ag.deliverable,
        QUANTITY => &ag.quantity,
        QUALITY => &ag.quality,
        TIME => &ag.time,
        CHANNEL => &ag.channel,
        PROVIDER_OWNER => &ag.provider_owner,
        RECEIVER_OWNER => &ag.receiver_owner,
        WHEN_MISSED => &ag.when_missed,
        _ => return None,
    })
}

fn text_mut(ag: &mut Agreement, column: u8) -> Option<&mut String> {
    Some(match column {
        PROVIDER => &mut ag.provider,
        RECEIVER => &mut ag.receiver,
        DELIVERABLE => &mut ag.deliverable,
        QUANTITY => &mut ag.quantity,
        QUALITY => &mut ag.quality,
        TIME => &mut ag.time,
        CHANNEL => &mut ag.channel,
        PROVIDER_OWNER => &mut ag.provider_owner,
        RECEIVER_OWNER => &mut ag.receiver_owner,
        WHEN_MISSED => &mut ag.when_missed,
        _ => return None,
    })
}

fn read(ag: &Agreement, column: u8, l: Language) -> String {
    match column {
        REVIEW => show::when(ag.review.as_ref(), l),
        ACCEPTED_BY_PROVIDER => i18n::yes_no(l, ag.accepted_by_provider).to_owned(),
        ACCEPTED_BY_RECEIVER => i18n::yes_no(l, ag.accepted_by_receiver).to_owned(),
        _ => text(ag, column).cloned().unwrap_or_default(),
    }
}

impl Agreements {
    /// The agreement a field belongs to, and which of its fields it is.
    fn cell_mut(&mut self, field: Field) -> Option<(&mut Agreement, u8)> {
        match field {
            Field::Cell {
                table: AGREEMENTS,
                row,
                column,
            } => Some((self.agreements.get_mut(row)?, column)),
            _ => None,
        }
    }
}

impl Form for Agreements {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        match field {
            Field::Cell {
                table: AGREEMENTS,
                column,
                ..
            } => COLUMNS.get(usize::from(column)).copied(),
            _ => None,
        }
    }

    fn read(&self, field: Field, l: Language) -> String {
        match field {
            Field::Cell {
                table: AGREEMENTS,
                row,
                column,
            } => self
                .agreements
                .get(row)
                .map_or_else(String::new, |ag| read(ag, column, l)),
            _ => String::new(),
        }
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        let Some((ag, column)) = self.cell_mut(field) else {
            return false;
        };
        match column {
            REVIEW => value.put_when(&mut ag.review),
            _ => text_mut(ag, column).is_some_and(|text| value.put_text(text)),
        }
    }

    fn toggle(&mut self, field: Field) -> bool {
        let Some((ag, column)) = self.cell_mut(field) else {
            return false;
        };
        let flag = match column {
            ACCEPTED_BY_PROVIDER => &mut ag.accepted_by_provider,
            ACCEPTED_BY_RECEIVER => &mut ag.accepted_by_receiver,
            _ => return false,
        };
        *flag = !*flag;
        true
    }

    fn table_label(&self, _table: Table) -> Words {
        T::AGREEMENTS
    }

    fn row_title(&self, _table: Table, row: usize, _l: Language) -> String {
        self.agreements
            .get(row)
            .map(|a| {
                format!(
                    "{} → {}: {}",
                    a.provider.trim(),
                    a.receiver.trim(),
                    a.deliverable.trim()
                )
            })
            .unwrap_or_default()
    }

    fn row_label(&self, _table: Table) -> Words {
        Words::new("Vereinbarung", "Agreement")
    }

    fn columns(&self, _table: Table) -> u8 {
        COLUMNS.len() as u8
    }

    fn rows(&self, table: Table) -> usize {
        if table == AGREEMENTS {
            self.agreements.len()
        } else {
            0
        }
    }

    fn add_row(&mut self, table: Table, _departments: &[&str]) -> Option<usize> {
        if table != AGREEMENTS {
            return None;
        }
        self.agreements.push(Agreement::default());
        Some(self.agreements.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        let fits = table == AGREEMENTS && row < self.agreements.len();
        if fits {
            self.agreements.remove(row);
        }
        fits
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let fits = table == AGREEMENTS && a.max(b) < self.agreements.len();
        if fits {
            self.agreements.swap(a, b);
        }
        fits
    }
}
