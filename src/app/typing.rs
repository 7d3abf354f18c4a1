//! Typing: the editor of the focused field — opened by Enter or by the first printable
//! key typed on a field, a row, a list entry or a person in a round — what it writes
//! through as it goes, and what it stores when it closes. A printable key in a session
//! types into what is focused or does nothing and says why; it is never a command.

use super::editor::Editor;
use super::fields::{self, Field, Slot};
use super::keymap::{Action, Intent};
use super::start;
use super::{App, Effect, Overlay, Screen, Workshop};
use crate::exercises::field::FieldKind;
use crate::i18n::{Label, t};
use crate::model::Moment;
use crate::model::participant::clash_with;
use ratatui_textarea::Input;

use super::changes::{open_list_entry, remember_lists, restore_last};
use super::commit::{commit, drop_unchanged_undo, editor_for};

pub(super) fn on_paste(app: &mut App, text: &str) {
    let l = app.ui_language();
    match &mut app.screen {
        Screen::Workshop(w) if w.editor.is_some() => {
            let lines: Vec<&str> = text
                .split(['\n', '\r'])
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect();
            let participant = w.editor.as_ref().and_then(|e| match e.field {
                super::fields::Field::Participant(index) => Some(index),
                _ => None,
            });
            match (participant, lines.as_slice()) {
                // A list of names pasted from a mail: one participant per line.
                (Some(index), [first, rest @ ..]) if !rest.is_empty() => {
                    if let Some(editor) = &mut w.editor {
                        editor.insert(first, l);
                    }
                    write_through(w);
                    // A line naming somebody the list has (or cannot tell from one
                    // on it) is left out and said; the others follow in their order.
                    let mut at = index + 1;
                    let mut left_out = Vec::new();
                    for line in rest {
                        let person = crate::model::Participant::from_text(line);
                        let people = &w.session.participants;
                        if let Some(earlier) = clash_with(people, &person, None) {
                            left_out.push(crate::i18n::participant_clash(
                                l,
                                earlier + 1,
                                &people[earlier],
                                &person,
                            ));
                            continue;
                        }
                        let place = at.min(w.session.participants.len());
                        w.session.participants.insert(place, person);
                        at = place + 1;
                    }
                    if !left_out.is_empty() {
                        app.status = Some(left_out.join(" "));
                    }
                    w.changed();
                }
                _ => {
                    if let Some(editor) = &mut w.editor {
                        editor.insert(text, l);
                    }
                    write_through(w);
                }
            }
        }
        Screen::Start(state) if state.form.is_some() => {
            if let Some(form) = &mut state.form {
                let line: String = text
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                match form.focus {
                    start::FormField::Title => drop(form.title.insert_str(line)),
                    start::FormField::Participants => drop(form.participants.insert_str(line)),
                    _ => {}
                }
            }
        }
        // A paste where nothing is being typed yet goes where a typed key would.
        Screen::Workshop(w) => {
            let now = w.opened.after(app.clock);
            if begin(w, app.overlay, &mut app.status, None, now) {
                on_paste(app, text);
            }
        }
        Screen::Start(_) => app.status = Some(t(l, Label::PasteHint).to_owned()),
    }
}

/// Text fields are written to the session on every key, so autosave covers what is
/// being typed; parsed fields wait for Enter.
pub(super) fn write_through(w: &mut Workshop) {
    let Some(editor) = &w.editor else { return };
    if editor.kind.is_parsed() {
        return;
    }
    let field = editor.field;
    let l = w.session.language;
    if let Ok(value) = editor.value(l)
        && fields::read(&w.session, w.step, field) != editor.text()
        && fields::write(&mut w.session, w.step, field, &value)
    {
        // Only this step's record (or a list the agenda does not mark) changed.
        w.changed_in_step(w.step);
    }
}

