//! A blind answer half typed at the shared keyboard, as the private file keeps it
//! (`record::private::Draft`): taken from the wall with each save, and put back after a
//! crash so the person goes on where they were.

use super::Workshop;
use super::editor::Editor;
use super::fields::{Field, FieldKind};
use super::round_flow::Answering;
use crate::model::Ask;
use crate::record::private::Draft;

impl Workshop {
    /// The blind answer being typed now, if any.
    pub fn draft(&self) -> Option<Draft> {
        let answering = self.answering.as_ref()?;
        let editor = self.editor.as_ref()?;
        let step = self.current()?;
        let round = step.rounds.len().checked_sub(1)?;
        Some(Draft {
            step: self.step,
            round,
            who: self.session.participants.get(answering.who)?.clone(),
            part: answering.part,
            euros: answering.euros,
            typed: editor.text(),
        })
    }

    /// Goes on with `draft` where it was typed, if its round still collects and its
    /// person is still asked; otherwise nothing happens (the answer was stored or the
    /// round revealed before the crash).
    pub fn resume(&mut self, draft: &Draft) {
        let Some(who) = self
            .session
            .participants
            .iter()
            .position(|p| p.is(&draft.who))
        else {
            return;
        };
        let Some(round) = self
            .session
            .steps
            .get(draft.step)
            .and_then(|s| s.rounds.get(draft.round))
            .filter(|r| r.is_open() && r.asks(&draft.who))
        else {
            return;
        };
        let kind = match (&round.ask, draft.part) {
            (Ask::Amount, 0) => FieldKind::Euros,
            (Ask::Amount, _) => FieldKind::Units,
            _ => FieldKind::Line,
        };
        self.step = draft.step;
        self.round_shown = true;
        self.round_row = who;
        self.answering = Some(Answering {
            who,
            part: draft.part,
            euros: draft.euros,
            peek: false,
        });
        let mut editor = Editor::masked(Field::Answer(draft.part), kind, self.session.language);
        editor.area.insert_str(&draft.typed);
        self.editor = Some(editor);
    }
}
