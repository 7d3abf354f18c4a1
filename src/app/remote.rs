//! Commands from the presenter view, arriving on the one channel: each does what the
//! wall's own key does, and none cuts into what is being typed on the wall.

use serde::{Deserialize, Serialize};

use super::commit::commit;
use super::keymap::Action;
use super::{App, Overlay, Screen};
use crate::i18n::{Label, t};

/// A command from the presenter: a key's action, as the wall's own key would do it (the
/// same `Action` the keymap gives; only those in `REMOTE` are done), or one of the two
/// things only the presenter has. Typing stays on the wall's own keyboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Command {
    /// Reveal comes here after the presenter asked its own confirmation first.
    Do(Action),
    /// Holds back the open text round's answers that read `text` from the reveal, or
    /// lets them through again: the presenter saw them while peeking.
    HoldBack { text: String },
    /// The facilitator's own notes of step `step` (0-based), typed on the presenter: the
    /// only text that comes from it, and the wall writes it like any change.
    Note { step: usize, text: String },
}

/// What a presenter may do on the wall: moving, rounds, the timer, the wall's modes.
/// Nothing that types, edits or quits.
pub const REMOTE: [Action; 8] = [
    Action::NextStep,
    Action::PrevStep,
    Action::OpenRound,
    Action::Reveal,
    Action::PauseTimer,
    Action::Present,
    Action::Blank,
    Action::Clean,
];

/// Facilitator notes longer than this are cut: notes, not a manuscript.
pub const MAX_NOTE: usize = 10_000;

/// A command from the presenter: what the wall's own key does. Messages are handled in
/// the order they arrive on the one channel, so a presenter key and a wall key pressed
/// at once both happen, one after the other. Typing on the wall is never cut off: a
/// command that would leave a field first stores it, and waits if it cannot; nobody's
/// blind answer is interrupted. What is left to do is the wall's own action, which
/// `update` carries out as for a key.
pub(super) fn on_remote(app: &mut App, command: Command) -> Option<Action> {
    use Command as C;
    let l = app.ui_language();
    let Screen::Workshop(w) = &mut app.screen else {
        return None;
    };
    if let C::Note { step, text } = command {
        // Its own field of its own step: nothing typed on the wall is touched.
        let text: String = text.chars().take(MAX_NOTE).collect();
        let changes = w
            .session
            .steps
            .get(step)
            .is_some_and(|s| s.facilitator_notes != text);
        if !w.read_only && changes {
            w.remember_step_at(step);
            if let Some(target) = w.session.steps.get_mut(step) {
                target.facilitator_notes = text;
            }
            w.changed();
        }
        return None;
    }
    if let C::HoldBack { text } = &command {
        // Nothing typed on the wall is touched: the round's record only.
        let step = w.step;
        let held = !w.read_only
            && w.session
                .steps
                .get_mut(step)
                .and_then(|s| s.rounds.last_mut())
                .is_some_and(|round| round.hold_back(text));
        if held {
            w.changed_in_step(step);
        }
        return None;
    }
    if w.answering.is_some() || (w.editor.is_some() && !commit(w)) {
        app.status = Some(t(l, Label::RemoteWaits).to_owned());
        return None;
    }
    w.editor = None;
    if matches!(app.overlay, Some(Overlay::Help | Overlay::List(_))) {
        app.overlay = None;
    }
    let action = match command {
        C::Do(Action::Reveal) => {
            // The presenter asked first; the round need not be on the wall's screen.
            if w.current().is_some_and(crate::record::Step::collecting) {
                w.round_shown = true;
            }
            Action::Reveal
        }
        C::Do(action) if REMOTE.contains(&action) => action,
        C::Do(_) | C::Note { .. } | C::HoldBack { .. } => return None,
    };
    if matches!(app.overlay, Some(Overlay::Break { .. }))
        && !matches!(action, Action::Blank | Action::Clean)
    {
        return None;
    }
    w.picking = None;
    w.detail = w
        .detail
        .filter(|_| !matches!(action, Action::NextStep | Action::PrevStep));
    Some(action)
}