pub(super) fn on_editor(
    w: &mut Workshop,
    status: &mut Option<String>,
    intent: Intent,
) -> Option<Effect> {
    let l = w.session.language;
    let action = match &intent {
        Intent::Do(action) => Some(*action),
        Intent::Type(_) | Intent::Nothing => None,
    };
    match action {
        Some(Action::NewLine) => {
            if let Some(editor) = &mut w.editor {
                editor.area.insert_newline();
            }
            write_through(w);
        }
        Some(Action::ClearLine) => {
            if let Some(editor) = &mut w.editor {
                editor.area.delete_line_by_head();
                editor.after_input(l);
            }
            write_through(w);
        }
        Some(Action::Edit) => {
            if !commit(w) {
                refused(w, status);
            }
        }
        Some(Action::Cancel) => {
            // The edit began with an undo entry of the state before it: go back to it.
            w.editor = None;
            restore_last(w);
            *status = Some(t(l, Label::EditCancelled).to_owned());
        }
        Some(Action::NextField | Action::PrevField) => {
            // Tab moves on to the next field and keeps typing: in a row's form to the
            // row's next field, on the step to the next field (tables are left to Esc).
            let forward = action == Some(Action::NextField);
            let list_entry = w.editor.as_ref().and_then(|e| match e.field {
                Field::Parking(i) | Field::Participant(i) => Some((e.field, i)),
                _ => None,
            });
            if !commit(w) {
                // What does not read stays in its field, visible with its reason, and the
                // row goes on: what is typed next goes into the next field, never over it.
                refused(w, status);
                if list_entry.is_none()
                    && let Some(editor) = w.editor.take()
                {
                    let reason = editor.error.clone().unwrap_or_default();
                    let step = w.step;
                    w.refused
                        .retain(|(s, at, _, _)| (*s, *at) != (step, editor.field));
                    w.refused.push((step, editor.field, editor.text(), reason));
                    drop_unchanged_undo(w);
                    if w.detail.is_some() {
                        move_detail(w, forward);
                    } else {
                        move_to_field(w, forward);
                    }
                    open_editor(w);
                }
            } else {
                if let Some((field, index)) = list_entry {
                    // In a list: on to the next entry (or back), still typing.
                    next_list_entry(w, field, index, forward);
                } else {
                    if w.detail.is_some() {
                        move_detail(w, forward);
                    } else {
                        move_to_field(w, forward);
                    }
                    open_editor(w);
                }
            }
        }
        Some(Action::Back) => {
            if !commit(w) {
                // Esc on a number that does not parse: the old value stays, and the
                // message says what was dropped and why.
                if let Some(editor) = w.editor.take() {
                    *status = Some(format!(
                        "{} – {}",
                        editor.text(),
                        editor.error.unwrap_or_default()
                    ));
                    if let Field::Participant(index) = editor.field {
                        unwrite_participant(w, index);
                    }
                }
                drop_unchanged_undo(w);
            }
        }
        _ => {
            if let (Some(editor), Intent::Type(input)) = (&mut w.editor, intent) {
                editor.input(input, l);
            }
            write_through(w);
        }
    }
    None
}

/// Esc on a participant who clashes with another: the entry, written through while it
/// was typed (half-typed), is again what it was when the edit began — or empty, if it
/// was new.
fn unwrite_participant(w: &mut Workshop, index: usize) {
    let before = match w.undo.last() {
        Some(super::Undo::Lists { participants, .. })
            if participants.len() == w.session.participants.len() =>
        {
            participants.get(index).cloned()
        }
        _ => None,
    };
    if let Some(entry) = w.session.participants.get_mut(index) {
        *entry = before.unwrap_or_default();
        w.changed();
    }
}

/// Says why the value typed does not read and that the focus stays until it does.
pub(super) fn open_editor(w: &mut Workshop) {
    let Some(field) = w.focused_field() else {
        return;
    };
    let kind = w.field_kind(field);
    if kind.is_toggle() {
        return;
    }
    w.remember_step();
    w.editor = Some(editor_for(w, field));
}

/// Opens the neighbouring entry of the list being typed into, if there is one.
pub(super) fn next_list_entry(w: &mut Workshop, field: Field, index: usize, forward: bool) {
    let len = match field {
        Field::Parking(_) => w.session.parking_lot.len(),
        _ => w.session.participants.len(),
    };
    let next = if forward {
        index + 1
    } else {
        index.wrapping_sub(1)
    };
    if next >= len {
        return;
    }
    let next_field = match field {
        Field::Parking(_) => Field::Parking(next),
        _ => Field::Participant(next),
    };
    w.list_row = next;
    remember_lists(w);
    let text = fields::read(&w.session, w.step, next_field);
    w.editor = Some(Editor::new(
        next_field,
        FieldKind::Line,
        &text,
        w.session.language,
    ));
}

/// The next (or previous) field of the step, passing over tables.
pub(super) fn move_to_field(w: &mut Workshop, forward: bool) {
    let slots = w.slots();
    let n = slots.len();
    for offset in 1..=n {
        let index = if forward {
            (w.slot + offset) % n
        } else {
            (w.slot + n * offset - offset) % n
        };
        if matches!(slots.get(index), Some(Slot::Field(_))) {
            w.slot = index;
            w.detail = None;
            return;
        }
    }
}

pub(super) fn move_detail(w: &mut Workshop, forward: bool) {
    let Some(Slot::Table(table)) = w.current_slot() else {
        return;
    };
    let n = usize::from(w.columns(table)).max(1);
    w.detail = w.detail.map(|d| {
        if forward {
            (d + 1) % n
        } else {
            (d + n - 1) % n
        }
    });
}

