//! The shared goals' fields: the goals table (a row opens as a form of nine fields), the
//! common budget, and the conflicts table, whose rows are made by pairing two goals.

use crate::exercises::field::{Field, FieldKind as K, FieldSpec, Slot, Table, Value, show};
use crate::exercises::kind::{Form, Pairing};
use crate::i18n::Words;
use crate::model::Language;

use super::shared_goals_model::{Conflict, Goal, SharedGoals};
use super::shared_goals_texts as T;

pub const GOALS: Table = Table(0);
pub const CONFLICTS: Table = Table(1);
pub const BUDGET: Field = Field::Own(0);

/// The columns of a goal row, in form order.
const STATEMENT: u8 = 0;
const METRIC: u8 = 1;
const BASELINE: u8 = 2;
const TARGET: u8 = 3;
const UNIT: u8 = 4;
const HORIZON: u8 = 5;
const OWNER: u8 = 6;
const CONTRIBUTORS: u8 = 7;
const BUDGET_SHARE: u8 = 8;
const GOAL_COLUMNS: [FieldSpec; 9] = [
    FieldSpec::new(T::STATEMENT, K::Line),
    FieldSpec::new(T::METRIC, K::Line),
    FieldSpec::new(T::BASELINE, K::Number),
    FieldSpec::new(T::TARGET, K::Number),
    FieldSpec::new(T::UNIT, K::Line),
    FieldSpec::new(T::HORIZON, K::Date),
    FieldSpec::new(T::OWNER, K::Line),
    FieldSpec::new(T::CONTRIBUTORS, K::List),
    FieldSpec::new(T::BUDGET_SHARE, K::Percent),
];
/// A conflict row has one field: the note on what pulls against what.
const CONFLICT_NOTE: FieldSpec = FieldSpec::new(T::NOTES, K::Line);

const SLOTS: [Slot; 4] = [
    Slot::Table(GOALS),
    Slot::Field(BUDGET),
    Slot::Table(CONFLICTS),
    Slot::Field(Field::Notes),
];

impl Form for SharedGoals {
    fn slots(&self) -> &'static [Slot] {
        &SLOTS
    }

    fn spec(&self, field: Field) -> Option<FieldSpec> {
        match field {
            BUDGET => Some(FieldSpec::new(T::BUDGET, K::Euros)),
            Field::Cell {
                table: GOALS,
                column,
                ..
            } => GOAL_COLUMNS.get(usize::from(column)).copied(),
            Field::Cell {
                table: CONFLICTS,
                column: 0,
                ..
            } => Some(CONFLICT_NOTE),
            _ => None,
        }
    }

    fn read(&self, field: Field, l: Language) -> String {
        match field {
            BUDGET => show::euros(self.budget, l),
            Field::Cell {
                table: CONFLICTS,
                row,
                ..
            } => self
                .conflicts
                .get(row)
                .map(|c| c.note.clone())
                .unwrap_or_default(),
            Field::Cell {
                table: GOALS,
                row,
                column,
            } => self
                .goals
                .get(row)
                .map_or_else(String::new, |goal| read_goal(goal, column, l)),
            _ => String::new(),
        }
    }

    fn write(&mut self, field: Field, value: &Value) -> bool {
        match field {
            BUDGET => value.put_euros(&mut self.budget),
            Field::Cell {
                table: CONFLICTS,
                row,
                ..
            } => self
                .conflicts
                .get_mut(row)
                .is_some_and(|c| value.put_text(&mut c.note)),
            Field::Cell {
                table: GOALS,
                row,
                column,
            } => self
                .goals
                .get_mut(row)
                .is_some_and(|goal| write_goal(goal, column, value)),
            _ => false,
        }
    }

    fn table_label(&self, table: Table) -> Words {
        if table == CONFLICTS {
            T::CONFLICTS
        } else {
            T::GOALS
        }
    }

    fn row_label(&self, table: Table) -> Words {
        if table == CONFLICTS {
            Words::new("Zielkonflikt", "Conflict")
        } else {
            Words::new("Ziel", "Goal")
        }
    }

    fn columns(&self, table: Table) -> u8 {
        if table == CONFLICTS {
            1
        } else {
            GOAL_COLUMNS.len() as u8
        }
    }

    fn rows(&self, table: Table) -> usize {
        match table {
            GOALS => self.goals.len(),
            CONFLICTS => self.conflicts.len(),
            _ => 0,
        }
    }

    /// Goals are added; conflicts are made by pairing two goals.
    fn add_row(&mut self, table: Table, _departments: &[&str]) -> Option<usize> {
        if table != GOALS {
            return None;
        }
        let id = self.next_id();
        self.goals.push(Goal {
            id,
            ..Goal::default()
        });
        Some(self.goals.len() - 1)
    }

    fn remove_row(&mut self, table: Table, row: usize) -> bool {
        match table {
            GOALS => self.remove(row).is_some(),
            CONFLICTS if row < self.conflicts.len() => {
                self.conflicts.remove(row);
                true
            }
            _ => false,
        }
    }

    fn swap_rows(&mut self, table: Table, a: usize, b: usize) -> bool {
        let list_len = self.rows(table);
        if a.max(b) >= list_len {
            return false;
        }
        match table {
            GOALS => self.goals.swap(a, b),
            _ => self.conflicts.swap(a, b),
        }
        true
    }

    fn pairing(&self) -> Option<Pairing> {
        Some(Pairing {
            from: GOALS,
            into: CONFLICTS,
            prompt: T::PICK_CONFLICT,
            needs_two: T::CONFLICT_NEEDS_TWO,
        })
    }

    fn pair(&mut self, a: usize, b: usize) -> Result<usize, Words> {
        let id = |row: usize| self.goals.get(row).map(|g| g.id);
        let (Some(a), Some(b)) = (id(a), id(b)) else {
            return Err(T::CONFLICT_NEEDS_TWO);
        };
        if a == b || self.has_conflict(a, b) {
            return Err(T::CONFLICT_EXISTS);
        }
        self.conflicts.push(Conflict {
            between: (a, b),
            note: String::new(),
        });
        Ok(self.conflicts.len() - 1)
    }
}

fn read_goal(goal: &Goal, column: u8, l: Language) -> String {
    match column {
        STATEMENT => goal.statement.clone(),
        METRIC => goal.metric.clone(),
        BASELINE => show::number(goal.baseline, l),
        TARGET => show::number(goal.target, l),
        UNIT => goal.unit.clone(),
        HORIZON => show::date(goal.horizon, l),
        OWNER => goal.owner.clone(),
        CONTRIBUTORS => goal.contributors.join(", "),
        BUDGET_SHARE => show::percent(goal.budget_share, l),
        _ => String::new(),
    }
}

fn write_goal(goal: &mut Goal, column: u8, value: &Value) -> bool {
    match column {
        STATEMENT => value.put_text(&mut goal.statement),
        METRIC => value.put_text(&mut goal.metric),
        BASELINE => value.put_number(&mut goal.baseline),
        TARGET => value.put_number(&mut goal.target),
        UNIT => value.put_text(&mut goal.unit),
        HORIZON => value.put_date(&mut goal.horizon),
        OWNER => value.put_text(&mut goal.owner),
        CONTRIBUTORS => value.put_list(&mut goal.contributors),
        BUDGET_SHARE => value.put_number(&mut goal.budget_share),
        _ => false,
    }
}
