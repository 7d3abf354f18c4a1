//! The room of phones on the wall's side: answers and late arrivals from phones become
//! changes of the session here, in `update`, like keys; the room's panel (QR code and
//! address) opens and closes with one key.

use std::time::Duration;

use super::{App, Overlay, Screen, Undo};
use crate::i18n::{Label, t};
use crate::model::{Participant, Reply};

/// The open room as the wall shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomInfo {
    /// The join address, upper case (what the QR code holds).
    pub url: String,
    /// The secret in groups of four, for reading aloud.
    pub code: String,
    /// The network interface served on, when known.
    pub interface: String,
    /// Who answers from a phone (`Participant::key`: name and department): counted on
    /// the panel, marked in the participants.
    pub phones: Vec<String>,
    /// The QR code of `url`, made once when the room opens, not in every frame.
    pub qr: Vec<Vec<bool>>,
    /// When the room opened (the app's clock) and whether any phone has joined since:
    /// a room nobody reached for a minute says what to try.
    pub opened_at: Duration,
    pub ever_joined: bool,
    /// Phones can reach it (not `--bind 127.0.0.1`): the firewall has a say.
    pub beyond_this_laptop: bool,
}

impl RoomInfo {
    /// No phone in the first minute: phones may not reach this laptop at all.
    pub fn unreached(&self, clock: Duration) -> bool {
        !self.ever_joined && clock.saturating_sub(self.opened_at) >= Duration::from_secs(60)
    }
}

/// An answer from a phone to the round opened at `round`: taken if that round still
/// collects, refused with the reason otherwise.
pub(super) fn answer(
    app: &mut App,
    who: &Participant,
    round: &str,
    reply: Reply,
) -> Result<(), String> {
    let l = app.ui_language();
    let now = app.clock;
    let Screen::Workshop(w) = &mut app.screen else {
        return Err(t(l, Label::RoomStale).to_owned());
    };
    let at = w.opened.after(now);
    let found = w
        .session
        .steps
        .iter()
        .enumerate()
        .find_map(|(index, step)| {
            step.rounds
                .iter()
                .position(|r| r.is_open() && r.opened.to_string() == round)
                .map(|position| (index, position))
        });
    let Some((index, position)) = found else {
        return Err(t(l, Label::RoomStale).to_owned());
    };
    // Kept before and remembered only when taken: a refused answer leaves undo and redo
    // as they were.
    let before = w.session.steps[index].clone();
    let taken = w.session.steps[index].rounds[position].answer_among(
        who,
        &w.session.participants,
        reply,
        at,
    );
    match taken {
        Ok(()) => {
            w.remember(Undo::Step {
                index,
                before: Box::new(before),
            });
            w.changed();
            super::round_flow::reveal_if_all(w, index, at);
            Ok(())
        }
        Err(crate::model::round::Refusal::TooManyDots) => {
            Err(t(l, Label::RoundTooManyDots).to_owned())
        }
        Err(crate::model::round::Refusal::NoSuchItem) => {
            Err(t(l, Label::RoundNoSuchItem).to_owned())
        }
        Err(crate::model::round::Refusal::Closed) => Err(t(l, Label::RoomStale).to_owned()),
        Err(_) => Err(t(l, Label::RoundEmptyAnswer).to_owned()),
    }
}

/// A late arrival who joined from a phone is added to the participants, unless the
/// list has them already or somebody they could not be told apart from (the room
/// refuses such a phone; this is what holds should two join at once).
pub(super) fn joined(app: &mut App, person: Participant) {
    let Screen::Workshop(w) = &mut app.screen else {
        return;
    };
    if w.read_only
        || crate::model::participant::clash_with(&w.session.participants, &person, None).is_some()
    {
        return;
    }
    w.remember(Undo::Lists {
        parking: w.session.parking_lot.clone(),
        participants: w.session.participants.clone(),
    });
    w.session.participants.push(person);
    w.changed();
}

/// A phone waiting to hear whether its answer is in: told once the save that holds it
/// is done.
pub type Ack = tokio::sync::oneshot::Sender<Result<(), String>>;

/// Takes a phone's answer. "Angekommen" only once it is on disk, where a crash cannot
/// take it: the phone hears when the save of this generation (or a later one) is done;
/// a refusal it hears at once.
pub(super) fn answer_and_ack(
    app: &mut App,
    who: &Participant,
    round: &str,
    reply: Reply,
    done: Ack,
) {
    let result = answer(app, who, round, reply);
    match (result, app.workshop()) {
        (Ok(()), Some(w)) if !w.read_only => app.acks.push((w.generation, done)),
        // The phone may have given up waiting; the answer counts all the same.
        (result, _) => {
            let _ = done.send(result);
        }
    }
}

/// The writer saved `generation`: the phones whose answers it holds hear that they are in.
pub(super) fn acknowledge_saved(acks: &mut Vec<(u64, Ack)>, generation: u64) {
    let (saved, waiting) = std::mem::take(acks)
        .into_iter()
        .partition(|(answered, _)| *answered <= generation);
    *acks = waiting;
    for (_, done) in saved {
        let _ = done.send(Ok(()));
    }
}

/// Windows and macOS ask about the firewall the moment the room listens: the wall says
/// what to answer first (the loop draws it before the room opens).
pub(super) fn opening(app: &mut App, beyond_this_laptop: bool) {
    let platform = crate::i18n::Platform::current();
    if let Some(label) = crate::i18n::firewall_line(platform, beyond_this_laptop) {
        app.status = Some(t(app.ui_language(), label).to_owned());
    }
}

pub(super) fn opened(app: &mut App, result: Result<RoomInfo, String>) {
    match result {
        Ok(mut info) => {
            info.opened_at = app.clock;
            app.room = Some(info);
            app.overlay = Some(Overlay::Room);
        }
        Err(reason) => app.status = Some(reason),
    }
}

pub(super) fn closed(app: &mut App) {
    let l = app.ui_language();
    app.room = None;
    if app.overlay == Some(Overlay::Room) {
        app.overlay = None;
    }
    app.status = Some(t(l, Label::RoomClosedNow).to_owned());
}
