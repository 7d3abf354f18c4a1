//! `seam diff`: what changed between two versions of a session (or a session and its
//! follow-up), in words a participant understands — `Step 4 „Agreements“: agreement 1
//! „Marketing → Vertrieb“: Quantity 80 pro Monat → 100 pro Monat` — not a text diff.
//!
//! It reads every step through its kind's fields and tables (`Form`), so a new kind is
//! compared without code of its own. Rows are matched by position.

use crate::exercises::field::{Field, Slot, Table};
use crate::exercises::kind::Kind;
use crate::i18n::{Label, Words, t};
use crate::model::Language;
use crate::record::{Session, Step};
use crate::text::one_line;

const ADDED: Words = Words::new("neu", "added");
const REMOVED: Words = Words::new("entfernt", "removed");
const TITLE: Words = Words::new("Titel", "Title");
const OTHER_EXERCISE: Words = Words::new("jetzt eine andere Übung", "now a different exercise");
const TIMEBOX: Words = Words::new("Zeitrahmen", "Timebox");
const EMPTY: Words = Words::new("(leer)", "(empty)");

/// The changes from `old` to `new`, one line each, in the language `l`; empty when the
/// two say the same.
pub fn changes(old: &Session, new: &Session, l: Language) -> Vec<String> {
    let mut out = Vec::new();
    if old.title.trim() != new.title.trim() {
        out.push(format!(
            "{}: {}",
            TITLE.get(l),
            change(&old.title, &new.title, l)
        ));
    }
    let people = |s: &Session| -> Vec<String> {
        s.participants.iter().map(|p| p.with_department()).collect()
    };
    list(
        &mut out,
        t(l, Label::Participants),
        &people(old),
        &people(new),
        l,
    );
    let steps = old.steps.len().max(new.steps.len());
    for index in 0..steps {
        let name = |s: &Session| {
            s.steps
                .get(index)
                .map(|step| one_line(step.title.get(l)).into_owned())
        };
        let heading = format!(
            "{} {} „{}“",
            t(l, Label::Step),
            index + 1,
            name(new).or_else(|| name(old)).unwrap_or_default()
        );
        match (old.steps.get(index), new.steps.get(index)) {
            (Some(before), Some(after)) => step(&mut out, &heading, before, after, l),
            (None, Some(_)) => out.push(format!("{heading}: {}", ADDED.get(l))),
            (Some(_), None) => out.push(format!("{heading}: {}", REMOVED.get(l))),
            (None, None) => {}
        }
    }
    list(
        &mut out,
        t(l, Label::ParkingLot),
        &old.parking_lot,
        &new.parking_lot,
        l,
    );
    out
}

fn step(out: &mut Vec<String>, heading: &str, before: &Step, after: &Step, l: Language) {
    if before.timebox_minutes != after.timebox_minutes {
        out.push(format!(
            "{heading}: {}: {} → {} {}",
            TIMEBOX.get(l),
            before.timebox_minutes,
            after.timebox_minutes,
            t(l, Label::Minutes)
        ));
    }
    if before.notes.trim() != after.notes.trim() {
        out.push(format!(
            "{heading}: {}: {}",
            t(l, Label::Notes),
            change(&before.notes, &after.notes, l)
        ));
    }
    if before.result.kind() != after.result.kind() {
        out.push(format!("{heading}: {}", OTHER_EXERCISE.get(l)));
        return;
    }
    let (old, new) = (before.result.record(), after.result.record());
    for slot in new.slots() {
        match *slot {
            Slot::Field(Field::Notes) => {}
            Slot::Field(field) => {
                if let Some(line) = field_change(old, new, field, l) {
                    out.push(format!("{heading}: {line}"));
                }
            }
            Slot::Table(table) => rows(out, heading, (old, new), table, l),
        }
    }
}

/// `Label: old → new` when a field reads differently.
fn field_change(old: &dyn Kind, new: &dyn Kind, field: Field, l: Language) -> Option<String> {
    let (before, after) = (old.read(field, l), new.read(field, l));
    if before.trim() == after.trim() {
        return None;
    }
    let label = new.spec(field).map_or("", |s| s.label.get(l));
    Some(format!("{label}: {}", change(&before, &after, l)))
}

fn rows(
    out: &mut Vec<String>,
    heading: &str,
    (old, new): (&dyn Kind, &dyn Kind),
    table: Table,
    l: Language,
) {
    let label = new.row_label(table).get(l);
    let name = |kind: &dyn Kind, row: usize| {
        let first = one_line(kind.read(table.cell(row, 0), l).trim()).into_owned();
        let mut shown: String = first.chars().take(40).collect();
        if first.chars().count() > 40 {
            shown.push('…');
        }
        format!("{label} {} „{shown}“", row + 1)
    };
    for row in 0..old.rows(table).max(new.rows(table)) {
        match (row < old.rows(table), row < new.rows(table)) {
            (true, true) => {
                for column in 0..new.columns(table) {
                    let field = table.cell(row, column);
                    if let Some(line) = field_change(old, new, field, l) {
                        out.push(format!("{heading}: {}: {line}", name(new, row)));
                    }
                }
            }
            (false, true) => out.push(format!("{heading}: {}: {}", ADDED.get(l), name(new, row))),
            (true, false) => {
                out.push(format!("{heading}: {}: {}", REMOVED.get(l), name(old, row)));
            }
            (false, false) => {}
        }
    }
}

/// Entries of a plain list that came or went.
fn list(out: &mut Vec<String>, label: &str, old: &[String], new: &[String], l: Language) {
    for gone in old.iter().filter(|e| !new.contains(e)) {
        out.push(format!(
            "{label}: {}: {}",
            REMOVED.get(l),
            one_line(gone.trim())
        ));
    }
    for came in new.iter().filter(|e| !old.contains(e)) {
        out.push(format!(
            "{label}: {}: {}",
            ADDED.get(l),
            one_line(came.trim())
        ));
    }
}

/// `old → new`, each on one line, `(empty)` for nothing.
fn change(before: &str, after: &str, l: Language) -> String {
    let shown = |text: &str| {
        let text = one_line(text.trim()).into_owned();
        if text.is_empty() {
            EMPTY.get(l).to_owned()
        } else {
            text
        }
    };
    format!("{} → {}", shown(before), shown(after))
}
