//! `seam diff`: what changed between two versions of a session (or a session and its
//! follow-up), in words a participant understands — `Schritt 4 „Vereinbarungen“:
//! Vereinbarung „Marketing → Vertrieb: vertriebsreife Leads“: Menge: 70 pro Monat → 100
//! pro Monat` — not a text diff. Everything the handout shows is compared: the title,
//! participants, each step's fields and tables, its rounds, its time and notes, the
//! parking lot; nothing it leaves out (the facilitator's notes, hints, who is answering
//! an anonymous round).
//!
//! It reads every step through its kind's fields and tables (`Form`), and a kind without
//! a table on its form through the tables it exports (the pulse's readings), so a new
//! kind is compared without code of its own. Steps are matched by kind and title, rows
//! by what identifies them (`diff_rows.rs`), rounds by their question
//! (`diff_rounds.rs`); a changed text shows its changed words (`diff_words.rs`).

#[path = "diff_rounds.rs"]
mod diff_rounds;
#[path = "diff_rows.rs"]
mod diff_rows;
#[path = "diff_words.rs"]
mod diff_words;

pub use self::diff_words::Marks;

use crate::exercises::field::{Field, Slot, Table};
use crate::exercises::kind::{Cell, DataTable, Kind};
use crate::i18n::{Label, Words, t};
use crate::model::money::format_number;
use crate::model::time::show_date;
use crate::model::{Euros, Language};
use crate::record::{Session, Step, Steps};

use self::diff_rows::{ADDED, Grid, REMOVED, Row, Say, list, move_line, moved, numbered, pair};
use self::diff_words::{change, shown};

const TITLE: Words = Words::new("Titel", "Title");
const QUESTION: Words = Words::new("Frage", "Question");
const TIMEBOX: Words = Words::new("Zeitrahmen", "Timebox");
const SPENT: Words = Words::new("Zeit gebraucht", "Time taken");
const NO_CHANGES: Words = Words::new("Keine Änderungen", "No changes");
/// Of a step only one of two different sessions has (a session and its follow-up):
/// neither removed nor added, just not in the other.
const ONLY_FIRST: Words = Words::new("nur in der ersten Sitzung", "only in the first session");
const ONLY_SECOND: Words = Words::new("nur in der zweiten Sitzung", "only in the second session");

/// What `seam diff` says when two versions say the same.
pub fn no_changes(l: Language) -> &'static str {
    NO_CHANGES.get(l)
}

/// The changes from `old` to `new`, one line each, in the language `l`, changed words
/// marked `[-so-]{+so+}`; empty when the two say the same.
pub fn changes(old: &Session, new: &Session, l: Language) -> Vec<String> {
    changes_marked(old, new, l, Marks::Plain)
}

/// The changes, with changed words marked as `marks` says.
pub fn changes_marked(old: &Session, new: &Session, l: Language, marks: Marks) -> Vec<String> {
    let mut out = Vec::new();
    let say = Say {
        l,
        marks,
        heading: "",
    };
    if shown(&old.title) != shown(&new.title) {
        let text = format!(
            "{}: {}",
            TITLE.get(l),
            change(&old.title, &new.title, l, marks)
        );
        say.line(&mut out, &text);
    }
    let people = |s: &Session| -> Vec<String> {
        s.participants.iter().map(|p| p.with_department()).collect()
    };
    let heading = t(l, Label::Participants);
    list(&mut out, Say { heading, ..say }, &people(old), &people(new));
    steps(&mut out, say, old, new);
    let heading = t(l, Label::ParkingLot);
    list(
        &mut out,
        Say { heading, ..say },
        &old.parking_lot,
        &new.parking_lot,
    );
    out
}

/// The session as it was before it was written at all: its title and nothing else. What
/// git hands a diff driver for a file that is added or deleted is `/dev/null`; compared
/// with this, every step and person reads as added (or removed).
pub fn nothing_like(session: &Session) -> Session {
    Session {
        participants: Vec::new(),
        steps: Steps::default(),
        parking_lot: Vec::new(),
        ..session.clone()
    }
}

/// The steps matched by kind and title — a step retitled by kind alone, in order — then
/// each pair compared; a step only one side has says so.
fn steps(out: &mut Vec<String>, say: Say, old: &Session, new: &Session) {
    let l = say.l;
    let key = |step: &Step| format!("{:?}\u{1f}{}", step.result.kind(), shown(step.title.get(l)));
    let keys = |s: &Session| numbered(s.steps.iter().map(key).collect());
    let pairs = pair(&keys(old), &keys(new), |o, n| {
        if old.steps[o].result.kind() == new.steps[n].result.kind() {
            0.5
        } else {
            0.0
        }
    });
    let moves = moved(&pairs);
    // Two versions of one session add and remove steps; a follow-up has steps of its own.
    let (gone, came) = if old.id == new.id {
        (REMOVED, ADDED)
    } else {
        (ONLY_FIRST, ONLY_SECOND)
    };
    let heading = |index: usize, step: &Step| {
        format!(
            "{} {} „{}“",
            t(l, Label::Step),
            index + 1,
            shown(step.title.get(l))
        )
    };
    for (o, step) in old.steps.iter().enumerate() {
        if !pairs.contains(&Some(o)) {
            say.line(out, &format!("{}: {}", heading(o, step), gone.get(l)));
        }
    }
    for (n, after) in new.steps.iter().enumerate() {
        let heading = heading(n, after);
        let Some(o) = pairs[n] else {
            say.line(out, &format!("{heading}: {}", came.get(l)));
            continue;
        };
        if moves[n] {
            let name = format!("{} „{}“", t(l, Label::Step), shown(after.title.get(l)));
            say.line(out, &move_line(&name, o, n, l));
        }
        step(
            out,
            Say {
                heading: &heading,
                ..say
            },
            &old.steps[o],
            after,
        );
    }
}

