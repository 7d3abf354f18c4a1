//! What changes the record besides typing: rows added, removed and moved, choices
//! switched, the two lists, conflicts paired, and undo and redo of all of it.

use super::commit::open_cell;
use super::editor::Editor;
use super::fields::{self, Slot, Table};
use super::keymap::Action;
use super::lists::List;
use super::round_flow;
use super::{Effect, Overlay, Undo, Workshop};
use crate::exercises::field::{FieldKind, MAX_TABLES};
use crate::i18n::{Label, t};

pub(super) fn toggle(w: &mut Workshop) {
    let Some(field) = w.focused_field() else {
        return;
    };
    w.remember_step();
    if fields::toggle(&mut w.session, w.step, field) {
        w.changed();
    } else {
        w.undo.pop();
    }
}

pub(super) fn add_row(w: &mut Workshop, status: &mut Option<String>) {
    let Some(Slot::Table(table)) = w.current_slot() else {
        return;
    };
    let departments: Vec<String> = w
        .session
        .departments()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let departments: Vec<&str> = departments.iter().map(String::as_str).collect();
    w.remember_step();
    let added = w
        .session
        .steps
        .get_mut(w.step)
        .and_then(|s| s.result.record_mut().add_row(table, &departments));
    let Some(row) = added else {
        w.undo.pop();
        // Rows of this table are made by pairing two others: say how.
        if let Some(pairing) = w.record().and_then(|r| r.pairing())
            && pairing.into == table
        {
            *status = Some(pairing.prompt.get(w.session.language).to_owned());
        }
        return;
    };
    w.rows[table.index()] = row;
    w.changed();
    w.detail = Some(0);
    open_cell(w, table, row);
}

pub(super) fn delete_row(w: &mut Workshop, status: &mut Option<String>) {
    let Some(Slot::Table(table)) = w.current_slot() else {
        return;
    };
    let row = w.row(table);
    if row >= w.row_count(table) {
        return;
    }
    w.remember_step();
    let removed = w
        .session
        .steps
        .get_mut(w.step)
        .is_some_and(|s| s.result.record_mut().remove_row(table, row));
    if !removed {
        w.undo.pop();
        return;
    }
    w.rows[table.index()] = row.min(w.row_count(table).saturating_sub(1));
    w.changed();
    *status = Some(t(w.session.language, Label::Deleted).to_owned());
}

pub(super) fn move_row(w: &mut Workshop, down: bool) {
    let Some(Slot::Table(table)) = w.current_slot() else {
        return;
    };
    let row = w.row(table);
    let rows = w.row_count(table);
    let other = if down { row + 1 } else { row.wrapping_sub(1) };
    if other >= rows {
        return;
    }
    w.remember_step();
    let moved = w
        .session
        .steps
        .get_mut(w.step)
        .is_some_and(|s| s.result.record_mut().swap_rows(table, row, other));
    if !moved {
        w.undo.pop();
        return;
    }
    w.rows[table.index()] = other;
    w.changed();
}

pub(super) fn undo(w: &mut Workshop, status: &mut Option<String>) {
    let l = w.session.language;
    if w.undo
        .last()
        .is_some_and(|entry| round_flow::undo_unreveals(w, entry))
    {
        *status = Some(t(l, Label::RoundUndoStops).to_owned());
        return;
    }
    if restore_last(w) {
        *status = Some(t(w.session.language, Label::Undone).to_owned());
    } else {
        *status = Some(t(l, Label::NothingToUndo).to_owned());
    }
}

/// Takes back the newest undo entry and keeps what it replaced for redo; `false` when
/// there is nothing to take back.
pub(super) fn restore_last(w: &mut Workshop) -> bool {
    let Some(entry) = w.undo.pop() else {
        return false;
    };
    let now = w.snapshot_like(&entry);
    restore(w, entry);
    w.redo.push(now);
    true
}

pub(super) fn redo(w: &mut Workshop, status: &mut Option<String>) {
    let Some(entry) = w.redo.pop() else {
        *status = Some(t(w.session.language, Label::NothingToRedo).to_owned());
        return;
    };
    let now = w.snapshot_like(&entry);
    restore(w, entry);
    // Not through `remember`, which would forget the rest of what can be redone.
    w.undo.push(now);
    *status = Some(t(w.session.language, Label::Redone).to_owned());
}

pub(super) fn restore(w: &mut Workshop, entry: Undo) {
    match entry {
        Undo::Step { index, before } => {
            if let Some(step) = w.session.steps.get_mut(index) {
                *step = *before;
            }
            w.step = index.min(w.session.steps.len().saturating_sub(1));
        }
        Undo::Lists {
            parking,
            participants,
        } => {
            w.session.parking_lot = parking;
            w.session.participants = participants;
            w.list_row = w.list_row.min(
                w.session
                    .parking_lot
                    .len()
                    .max(w.session.participants.len())
                    .saturating_sub(1),
            );
        }
        Undo::Language(language) => w.session.language = language,
    }
    for index in 0..MAX_TABLES {
        let rows = u8::try_from(index).map_or(0, |i| w.row_count(Table(i)));
        w.rows[index] = w.rows[index].min(rows.saturating_sub(1));
    }
    w.detail = None;
    w.picking = None;
    w.changed();
}

