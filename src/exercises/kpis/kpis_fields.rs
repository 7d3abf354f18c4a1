//! The KPIs' fields: one table, a row per KPI, opened as a form of six fields.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Table, Value, show};
use crate::exercises::kind::Form;
use crate::i18n::Words;
use crate::model::Language;

use super::kpis_model::{Kpi, Kpis};
use super::kpis_texts as T;

pub const KPIS: Table = Table(0);

/// The columns of a KPI row, in form order.
const NAME: u8 = 0;
const DEFINITION: u8 = 1;
const OWNER: u8 = 2;
const SOURCE: u8 = 3;
const REVIEW: u8 = 4;
const EXPIRES: u8 = 5;
const COLUMNS: [FieldSpec; 6] = [
    FieldSpec::new(T::KPI, K::Line),
    FieldSpec::new(T::DEFINITION, K::Line),
    FieldSpec::new(T::OWNER, K::Line),
    FieldSpec::new(T::SOURCE, K::Line),
    FieldSpec::new(T::REVIEW, K::When),
    FieldSpec::new(T::EXPIRES, K::Date),
];

const SLOTS: [Slot; 2] = [Slot::Table(KPIS), Slot::Field(Field::Notes)];

impl Kpis {
    /// The KPI a field belongs to, and which of its fields it is.
    fn cell(&self, field: Field) -> Option<(&Kpi, u8)> {
        match field {
            Field::Cell {
                table: KPIS,
                row,
                column,
            } => Some((self.kpis.get(row)?, column)),
            _ => None,
        }
    }

    fn cell_mut(&mut self, field: Field) -> Option<(&mut Kpi, u8)> {
        match field {
            Field::Cell {
                table: KPIS,
                row,
                column,
            } => Some((self.kpis.get_mut(row)?, column)),
            _ => None,
        }
    }
}

impl Form for Kpis {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        match field {
            Field::Cell {
                table: KPIS,
                column,
                ..
            } => COLUMNS.get(usize::from(column)).copied(),
            _ => None,
        }
    }

    fn read(&self, field: Field, l: Language) -> String {
        let Some((kpi, column)) = self.cell(field) else {
            return String::new();
        };
        match column {
            NAME => kpi.name.clone(),
            DEFINITION => kpi.definition.clone(),
            OWNER => kpi.owner.clone(),
            SOURCE => kpi.source.clone(),
            REVIEW => show::when(kpi.review.as_ref(), l),
            EXPIRES => show::date(kpi.expires, l),
            _ => String::new(),
        }
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        let Some((kpi, column)) = self.cell_mut(field) else {
            return false;
        };
        match column {
            NAME => value.put_text(&mut kpi.name),
            DEFINITION => value.put_text(&mut kpi.definition),
            OWNER => value.put_text(&mut kpi.owner),
            SOURCE => value.put_text(&mut kpi.source),
            REVIEW => value.put_when(&mut kpi.review),
            EXPIRES => value.put_date(&mut kpi.expires),
            _ => false,
        }
    }

    fn table_label(&self, _table: Table) -> Words {
        T::KPIS
    }

    fn row_label(&self, _table: Table) -> Words {
        T::KPI
    }

    fn columns(&self, _table: Table) -> u8 {
        COLUMNS.len() as u8
    }

    fn rows(&self, table: Table) -> usize {
        if table == KPIS { self.kpis.len() } else { 0 }
    }

    fn add_row(&mut self, table: Table, _departments: &[&str]) -> Option<usize> {
        if table != KPIS {
            return None;
        }
        self.kpis.push(Kpi::default());
        Some(self.kpis.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        let fits = table == KPIS && row < self.kpis.len();
        if fits {
            self.kpis.remove(row);
        }
        fits
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let fits = table == KPIS && a.max(b) < self.kpis.len();
        if fits {
            self.kpis.swap(a, b);
        }
        fits
    }
}
