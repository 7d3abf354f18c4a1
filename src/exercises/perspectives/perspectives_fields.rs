//! The perspectives' fields: a row per pair of departments, opened as a form.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Table, Value};
use crate::exercises::kind::Form;
use crate::i18n::{self, Words};
use crate::model::Language;

use super::perspectives_model::{Perspectives, Picture};
use super::perspectives_texts as T;

pub const PICTURES: Table = Table(0);

const SKIPPED: u8 = 5;
const COLUMNS: [FieldSpec; 6] = [
    FieldSpec::new(T::FROM, K::Line),
    FieldSpec::new(T::ABOUT, K::Line),
    FieldSpec::new(T::WE_SEE_THEM, K::Line),
    FieldSpec::new(T::THEY_SEE_US, K::Line),
    FieldSpec::new(T::ANSWER, K::Line),
    FieldSpec::new(T::SKIPPED, K::Check),
];

const SLOTS: [Slot; 2] = [Slot::Table(PICTURES), Slot::Field(Field::Notes)];

fn text(p: &Picture, column: u8) -> Option<&String> {
    Some(match column {
        0 => &p.from,
        1 => &p.about,
        2 => &p.we_see_them,
        3 => &p.they_see_us,
        4 => &p.answer,
        _ => return None,
    })
}

fn text_mut(p: &mut Picture, column: u8) -> Option<&mut String> {
    Some(match column {
        0 => &mut p.from,
        1 => &mut p.about,
        2 => &mut p.we_see_them,
        3 => &mut p.they_see_us,
        4 => &mut p.answer,
        _ => return None,
    })
}

impl Perspectives {
    fn cell(&self, field: Field) -> Option<(&Picture, u8)> {
        match field {
            Field::Cell {
                table: PICTURES,
                row,
                column,
            } => Some((self.pictures.get(row)?, column)),
            _ => None,
        }
    }

    fn cell_mut(&mut self, field: Field) -> Option<(&mut Picture, u8)> {
        match field {
            Field::Cell {
                table: PICTURES,
                row,
                column,
            } => Some((self.pictures.get_mut(row)?, column)),
            _ => None,
        }
    }
}

impl Form for Perspectives {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        match field {
            Field::Cell {
                table: PICTURES,
                column,
                ..
            } => COLUMNS.get(usize::from(column)).copied(),
            _ => None,
        }
    }

    fn read(&self, field: Field, l: Language) -> String {
        match self.cell(field) {
            Some((p, SKIPPED)) => i18n::yes_no(l, p.skipped).to_owned(),
            Some((p, column)) => text(p, column).cloned().unwrap_or_default(),
            None => String::new(),
        }
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        self.cell_mut(field)
            .and_then(|(p, column)| text_mut(p, column))
            .is_some_and(|t| value.put_text(t))
    }

    fn toggle(&mut self, field: Field) -> bool {
        match self.cell_mut(field) {
            Some((p, SKIPPED)) => {
                p.skipped = !p.skipped;
                true
            }
            _ => false,
        }
    }

    fn table_label(&self, _table: Table) -> Words {
        T::PICTURES
    }

    fn row_label(&self, _table: Table) -> Words {
        T::PICTURE
    }

    fn columns(&self, _table: Table) -> u8 {
        COLUMNS.len() as u8
    }

    fn rows(&self, table: Table) -> usize {
        if table == PICTURES {
            self.pictures.len()
        } else {
            0
        }
    }

    /// The next pair of departments (each about each other) not pictured yet.
    fn add_row(&mut self, table: Table, departments: &[&str]) -> Option<usize> {
        if table != PICTURES {
            return None;
        }
        let next = departments
            .iter()
            .flat_map(|from| departments.iter().map(move |about| (*from, *about)))
            .filter(|(from, about)| from != about)
            .find(|(from, about)| {
                !self
                    .pictures
                    .iter()
                    .any(|p| p.from == *from && p.about == *about)
            });
        let (from, about) = next.unwrap_or(("", ""));
        self.pictures.push(Picture {
            from: from.to_owned(),
            about: about.to_owned(),
            ..Picture::default()
        });
        Some(self.pictures.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        let fits = table == PICTURES && row < self.pictures.len();
        if fits {
            self.pictures.remove(row);
        }
        fits
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let fits = table == PICTURES && a.max(b) < self.pictures.len();
        if fits {
            self.pictures.swap(a, b);
        }
        fits
    }
}
