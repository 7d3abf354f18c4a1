//! A kind that is one table and its checks (decision rights, horizons, the customer
//! review, next steps) declares its columns once — label, type, where the value sits in
//! a row, how wide it is on the wall — and gets from them its form (`Form`), its
//! handout, `seam show` and spreadsheet table (`Output`); its screen comes from the same
//! columns a floor up (`ui/kinds`), and `seam diff` reads it through the form. What the
//! kind writes by hand is what only it knows: its record, its checks and their words.

use std::fmt::Write;

use jiff::civil::Date;

use crate::i18n::Words;
use crate::model::Language;
use crate::text::one_line;
use crate::written;

use super::field::{Field, FieldKind, FieldSpec, Slot, Table, Value, show};
use super::kind::{Cell, DataTable, Form, Output};

/// The one table of a table kind.
pub const ROWS: Table = Table(0);

const SLOTS: [Slot; 2] = [Slot::Table(ROWS), Slot::Field(Field::Notes)];

/// Where a column's value sits in a row, and so how it is typed: a line of text, a
/// comma-separated list of names, or a day.
pub enum Reach<R> {
    Line(fn(&R) -> &String, fn(&mut R) -> &mut String),
    List(fn(&R) -> &Vec<String>, fn(&mut R) -> &mut Vec<String>),
    Date(fn(&R) -> &Option<Date>, fn(&mut R) -> &mut Option<Date>),
}

/// How much of the wall's width a column takes: a share of what is left, or a fixed
/// number of characters (a date).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    Share(u16),
    Chars(u16),
}

/// One column of a table kind, declared once.
pub struct Column<R> {
    pub label: Words,
    pub reach: Reach<R>,
    pub width: Width,
    /// Shown on the wall only when it is wide (the form always has every column).
    pub wide_only: bool,
}

impl<R> Column<R> {
    pub const fn line(
        label: Words,
        get: fn(&R) -> &String,
        set: fn(&mut R) -> &mut String,
    ) -> Self {
        Self::new(label, Reach::Line(get, set), Width::Share(2))
    }

    pub const fn list(
        label: Words,
        get: fn(&R) -> &Vec<String>,
        set: fn(&mut R) -> &mut Vec<String>,
    ) -> Self {
        Self::new(label, Reach::List(get, set), Width::Share(2))
    }

    pub const fn date(
        label: Words,
        get: fn(&R) -> &Option<Date>,
        set: fn(&mut R) -> &mut Option<Date>,
    ) -> Self {
        Self::new(label, Reach::Date(get, set), Width::Chars(11))
    }

    const fn new(label: Words, reach: Reach<R>, width: Width) -> Self {
        Column {
            label,
            reach,
            width,
            wide_only: false,
        }
    }

    /// Takes `share` parts of the width left by fixed columns.
    pub const fn share(self, share: u16) -> Self {
        Column {
            width: Width::Share(share),
            ..self
        }
    }

    pub const fn wide_only(self) -> Self {
        Column {
            wide_only: true,
            ..self
        }
    }

    pub fn spec(&self) -> FieldSpec {
        let kind = match self.reach {
            Reach::Line(..) => FieldKind::Line,
            Reach::List(..) => FieldKind::List,
            Reach::Date(..) => FieldKind::Date,
        };
        FieldSpec::new(self.label, kind)
    }

    /// The value as the wall shows it and the editor starts with it.
    pub fn read(&self, row: &R, l: Language) -> String {
        match &self.reach {
            Reach::Line(get, _) => get(row).clone(),
            Reach::List(get, _) => get(row).join(", "),
            Reach::Date(get, _) => show::date(*get(row), l),
        }
    }

    pub fn write(&self, row: &mut R, value: &Value) -> bool {
        match &self.reach {
            Reach::Line(_, set) => value.put_text(set(row)),
            Reach::List(_, set) => value.put_list(set(row)),
            Reach::Date(_, set) => value.put_date(set(row)),
        }
    }

    /// The value as a cell of the handout's Markdown table: `–` for no names, no day.
    fn written(&self, row: &R, l: Language) -> String {
        match &self.reach {
            Reach::Line(get, _) => written::cell(get(row)),
            Reach::List(get, _) if get(row).is_empty() => "–".to_owned(),
            Reach::List(get, _) => written::cell(&get(row).join(", ")),
            Reach::Date(get, _) => written::date(*get(row), l),
        }
    }

    /// The value for a spreadsheet: days as days.
    fn cell(&self, row: &R) -> Cell {
        match &self.reach {
            Reach::Line(get, _) => Cell::Text(get(row).clone()),
            Reach::List(get, _) => Cell::Text(get(row).join(", ")),
            Reach::Date(get, _) => Cell::Date(*get(row)),
        }
    }
}

