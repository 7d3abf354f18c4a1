//! The step's clock: time on the current step across visits and restarts, the pause,
//! booking a visit into the record, and the clock of an untouched session, which waits
//! for the room's first work rather than counting the preparation as time on step 1.

use std::time::Duration;

use crate::record::Session;

use super::Workshop;

/// The running step's time is booked (and so saved) at least this often: a crash, a
/// power cut loses no more of the clock than this.
const BOOK_EVERY: Duration = Duration::from_secs(20);

/// On every tick: time on the step not booked for `BOOK_EVERY` is booked now, so the
/// writer saves it and a `kill -9` does not set the step's clock back.
pub(super) fn keep_time(app: &mut super::App) {
    let clock = app.clock;
    if let super::Screen::Workshop(w) = &mut app.screen
        && !w.read_only
        && w.paused_at.is_none()
        && clock.saturating_sub(w.entered_at) >= BOOK_EVERY
    {
        w.book_time(clock);
    }
}

/// No step worked on yet: no time booked, no entry, no round.
pub(super) fn untouched(session: &Session) -> bool {
    session
        .steps
        .iter()
        .all(|s| s.spent_seconds == 0 && !s.result.is_started() && s.rounds.is_empty())
}

impl Workshop {
    /// Time on the current step, this visit and earlier ones (also before a restart).
    pub fn time_on_step(&self, clock: Duration) -> Duration {
        let before = self.current().map_or(0, |s| s.spent_seconds);
        let now = self.paused_at.unwrap_or(clock);
        Duration::from_secs(before) + now.saturating_sub(self.entered_at)
    }

    /// The workshop is on screen from `clock` on: the visit starts now (a waiting clock
    /// still waits).
    pub fn arrive(&mut self, clock: Duration) {
        self.entered_at = clock;
        if self.paused_at.is_some() {
            self.paused_at = Some(clock);
        }
    }

    /// Starts a waiting clock once the room works: the first entry or round in any step,
    /// another step, or the pause key (which then starts it rather than stopping it).
    pub fn start_clock_at_work(&mut self, clock: Duration) {
        let Some(step) = self.clock_waits else {
            return;
        };
        if self.paused_at.is_none() {
            self.clock_waits = None;
        } else if self.step != step || !untouched(&self.session) {
            self.clock_waits = None;
            self.pause(false, clock);
        }
    }

    /// Stops or restarts the step's timer.
    pub fn pause(&mut self, paused: bool, clock: Duration) {
        match (self.paused_at, paused) {
            (None, true) => self.paused_at = Some(clock),
            (Some(since), false) => {
                // The paused time never counts: the visit starts that much later.
                self.entered_at += clock.saturating_sub(since);
                self.paused_at = None;
            }
            _ => {}
        }
    }

    /// Books the time of this visit into the record, as the room leaves the step or
    /// seam closes. Whole seconds; the part of a second stays with the visit.
    pub fn book_time(&mut self, clock: Duration) {
        let clock = self.paused_at.unwrap_or(clock);
        let visit = clock.saturating_sub(self.entered_at);
        if visit.as_secs() == 0 {
            return;
        }
        if let Some(step) = self.session.steps.get_mut(self.step) {
            step.spent_seconds = step.spent_seconds.saturating_add(visit.as_secs());
        }
        self.entered_at += Duration::from_secs(visit.as_secs());
        self.changed();
    }
}