fn step(out: &mut Vec<String>, say: Say, before: &Step, after: &Step) {
    let (l, marks) = (say.l, say.marks);
    let text = |out: &mut Vec<String>, label: &str, a: &str, b: &str| {
        if shown(a) != shown(b) {
            say.line(out, &format!("{label}: {}", change(a, b, l, marks)));
        }
    };
    text(out, TITLE.get(l), before.title.get(l), after.title.get(l));
    text(
        out,
        QUESTION.get(l),
        before.question.get(l),
        after.question.get(l),
    );
    let minutes = |label: Words, a: u64, b: u64, out: &mut Vec<String>| {
        if a != b {
            let unit = t(l, Label::Minutes);
            say.line(out, &format!("{}: {a} → {b} {unit}", label.get(l)));
        }
    };
    minutes(
        TIMEBOX,
        u64::from(before.timebox_minutes),
        u64::from(after.timebox_minutes),
        out,
    );
    // As the handout's chart shows it: whole minutes begun.
    minutes(
        SPENT,
        before.spent_seconds.div_ceil(60),
        after.spent_seconds.div_ceil(60),
        out,
    );
    text(out, t(l, Label::Notes), &before.notes, &after.notes);
    record(out, say, before.result.record(), after.result.record());
    diff_rounds::compare(out, say, (before, after));
}

/// The kind's fields and tables; a kind whose form has no table, through the tables it
/// exports (what the pulse's rounds placed lives there only).
fn record(out: &mut Vec<String>, say: Say, old: &dyn Kind, new: &dyn Kind) {
    let mut tables = false;
    for slot in new.slots() {
        match *slot {
            Slot::Field(Field::Notes) => {}
            Slot::Field(field) => {
                let (a, b) = (old.read(field, say.l), new.read(field, say.l));
                if shown(&a) != shown(&b) {
                    let label = new.spec(field).map_or("", |s| s.label.get(say.l));
                    let text = format!("{label}: {}", change(&a, &b, say.l, say.marks));
                    say.line(out, &text);
                }
            }
            Slot::Table(table) => {
                tables = true;
                let columns = new.columns(table);
                diff_rows::compare(
                    out,
                    say,
                    &form_grid(old, table, columns, say.l),
                    &form_grid(new, table, columns, say.l),
                );
            }
        }
    }
    if tables {
        return;
    }
    for name in new.tables() {
        let grid = |kind: &dyn Kind| kind.table(name, say.l).map(|t| data_grid(t, say.l));
        if let (Some(a), Some(b)) = (grid(old), grid(new)) {
            diff_rows::compare(out, say, &a, &b);
        }
    }
}

/// A table of the kind's form, each cell as the form shows it.
fn form_grid(kind: &dyn Kind, table: Table, columns: u8, l: Language) -> Grid {
    Grid {
        row: kind.row_label(table).get(l).to_owned(),
        columns: (0..columns)
            .map(|c| {
                kind.spec(table.cell(0, c))
                    .map_or_else(String::new, |s| s.label.get(l).to_owned())
            })
            .collect(),
        rows: (0..kind.rows(table))
            .map(|r| Row {
                cells: (0..columns)
                    .map(|c| kind.read(table.cell(r, c), l))
                    .collect(),
                title: kind.row_title(table, r, l),
            })
            .collect(),
    }
}

/// A table the kind exports, its row named by the table's title. Its header may begin
/// with a column the export adds to every row (the step's number): left out.
fn data_grid(table: DataTable, l: Language) -> Grid {
    let width = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    let added = table.header.len().saturating_sub(width.max(1));
    Grid {
        row: table.title,
        columns: table.header.into_iter().skip(added).collect(),
        rows: table
            .rows
            .into_iter()
            .map(|cells| Row {
                cells: cells.iter().map(|c| cell(c, l)).collect(),
                title: String::new(),
            })
            .collect(),
    }
}

/// An exported cell as the handout writes it.
fn cell(cell: &Cell, l: Language) -> String {
    let number = |d: &Option<rust_decimal::Decimal>| d.map(|d| format_number(d, l));
    match cell {
        Cell::Text(text) => text.clone(),
        Cell::Money(value) => value
            .and_then(Euros::new)
            .map(|e| e.full(l))
            .unwrap_or_default(),
        Cell::Count(value) => value.map(|v| v.to_string()).unwrap_or_default(),
        Cell::Number(value) => number(value).unwrap_or_default(),
        Cell::Percent(value) => number(value).map(|n| format!("{n} %")).unwrap_or_default(),
        Cell::Date(value) => value.map(|d| show_date(d, l)).unwrap_or_default(),
    }
}