/// A printable key typed where nothing is being typed into yet (`input`), or a paste
/// (`None`): opens the editor of what is focused — the field, the selected row's field,
/// the selected list entry, the selected person's masked answer — and types the key
/// into it. Where nothing can be typed into, nothing changes and the status says why.
/// `true` when an editor is open afterwards.
pub(super) fn begin(
    w: &mut Workshop,
    overlay: Option<Overlay>,
    status: &mut Option<String>,
    input: Option<Input>,
    now: Moment,
) -> bool {
    let l = w.session.language;
    let say = |status: &mut Option<String>, label: Label| *status = Some(t(l, label).to_owned());
    if w.presenting || w.blank || w.picking.is_some() {
        say(status, Label::TypeNowhere);
        return false;
    }
    if w.read_only {
        say(status, Label::ReadOnlyRefused);
        return false;
    }
    let mut glue_guard = false;
    if let Some(Overlay::List(list)) = overlay {
        if w.list_row >= list.len(&w.session) {
            // Typing on an empty list makes its first entry, with the text in it.
            super::changes::add_list_entry(w, list);
        } else {
            open_list_entry(w, list);
            glue_guard = true;
        }
    } else if overlay.is_some() {
        say(status, Label::TypeNowhere);
        return false;
    } else if let Some(round) = w.shown_round() {
        if !round.is_open() {
            say(status, Label::TypeRoundRevealed);
            return false;
        }
        if w.session.participants.is_empty() {
            say(status, Label::RoundNoParticipants);
            return false;
        }
        if !super::round_selection::selected_is_asked(w) {
            say(status, Label::RoundNotAsked);
            return false;
        }
        super::round_flow::begin_answer(w);
        if let Some(input) = input {
            super::round_flow::on_answer(w, status, Intent::Type(input), now);
        }
        return w.editor.is_some();
    } else {
        if let (Some(Slot::Table(table)), None) = (w.current_slot(), w.detail) {
            if w.row_count(table) == 0 {
                // Typing on an empty table makes its first row, with the text in it.
                super::changes::add_row(w, status);
                w.editor = None;
                if w.row_count(table) == 0 {
                    // A table whose rows come from pairing two others: it said how.
                    if status.is_none() {
                        say(status, Label::TypeNoRow);
                    }
                    return false;
                }
            }
            // The text goes into the first field of the row still empty (a new row's
            // department filled in beforehand is not what the person means to extend).
            w.detail = Some(first_empty_field(w, table));
        }
        glue_guard = true;
        match w.focused_field() {
            Some(field) if w.field_kind(field).is_toggle() => {
                say(status, Label::TypeOnSwitch);
                return false;
            }
            Some(_) => open_editor(w),
            None => {
                say(status, Label::TypeNowhere);
                return false;
            }
        }
    }
    if let Some(input) = input {
        // Words typed onto words already there: never glued on without a space.
        let starts_a_word =
            matches!(input.key, ratatui_textarea::Key::Char(c) if c.is_alphanumeric());
        let words = w
            .editor
            .as_ref()
            .is_some_and(|e| matches!(e.kind, FieldKind::Line | FieldKind::Paragraph));
        let glued = glue_guard
            && starts_a_word
            && words
            && w.editor.as_ref().is_some_and(|e| {
                let text = e.text();
                !text.is_empty() && !text.ends_with(char::is_whitespace)
            });
        if glued {
            let space = Input {
                key: ratatui_textarea::Key::Char(' '),
                ..Input::default()
            };
            on_editor(w, status, Intent::Type(space));
        }
        on_editor(w, status, Intent::Type(input));
    }
    w.editor.is_some()
}

/// The first field of the table's selected row that is empty and types (no switch);
/// where all are filled, the last field of words (a row's first field names it: the
/// department, the source), else the first.
fn first_empty_field(w: &Workshop, table: fields::Table) -> usize {
    let row = w.row(table);
    let fields = || (0..w.columns(table)).map(|column| (column, table.cell(row, column)));
    let empty = fields().find(|(_, field)| {
        !w.field_kind(*field).is_toggle()
            && fields::read(&w.session, w.step, *field).trim().is_empty()
    });
    let words = || {
        fields()
            .filter(|(_, field)| {
                matches!(w.field_kind(*field), FieldKind::Line | FieldKind::Paragraph)
            })
            .last()
    };
    empty
        .or_else(words)
        .map_or(0, |(column, _)| usize::from(column))
}

fn refused(w: &Workshop, status: &mut Option<String>) {
    let l = w.session.language;
    let reason = w
        .editor
        .as_ref()
        .and_then(|e| e.error.clone())
        .unwrap_or_default();
    *status = Some(format!("{reason} {}", t(l, Label::ValueBlocks)));
}
