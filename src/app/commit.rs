//! The two ends of typing into a field, shared by every handler that types or moves
//! away: an editor opened on a field with its text, and what was typed stored in the
//! session (or refused, the editor kept open with the reason). Below typing, the
//! table changes and the presenter's commands, which all open or close an editor.

use super::editor::Editor;
use super::fields::{self, Table};
use super::{Undo, Workshop};

/// Stores the editor's value and closes it; `false` (editor kept open with the reason)
/// when the input does not parse.
pub(super) fn commit(w: &mut Workshop) -> bool {
    let l = w.session.language;
    let Some(editor) = &mut w.editor else {
        return true;
    };
    let value = editor.value(l).and_then(|value| {
        match fields::refusal(&w.session, editor.field, &value, l) {
            Some(reason) => Err(reason),
            None => Ok(value),
        }
    });
    match value {
        Ok(value) => {
            let field = editor.field;
            let step = w.step;
            w.refused
                .retain(|(at_step, at, _, _)| (*at_step, *at) != (step, field));
            let before = fields::read(&w.session, w.step, field);
            if fields::write(&mut w.session, w.step, field, &value)
                && fields::read(&w.session, w.step, field) != before
            {
                w.changed();
            }
            w.editor = None;
            drop_unchanged_undo(w);
            true
        }
        Err(reason) => {
            // The field keeps the focus and what was typed, with the reason beside it:
            // nothing typed next can land anywhere else. Selected, so that what is typed
            // next replaces what was refused instead of being added to it.
            editor.error = Some(reason);
            editor.area.select_all();
            false
        }
    }
}

/// An edit that changed nothing leaves nothing to undo.
pub(super) fn drop_unchanged_undo(w: &mut Workshop) {
    let unchanged = match w.undo.last() {
        Some(Undo::Step { index, before }) => w.session.steps.get(*index) == Some(&**before),
        Some(Undo::Lists {
            parking,
            participants,
        }) => *parking == w.session.parking_lot && *participants == w.session.participants,
        Some(Undo::Language(language)) => *language == w.session.language,
        None => false,
    };
    if unchanged {
        w.undo.pop();
    }
}

/// An editor on `field` with its text: what was refused there and left with Tab, with
/// its reason and selected, else the field's value.
pub(super) fn editor_for(w: &Workshop, field: super::fields::Field) -> Editor {
    let kind = w.field_kind(field);
    let l = w.session.language;
    if let Some((text, reason)) = w.refused_in(field) {
        let mut editor = Editor::new(field, kind, text, l);
        editor.error = Some(reason.to_owned());
        editor.area.select_all();
        return editor;
    }
    Editor::new(field, kind, &fields::read(&w.session, w.step, field), l)
}

/// Opens the editor on the first field of `row` of `table`.
pub(super) fn open_cell(w: &mut Workshop, table: Table, row: usize) {
    w.editor = Some(editor_for(w, table.cell(row, 0)));
}