pub(super) fn switch_language(w: &mut Workshop) {
    w.remember(Undo::Language(w.session.language));
    w.session.language = w.session.language.other();
    w.changed();
}

pub(super) fn on_list_key(
    w: &mut Workshop,
    list: List,
    overlay: &mut Option<Overlay>,
    status: &mut Option<String>,
    action: Action,
) -> Option<Effect> {
    let count = list.len(&w.session);
    let modifies = matches!(
        action,
        Action::Add | Action::Edit | Action::Delete | Action::Undo | Action::Redo
    );
    if modifies && refuse_if_read_only(w, status) {
        return None;
    }
    match action {
        Action::Up => w.list_row = w.list_row.saturating_sub(1),
        Action::Down => w.list_row = (w.list_row + 1).min(count.saturating_sub(1)),
        Action::Add => add_list_entry(w, list),
        Action::Edit if w.list_row < count => open_list_entry(w, list),
        Action::Delete if w.list_row < count => {
            remember_lists(w);
            list.remove(&mut w.session, w.list_row);
            w.list_row = w.list_row.min(list.len(&w.session).saturating_sub(1));
            w.changed();
            *status = Some(t(w.session.language, Label::Deleted).to_owned());
        }
        Action::Undo => undo(w, status),
        Action::Back => *overlay = None,
        Action::ParkingLot | Action::Participants => {
            let other = if action == Action::ParkingLot {
                List::Parking
            } else {
                List::Participants
            };
            *overlay = (other != list).then_some(Overlay::List(other));
            w.list_row = 0;
        }
        Action::SwitchLanguage => switch_language(w),
        Action::Redo => redo(w, status),
        _ => {}
    }
    None
}

/// A new entry at the end of `list`, open for typing, undoably.
pub(super) fn add_list_entry(w: &mut Workshop, list: List) {
    remember_lists(w);
    w.list_row = list.push_empty(&mut w.session);
    w.changed();
    w.editor = Some(Editor::new(
        list.field(w.list_row),
        FieldKind::Line,
        "",
        w.session.language,
    ));
}

/// Opens the selected entry of `list` for typing, undoably.
pub(super) fn open_list_entry(w: &mut Workshop, list: List) {
    remember_lists(w);
    let field = list.field(w.list_row);
    let text = fields::read(&w.session, w.step, field);
    w.editor = Some(Editor::new(
        field,
        FieldKind::Line,
        &text,
        w.session.language,
    ));
}

pub(super) fn remember_lists(w: &mut Workshop) {
    w.remember(Undo::Lists {
        parking: w.session.parking_lot.clone(),
        participants: w.session.participants.clone(),
    });
}

pub(super) fn on_picking(
    w: &mut Workshop,
    action: Action,
    status: &mut Option<String>,
) -> Option<Effect> {
    let first = w.picking?;
    let pairing = w.record().and_then(|r| r.pairing())?;
    let rows = w.row_count(pairing.from);
    let row = w.row(pairing.from);
    let skip = |r: usize, down: bool| {
        let next = if down { r + 1 } else { r.wrapping_sub(1) };
        if next == first {
            if down { next + 1 } else { next.wrapping_sub(1) }
        } else {
            next
        }
    };
    match action {
        Action::Up | Action::Down => {
            let next = skip(row, action == Action::Down);
            if next < rows {
                w.rows[pairing.from.index()] = next;
            }
        }
        Action::Back => w.picking = None,
        Action::Edit => {
            w.picking = None;
            w.remember_step();
            let paired = w
                .session
                .steps
                .get_mut(w.step)
                .map(|s| s.result.record_mut().pair(first, row));
            let index = match paired {
                Some(Ok(index)) => index,
                Some(Err(why)) => {
                    w.undo.pop();
                    *status = Some(why.get(w.session.language).to_owned());
                    return None;
                }
                None => {
                    w.undo.pop();
                    return None;
                }
            };
            w.changed();
            w.slot = w
                .slots()
                .iter()
                .position(|s| *s == Slot::Table(pairing.into))
                .unwrap_or(0);
            w.rows[pairing.into.index()] = index;
            w.detail = Some(0);
            open_cell(w, pairing.into, index);
        }
        _ => {}
    }
    None
}

/// `true`, with the reason in the status line, when the session is only being read.
pub(super) fn refuse_if_read_only(w: &Workshop, status: &mut Option<String>) -> bool {
    if w.read_only {
        *status = Some(t(w.session.language, Label::ReadOnlyRefused).to_owned());
    }
    w.read_only
}