/// An exercise that is one table: its rows, its columns and its words. `Form` and
/// `Output` follow from this; its `Record` (checks, what it carries) it writes itself.
pub trait TableKind {
    type Row: Default + 'static;
    const COLUMNS: &'static [Column<Self::Row>];
    /// The table's name for `--table NAME` and the workbook.
    const TABLE: &'static str;
    const TABLES: &'static [&'static str] = &[Self::TABLE];
    /// The sheet's title.
    const TITLE: Words;
    /// The table on the wall ("Entscheidungen") and one of its rows ("Entscheidung").
    const ROWS_LABEL: Words;
    const ROW_LABEL: Words;
    /// Said on the wall under the table while it is empty.
    const WHEN_EMPTY: Option<Words> = None;

    fn rows(&self) -> &[Self::Row];
    fn rows_mut(&mut self) -> &mut Vec<Self::Row>;
    /// Row `number` (1 the first) as a line of `seam show`.
    fn summary_line(row: &Self::Row, number: usize, l: Language) -> String;
    /// A new row; `departments` are the session's, for a table that goes round the room.
    fn new_row(&self, _departments: &[&str]) -> Self::Row {
        Self::Row::default()
    }
    /// A row in a few words, as a next step made from it names it.
    fn row_title(&self, row: &Self::Row, l: Language) -> String {
        Self::COLUMNS
            .first()
            .map(|c| c.read(row, l))
            .unwrap_or_default()
    }
    /// The step's result in a few words for presentation mode.
    fn headline(&self, _l: Language) -> Option<String> {
        None
    }
    /// What the room settled in this table, for the handout's first page.
    fn decided(&self, _l: Language) -> Vec<super::kind::Decided> {
        Vec::new()
    }
    /// Who does what by when, from this table.
    fn duties(&self, _l: Language) -> Vec<super::kind::Duty> {
        Vec::new()
    }
}

/// The row and column a field of a table kind addresses.
fn cell_of(field: Field) -> Option<(usize, usize)> {
    match field {
        Field::Cell {
            table: ROWS,
            row,
            column,
        } => Some((row, usize::from(column))),
        _ => None,
    }
}

impl<T: TableKind> Form for T {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        let (_, column) = cell_of(field)?;
        T::COLUMNS.get(column).map(Column::spec)
    }

    fn read(&self, field: Field, l: Language) -> String {
        cell_of(field)
            .and_then(|(row, column)| Some(T::COLUMNS.get(column)?.read(self.rows().get(row)?, l)))
            .unwrap_or_default()
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        let Some((row, column)) = cell_of(field) else {
            return false;
        };
        match (T::COLUMNS.get(column), self.rows_mut().get_mut(row)) {
            (Some(column), Some(row)) => column.write(row, value),
            _ => false,
        }
    }

    fn table_label(&self, _table: Table) -> Words {
        T::ROWS_LABEL
    }

    fn row_title(&self, _table: Table, row: usize, l: Language) -> String {
        self.rows()
            .get(row)
            .map(|r| TableKind::row_title(self, r, l))
            .unwrap_or_default()
    }

    fn row_label(&self, _table: Table) -> Words {
        T::ROW_LABEL
    }

    fn columns(&self, _table: Table) -> u8 {
        T::COLUMNS.len() as u8
    }

    fn rows(&self, table: Table) -> usize {
        if table == ROWS {
            TableKind::rows(self).len()
        } else {
            0
        }
    }

    fn add_row(&mut self, table: Table, departments: &[&str]) -> Option<usize> {
        if table != ROWS {
            return None;
        }
        let row = self.new_row(departments);
        let rows = self.rows_mut();
        rows.push(row);
        Some(rows.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        let rows = self.rows_mut();
        let fits = table == ROWS && row < rows.len();
        if fits {
            rows.remove(row);
        }
        fits
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let rows = self.rows_mut();
        let fits = table == ROWS && a.max(b) < rows.len();
        if fits {
            rows.swap(a, b);
        }
        fits
    }
}

impl<T: TableKind> Output for T {
    fn handout(&self, out: &mut String, l: Language) {
        let rows = TableKind::rows(self);
        if rows.is_empty() {
            return;
        }
        let labels: Vec<&str> = T::COLUMNS.iter().map(|c| c.label.get(l)).collect();
        written::table_header(out, &labels);
        for row in rows {
            let cells: Vec<String> = T::COLUMNS.iter().map(|c| c.written(row, l)).collect();
            written::row(out, &cells);
        }
        out.push('\n');
    }

    fn summary(&self, out: &mut String, l: Language) {
        for (index, row) in TableKind::rows(self).iter().enumerate() {
            let line = T::summary_line(row, index + 1, l);
            let _ = writeln!(out, "    {}", one_line(&line));
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        T::TABLES
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != T::TABLE {
            return None;
        }
        let labels: Vec<Words> = T::COLUMNS.iter().map(|c| c.label).collect();
        Some(DataTable {
            title: T::TITLE.get(l).to_owned(),
            header: written::header(&labels, l),
            rows: TableKind::rows(self)
                .iter()
                .map(|row| T::COLUMNS.iter().map(|c| c.cell(row)).collect())
                .collect(),
        })
    }

    fn decided(&self, l: Language) -> Vec<super::kind::Decided> {
        TableKind::decided(self, l)
    }

    fn duties(&self, l: Language) -> Vec<super::kind::Duty> {
        TableKind::duties(self, l)
    }
}
