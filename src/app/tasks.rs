//! Next steps from anywhere: one key turns the item under the cursor — a goal, an
//! agreement, a parking-lot topic, a revealed round, a field — into a task on the step
//! that collects them, whose who and by-when are typed there at once; leaving the task's
//! form goes back to where the room was.

use std::time::Duration;

use super::fields::{self, Field, Slot};
use super::lists::List;
use super::{Overlay, Workshop};
use crate::i18n::{Label, t};
use crate::model::Ask;

/// What the item under the cursor is, in a few words, and where it comes from.
fn item(w: &Workshop, overlay: Option<Overlay>) -> (String, String) {
    let l = w.session.language;
    let step = w
        .current()
        .map(|s| s.title.get(l).to_owned())
        .unwrap_or_default();
    if overlay == Some(Overlay::List(List::Parking)) {
        let topic = w
            .session
            .parking_lot
            .get(w.list_row)
            .cloned()
            .unwrap_or_default();
        return (topic, t(l, Label::ParkingLot).to_owned());
    }
    if let Some(round) = w.shown_round().filter(|r| r.revealed.is_some()) {
        // What the room found, not only what it was asked: the winner of a vote, the
        // median of an estimate or of the scale, as presentation mode says it.
        let what = match (&round.ask, crate::i18n::round_found(round, l)) {
            (Ask::Dots(_), Some(winner)) => winner,
            (_, Some(found)) => format!("{}: {found}", round.question),
            (_, None) => round.question.clone(),
        };
        return (what, format!("{step}: {}", round.question));
    }
    match w.current_slot() {
        Some(Slot::Table(table)) if w.row_count(table) > 0 => {
            let row = w.row(table);
            let Some(record) = w.record() else {
                return (String::new(), step);
            };
            // `Gemeinsame Ziele: Ziel 3`: which row, by the number the room sees.
            let from = format!("{step}: {} {}", record.row_label(table).get(l), row + 1);
            (record.row_title(table, row, l), from)
        }
        Some(Slot::Field(field)) if field != Field::Notes => {
            (fields::read(&w.session, w.step, field), step)
        }
        _ => (String::new(), step),
    }
}

/// Makes the task and opens it for typing. `false` (with the reason in `status`) where
/// the session has no step that collects next steps.
pub(super) fn make(
    w: &mut Workshop,
    overlay: &mut Option<Overlay>,
    status: &mut Option<String>,
    clock: Duration,
) -> bool {
    let l = w.session.language;
    let Some(target) = w
        .session
        .steps
        .iter()
        .rposition(|s| s.result.record().takes_tasks())
    else {
        *status = Some(t(l, Label::NoTaskStep).to_owned());
        return false;
    };
    let (what, from) = item(w, *overlay);
    let what = crate::text::one_line(what.trim()).into_owned();
    let from = crate::text::one_line(from.trim()).into_owned();
    let came_from = w.step;
    *overlay = None;
    w.round_shown = false;
    w.enter_step(target, clock);
    w.remember_step();
    let Some(field) = w
        .session
        .steps
        .get_mut(target)
        .and_then(|s| s.result.record_mut().add_task(&what, &from))
    else {
        w.undo.pop();
        return false;
    };
    w.changed();
    if target != came_from {
        w.return_to = Some(came_from);
    }
    if let Field::Cell { table, row, column } = field {
        w.slot = w
            .slots()
            .iter()
            .position(|s| *s == Slot::Table(table))
            .unwrap_or(0);
        w.rows[table.index()] = row;
        w.detail = Some(usize::from(column));
    }
    *status = Some(t(l, Label::TaskMade).to_owned());
    true
}
