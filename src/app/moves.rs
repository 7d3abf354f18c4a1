//! Moving around a session: between fields and rows, between steps, and the minutes
//! of a break.

use std::time::Duration;

use super::fields::Slot;
use super::keymap::Action;
use super::{Overlay, Workshop};
use crate::exercises::field::MAX_TABLES;

/// What F7/F8 and Ctrl-T's neighbours change a timebox or a break by.
pub(super) const TIMER_STEP_MINUTES: u32 = 5;

/// Moves to step `next`; a read-only session is looked around in without booking time
/// or moving its marker.
/// `PgDn` on the last step (its items all shown, when presenting): the agenda's end says
/// what comes next instead of doing nothing. `true` when it was the end.
pub(super) fn at_the_end(w: &Workshop, status: &mut Option<String>) -> bool {
    let last = w.step + 1 >= w.session.steps.len();
    if last {
        let l = w.session.language;
        *status = Some(crate::i18n::t(l, crate::i18n::Label::AgendaEnd).to_owned());
    }
    last
}

pub(super) fn go_to_step(w: &mut Workshop, next: usize, clock: Duration) {
    if !w.read_only {
        w.enter_step(next, clock);
    } else if next != w.step {
        w.step = next.min(w.session.steps.len().saturating_sub(1));
        w.entered_at = clock;
        w.slot = 0;
        w.item = 0;
        w.detail = None;
        w.rows = [0; MAX_TABLES];
    }
}

pub(super) fn move_cursor(w: &mut Workshop, down: bool) {
    if let Some(d) = w.detail {
        let n = w.current_slot().map_or(1, |s| match s {
            Slot::Table(t) => usize::from(w.columns(t)).max(1),
            Slot::Field(_) => 1,
        });
        w.detail = Some(if down {
            (d + 1).min(n - 1)
        } else {
            d.saturating_sub(1)
        });
        return;
    }
    if let Some(Slot::Table(table)) = w.current_slot() {
        let rows = w.row_count(table);
        let row = w.row(table);
        if down && row + 1 < rows {
            w.rows[table.index()] = row + 1;
            return;
        }
        if !down && row > 0 {
            w.rows[table.index()] = row - 1;
            return;
        }
    }
    let n = w.slots().len();
    if down && w.slot + 1 < n {
        w.slot += 1;
    } else if !down && w.slot > 0 {
        w.slot -= 1;
    }
}

pub(super) fn move_slot(w: &mut Workshop, forward: bool) {
    let n = w.slots().len().max(1);
    w.slot = if forward {
        (w.slot + 1) % n
    } else {
        (w.slot + n - 1) % n
    };
    w.detail = None;
}

/// Keys during a break: longer, shorter, or back to work (the timer runs again if it ran
/// before).
pub(super) fn on_break(
    w: &mut Workshop,
    overlay: &mut Option<Overlay>,
    (ends_at, resume): (Duration, bool),
    action: Action,
    clock: Duration,
) {
    let step = Duration::from_secs(u64::from(TIMER_STEP_MINUTES) * 60);
    match action {
        Action::TimerPlus => {
            *overlay = Some(Overlay::Break {
                ends_at: ends_at.max(clock) + step,
                resume,
            });
        }
        Action::TimerMinus => {
            // Never less than a minute left: the big clock should not jump to zero.
            let floor = clock + Duration::from_secs(60);
            *overlay = Some(Overlay::Break {
                ends_at: ends_at.saturating_sub(step).max(floor.min(ends_at)),
                resume,
            });
        }
        Action::Back => {
            *overlay = None;
            if resume {
                w.pause(false, clock);
            }
        }
        _ => {}
    }
}

/// Presenting: moves to the step's next (or previous) item; `false` at the end (or the
/// start), where the next key moves to another step. A round on screen has no items.
pub(super) fn next_item(w: &mut Workshop, forward: bool) -> bool {
    let count = match w.presented_items().len() {
        _ if w.round_shown => 0,
        // One item is the step's headline: nothing to page through.
        1 => 0,
        n => n,
    };
    match forward {
        true if w.item + 1 < count => w.item += 1,
        false if w.item > 0 && count > 0 => w.item = (w.item - 1).min(count - 1),
        _ => return false,
    }
    true
}
