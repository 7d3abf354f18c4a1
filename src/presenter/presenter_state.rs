//! The presenter's view of the wall, taken from the wall's state after every change:
//! what only the facilitator needs (hints, time, the next step, who has not answered).

use std::time::Duration;

use super::protocol::{RoundStatus, Snapshot};
use crate::app::{App, Screen};
use crate::model::{Reply, Round};

/// The snapshot of the workshop on the wall; `None` on the start screen.
pub fn snapshot(app: &App) -> Option<Snapshot> {
    let Screen::Workshop(w) = &app.screen else {
        return None;
    };
    let l = w.session.language;
    let step = w.current()?;
    let on_step = w.time_on_step(app.clock);
    let spent_before: u64 = w
        .session
        .steps
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != w.step)
        .map(|(_, s)| s.spent_seconds)
        .sum();
    let later: u32 = w
        .session
        .steps
        .iter()
        .skip(w.step + 1)
        .map(|s| s.timebox_minutes)
        .sum();
    let left_here = (u64::from(step.timebox_minutes) * 60).saturating_sub(on_step.as_secs());
    let end = w
        .opened
        .after(app.clock + Duration::from_secs(left_here + u64::from(later) * 60));
    Some(Snapshot {
        language: l,
        title: w.session.title.clone(),
        step: w.step,
        steps: w.session.steps.len(),
        step_title: step.title.get(l).to_owned(),
        question: step.question.get(l).to_owned(),
        hints: step.hints.iter().map(|h| h.get(l).to_owned()).collect(),
        next_step: w
            .session
            .steps
            .get(w.step + 1)
            .map(|s| s.title.get(l).to_owned()),
        timebox_minutes: step.timebox_minutes,
        on_step_seconds: on_step.as_secs(),
        paused: w.paused_at.is_some(),
        agenda_minutes: w.session.steps.iter().map(|s| s.timebox_minutes).sum(),
        agenda_spent_seconds: spent_before + on_step.as_secs(),
        expected_end: end.time_of_day(),
        round: w
            .current()
            .and_then(|s| s.rounds.last())
            .map(|r| round_status(r, &w.session.participants, l)),
        parking_lot: w.session.parking_lot.clone(),
        presenting: w.presenting,
        blank: w.blank,
        clean: w.clean,
        status: app.status.clone(),
        facilitator_notes: step.facilitator_notes.clone(),
        room_phones: app.room.as_ref().map(|r| r.phones.len()),
    })
}

fn round_status(
    round: &Round,
    people: &[crate::model::Participant],
    l: crate::model::Language,
) -> RoundStatus {
    let (answered, waiting): (Vec<_>, Vec<_>) = people
        .iter()
        .filter(|p| round.asks(p))
        .partition(|p| round.answered_by(p));
    let open_anonymous = round.anonymous && round.is_open();
    let screen = round.screen();
    RoundStatus {
        question: round.question.clone(),
        revealed: round.revealed.is_some(),
        // Beside the words of an anonymous round no list of names: the count says it.
        answered: if round.anonymous {
            Vec::new()
        } else {
            answered.iter().map(|p| p.with_department()).collect()
        },
        // Revealed anonymously, nobody can be said to be missing: whose the answers are
        // is not known (after a restart not even to seam).
        waiting: if round.anonymous && !round.is_open() {
            Vec::new()
        } else {
            waiting.iter().map(|p| p.with_department()).collect()
        },
        count: round.answered_count(people),
        asked: people.iter().filter(|p| round.asks(p)).count(),
        // As the wall would name them: `#n` in an anonymous round once revealed, and
        // nobody while it collects.
        answers: screen
            .iter()
            .enumerate()
            .map(|(i, (reply, _))| {
                let who = if open_anonymous {
                    String::new()
                } else {
                    round.shown_name(i)
                };
                (who, reply_in_words(reply, round, l))
            })
            .collect(),
        held_back: screen.iter().map(|(_, held)| *held).collect(),
        screened: round.is_open() && round.ask == crate::model::Ask::Text,
        anonymous: round.anonymous,
        unscreened: round.unscreened(),
        too_few: crate::app::round_flow::shows_too_few(round, people)
            .then(|| crate::app::round_flow::too_few(l)),
    }
}

fn reply_in_words(reply: &Reply, round: &Round, l: crate::model::Language) -> String {
    match reply {
        Reply::Amount { euros, units } => format!(
            "{} · {}",
            crate::export::euros(*euros, l),
            crate::export::units(*units, l)
        ),
        Reply::Dots(dots) => match &round.ask {
            crate::model::Ask::Dots(vote) => vote
                .items
                .iter()
                .zip(dots)
                .filter(|(_, n)| **n > 0)
                .map(|(item, n)| format!("{n} × {item}"))
                .collect::<Vec<_>>()
                .join(", "),
            _ => String::new(),
        },
        Reply::Scale(c) => crate::i18n::closeness(l, *c).to_owned(),
        Reply::Text(text) => text.clone(),
    }
}
