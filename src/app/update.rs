//! The one `update` function: a message and the current state in, the next state and at
//! most one effect out.

use std::time::Duration;

use super::editor::Editor;
use super::fields::{self, Field, Slot, Table};
use super::keymap::{self, Action, Intent};
use super::lists::List;
use super::round;
use super::start;
use super::{App, Effect, Msg, Overlay, SaveState, Screen, Undo, Workshop};
use crate::exercises::field::{FieldKind, MAX_TABLES};
use crate::i18n::{Label, t};
use crate::model::Round;
use crate::model::template::MAX_TIMEBOX_MINUTES;

const TIMER_STEP_MINUTES: u32 = 5;
/// A break starts at this length; `+` and `-` change it by `TIMER_STEP_MINUTES`.
const BREAK_MINUTES: u32 = 15;

pub(super) fn update(app: &mut App, msg: Msg) -> Option<Effect> {
    match msg {
        Msg::Tick(now) => {
            app.clock = now;
            None
        }
        Msg::Key(key) => {
            let intent = keymap::intent(&app.scopes(), &key)?;
            on_intent(app, intent)
        }
        Msg::Intent(intent) => on_intent(app, intent),
        Msg::Closing => {
            close(app);
            None
        }
        Msg::Resized(columns, rows) => {
            app.size = Some((columns, rows));
            None
        }
        Msg::Paste(text) => {
            on_paste(app, &text);
            None
        }
        Msg::Saved { generation, result } => {
            if let Screen::Workshop(w) = &mut app.screen {
                match result {
                    Ok(()) => {
                        w.saved_generation = w.saved_generation.max(generation);
                        w.save = if w.is_dirty() {
                            SaveState::Pending
                        } else {
                            SaveState::Saved
                        };
                    }
                    Err(reason) => w.save = SaveState::Failed(reason),
                }
            }
            None
        }
        Msg::Exported(result) => {
            let l = app.ui_language();
            app.status = Some(match result {
                Ok(path) => format!("{}: {}", t(l, Label::HandoutWritten), path.display()),
                Err(reason) => reason,
            });
            None
        }
        Msg::Opened(Ok(mut workshop)) => {
            workshop.entered_at = app.clock;
            app.screen = Screen::Workshop(workshop);
            app.overlay = None;
            None
        }
        Msg::Opened(Err(reason)) => {
            app.status = Some(reason);
            None
        }
        Msg::Remote(command) => {
            on_remote(app, command);
            None
        }
        Msg::RoomAnswer {
            who,
            round,
            reply,
            done,
        } => {
            let result = super::room::answer(app, &who, &round, reply);
            // The phone may have given up waiting; the answer counts all the same.
            let _ = done.send(result);
            None
        }
        Msg::RoomJoined(person) => {
            super::room::joined(app, person);
            None
        }
        Msg::RoomPhones(names) => {
            if let Some(room) = &mut app.room {
                room.phones = names;
            }
            None
        }
        Msg::RoomOpened(result) => {
            super::room::opened(app, result);
            None
        }
        Msg::RoomClosed => {
            super::room::closed(app);
            None
        }
        Msg::Presenters(count) => {
            let attached = app.presenters == 0 && count > 0;
            let detached = app.presenters > 0 && count == 0;
            app.presenters = count;
            let l = app.ui_language();
            if let Screen::Workshop(w) = &mut app.screen {
                // The facilitator has the hints on their own screen now.
                if attached {
                    w.clean = true;
                    app.status = Some(t(l, Label::PresenterAttached).to_owned());
                }
                if detached {
                    w.clean = false;
                }
            }
            None
        }
    }
}

fn on_intent(app: &mut App, intent: Intent) -> Option<Effect> {
    app.status = None;
    // Quitting, switching the session's language and revealing wait for their key once
    // more; any other key in between (the help too) cancels them.
    let armed = app.armed.take();
    let action = match &intent {
        Intent::Do(action) => Some(*action),
        Intent::Type(_) | Intent::Nothing => None,
    };
    if app.overlay == Some(Overlay::Help) {
        match action {
            Some(Action::Up) => app.help_scroll = app.help_scroll.saturating_sub(1),
            Some(Action::Down) => app.help_scroll = app.help_scroll.saturating_add(1),
            Some(Action::PrevStep) => app.help_scroll = app.help_scroll.saturating_sub(10),
            Some(Action::NextStep) => app.help_scroll = app.help_scroll.saturating_add(10),
            _ => app.overlay = None,
        }
        return None;
    }
    if app.too_small() && action != Some(Action::Quit) {
        return None;
    }
    if action == Some(Action::Help) {
        app.open_help();
        return None;
    }
    if let Some(action) = action
        && let Some(question) = confirmation(app, action)
        && armed != Some(action)
    {
        app.armed = Some(action);
        app.status = Some(question);
        return None;
    }
    if action == Some(Action::Quit) {
        close(app);
        return Some(Effect::Quit);
    }
    if app.overlay == Some(Overlay::Room) {
        match action {
            Some(Action::Back) => app.overlay = None,
            Some(Action::CloseRoom) => return Some(Effect::CloseRoom),
            _ => {}
        }
        return None;
    }
    if action == Some(Action::Room)
        && let Screen::Workshop(w) = &app.screen
    {
        if refuse_if_read_only(w, &mut app.status) {
            return None;
        }
        if app.room.is_some() {
            app.overlay = Some(Overlay::Room);
            return None;
        }
        return Some(Effect::OpenRoom);
    }
    let clock = app.clock;
    if let (Some(Overlay::Break { ends_at, resume }), Screen::Workshop(w)) =
        (app.overlay, &mut app.screen)
    {
        on_break(w, &mut app.overlay, (ends_at, resume), action?, clock);
        return None;
    }
    match &mut app.screen {
        Screen::Start(state) => start::on_intent(state, &mut app.language, intent),
        Screen::Workshop(w) => {
            if w.answering.is_some() {
                let now = w.opened.after(clock);
                round::on_answer(w, &mut app.status, intent, now);
                return None;
            }
            if w.editor.is_some() {
                return on_editor(w, &mut app.status, intent);
            }
            if let Some(Overlay::List(list)) = app.overlay {
                if action == Some(Action::MakeTask) && list == List::Parking {
                    if !refuse_if_read_only(w, &mut app.status)
                        && super::tasks::make(w, &mut app.overlay, &mut app.status, clock)
                    {
                        open_editor(w);
                    }
                    return None;
                }
                if action == Some(Action::OpenRound) && list == List::Parking {
                    if !refuse_if_read_only(w, &mut app.status) {
                        let now = w.opened.after(clock);
                        round::vote_on_parking(w, &mut app.overlay, &mut app.status, now);
                    }
                    return None;
                }
                if action == Some(Action::ReleasePhone) && list == List::Participants {
                    let person = w.session.participants.get(w.list_row);
                    if let (Some(person), Some(_)) = (person, &app.room) {
                        let l = w.session.language;
                        app.status = Some(format!(
                            "{}: {}",
                            crate::text::one_line(&person.name),
                            t(l, Label::PhoneReleased)
                        ));
                        return Some(Effect::ReleasePhone(person.name.clone()));
                    }
                    return None;
                }
                return on_list_key(w, list, &mut app.overlay, &mut app.status, action?);
            }
            on_workshop_action(w, &mut app.overlay, &mut app.status, action?, clock)
        }
    }
}

/// A command from the presenter: what the wall's own key does. Messages are handled in
/// the order they arrive on the one channel, so a presenter key and a wall key pressed
/// at once both happen, one after the other. Typing on the wall is never cut off: a
/// command that would leave a field first stores it, and waits if it cannot; nobody's
/// blind answer is interrupted.
fn on_remote(app: &mut App, command: crate::presenter::protocol::Command) {
    use crate::presenter::protocol::Command as C;
    let clock = app.clock;
    let l = app.ui_language();
    let Screen::Workshop(w) = &mut app.screen else {
        return;
    };
    if let C::Note { step, text } = command {
        // Its own field of its own step: nothing typed on the wall is touched.
        let text: String = text
            .chars()
            .take(crate::presenter::protocol::MAX_NOTE)
            .collect();
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
        return;
    }
    if w.answering.is_some() || (w.editor.is_some() && !commit(w)) {
        app.status = Some(t(l, Label::RemoteWaits).to_owned());
        return;
    }
    w.editor = None;
    if matches!(app.overlay, Some(Overlay::Help | Overlay::List(_))) {
        app.overlay = None;
    }
    let action = match command {
        C::NextStep => Action::NextStep,
        C::PrevStep => Action::PrevStep,
        C::OpenRound => Action::OpenRound,
        C::Reveal => {
            // The presenter asked first; the round need not be on the wall's screen.
            if w.current()
                .and_then(|s| s.rounds.last())
                .is_some_and(Round::is_open)
            {
                w.round_shown = true;
            }
            Action::Reveal
        }
        C::PauseTimer => Action::PauseTimer,
        C::Present => Action::Present,
        C::Blank => Action::Blank,
        C::Clean => Action::Clean,
        C::Note { .. } => return,
    };
    if matches!(app.overlay, Some(Overlay::Break { .. }))
        && !matches!(action, Action::Blank | Action::Clean)
    {
        return;
    }
    w.picking = None;
    w.detail = w
        .detail
        .filter(|_| !matches!(action, Action::NextStep | Action::PrevStep));
    on_workshop_action(w, &mut app.overlay, &mut app.status, action, clock);
}

/// What seam does before it ends, however it ends: what is typed is kept and the time
/// of the current step is booked.
fn close(app: &mut App) {
    let clock = app.clock;
    if let Screen::Workshop(w) = &mut app.screen {
        commit(w);
        w.editor = None;
        if !w.read_only {
            w.book_time(clock);
        }
    }
}

/// The question an action must be confirmed with, in the screen's language; `None` for
/// actions that happen at once.
fn confirmation(app: &App, action: Action) -> Option<String> {
    let l = app.ui_language();
    let w = app.workshop();
    let label = match action {
        Action::Quit => match w.map(|w| &w.save) {
            Some(SaveState::Failed(_)) => Label::QuitUnsaved,
            _ => Label::QuitConfirm,
        },
        // On the start screen the language is only the screen's, not a session's.
        Action::SwitchLanguage if w.is_some() => Label::LanguageConfirm,
        // Revealing and re-opening a round are what the room must not get by accident.
        Action::Reveal
            if w.and_then(Workshop::shown_round)
                .is_some_and(Round::is_open) =>
        {
            Label::RevealConfirm
        }
        Action::Reopen
            if w.and_then(Workshop::shown_round)
                .is_some_and(|r| !r.is_open()) =>
        {
            Label::ReopenConfirm
        }
        _ => return None,
    };
    Some(t(l, label).to_owned())
}

fn on_paste(app: &mut App, text: &str) {
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
                    for (offset, line) in rest.iter().enumerate() {
                        let at = (index + 1 + offset).min(w.session.participants.len());
                        w.session
                            .participants
                            .insert(at, crate::model::Participant::from_text(line));
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
        _ => app.status = Some(t(l, Label::PasteHint).to_owned()),
    }
}

/// Text fields are written to the session on every key, so autosave covers what is
/// being typed; parsed fields wait for Enter.
fn write_through(w: &mut Workshop) {
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
        w.changed();
    }
}

fn on_editor(w: &mut Workshop, status: &mut Option<String>, intent: Intent) -> Option<Effect> {
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
            commit(w);
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
            if commit(w) {
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

/// Stores the editor's value and closes it; `false` (editor kept open with the reason)
/// when the input does not parse.
fn commit(w: &mut Workshop) -> bool {
    let l = w.session.language;
    let Some(editor) = &mut w.editor else {
        return true;
    };
    match editor.value(l) {
        Ok(value) => {
            let field = editor.field;
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
            editor.error = Some(reason);
            // The next thing typed replaces what was refused instead of being added to it.
            editor.area.select_all();
            false
        }
    }
}

/// An edit that changed nothing leaves nothing to undo.
fn drop_unchanged_undo(w: &mut Workshop) {
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

fn open_editor(w: &mut Workshop) {
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

fn move_slot(w: &mut Workshop, forward: bool) {
    let n = w.slots().len().max(1);
    w.slot = if forward {
        (w.slot + 1) % n
    } else {
        (w.slot + n - 1) % n
    };
    w.detail = None;
}

/// Opens the neighbouring entry of the list being typed into, if there is one.
fn next_list_entry(w: &mut Workshop, field: Field, index: usize, forward: bool) {
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
fn move_to_field(w: &mut Workshop, forward: bool) {
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

fn move_detail(w: &mut Workshop, forward: bool) {
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

fn refuse_if_read_only(w: &Workshop, status: &mut Option<String>) -> bool {
    if w.read_only {
        *status = Some(t(w.session.language, Label::ReadOnlyRefused).to_owned());
    }
    w.read_only
}

fn on_workshop_action(
    w: &mut Workshop,
    overlay: &mut Option<Overlay>,
    status: &mut Option<String>,
    action: Action,
    clock: std::time::Duration,
) -> Option<Effect> {
    let l = w.session.language;
    let pairing = w.record().and_then(|r| r.pairing());
    if w.picking.is_some() {
        let effect = on_picking(w, action, status);
        if let (Some(_), Some(pairing)) = (w.picking, pairing) {
            // The instruction stays until the second row is chosen or Esc cancels.
            *status = Some(pairing.prompt.get(l).to_owned());
        }
        return effect;
    }
    let modifies = matches!(
        action,
        Action::Edit
            | Action::Add
            | Action::Delete
            | Action::Undo
            | Action::Redo
            | Action::SwitchLanguage
            | Action::MoveUp
            | Action::MoveDown
            | Action::Toggle
            | Action::Pair
            | Action::TimerPlus
            | Action::TimerMinus
    );
    if modifies && refuse_if_read_only(w, status) {
        return None;
    }
    let now = w.opened.after(clock);
    if w.shown_round().is_some() {
        let round_key = matches!(
            action,
            Action::Edit
                | Action::Reveal
                | Action::Reopen
                | Action::OpenRound
                | Action::MoreDots
                | Action::FewerDots
                | Action::Stacking
                | Action::Anonymous
                | Action::WhenAll
        );
        if round_key && refuse_if_read_only(w, status) {
            return None;
        }
        if round::on_round_action(w, status, action, now) {
            return None;
        }
    }
    match action {
        Action::Blank => w.blank = !w.blank,
        Action::Clean => w.clean = !w.clean,
        Action::MakeTask => {
            if !refuse_if_read_only(w, status) && super::tasks::make(w, overlay, status, clock) {
                open_editor(w);
            }
        }
        Action::OpenRound => {
            if !refuse_if_read_only(w, status) {
                round::open(w, status, now, false);
            }
        }
        Action::ParkingLot | Action::Participants => {
            let list = if action == Action::ParkingLot {
                List::Parking
            } else {
                List::Participants
            };
            *overlay = Some(Overlay::List(list));
            w.list_row = 0;
        }
        Action::SwitchLanguage => switch_language(w),
        Action::ToggleSidebar => w.sidebar = !w.sidebar,
        Action::Present => w.presenting = !w.presenting,
        Action::Theme => {
            w.session.theme = w.session.theme.next();
            w.changed();
            let label = match w.session.theme {
                crate::model::Theme::Terminal => Label::ThemeTerminal,
                crate::model::Theme::Dark => Label::ThemeDark,
                crate::model::Theme::Light => Label::ThemeLight,
                crate::model::Theme::HighContrast => Label::ThemeHighContrast,
            };
            *status = Some(t(l, label).to_owned());
        }
        Action::PauseTimer => {
            let paused = w.paused_at.is_none();
            w.pause(paused, clock);
            let label = if paused {
                Label::Paused
            } else {
                Label::Resumed
            };
            *status = Some(t(l, label).to_owned());
        }
        Action::Break => {
            *overlay = Some(Overlay::Break {
                ends_at: clock + Duration::from_secs(u64::from(BREAK_MINUTES) * 60),
                resume: w.paused_at.is_none(),
            });
            w.pause(true, clock);
        }
        Action::Export => return Some(Effect::Export),
        Action::NextStep | Action::PrevStep => {
            w.return_to = None;
            let n = w.session.steps.len();
            let next = if action == Action::NextStep {
                (w.step + 1).min(n.saturating_sub(1))
            } else {
                w.step.saturating_sub(1)
            };
            if w.read_only {
                // Looking around a read-only session books no time and moves no marker.
                if next != w.step {
                    w.step = next;
                    w.entered_at = clock;
                    w.slot = 0;
                    w.detail = None;
                    w.rows = [0; MAX_TABLES];
                }
            } else {
                w.enter_step(next, clock);
            }
        }
        Action::NextField | Action::PrevField if w.detail.is_some() => {
            move_detail(w, action == Action::NextField);
            open_editor(w);
        }
        Action::NextField => move_slot(w, true),
        Action::PrevField => move_slot(w, false),
        Action::Up | Action::Down => move_cursor(w, action == Action::Down),
        Action::Back => {
            w.detail = None;
            // A next step made from another step's item: back to where the room was.
            if let Some(back) = w.return_to.take() {
                w.enter_step(back, clock);
            }
        }
        Action::Edit => match (w.current_slot(), w.detail) {
            (Some(Slot::Table(table)), None) if w.row_count(table) > 0 => {
                w.detail = Some(0);
                // A row of one field has no form to show: straight to typing.
                if w.columns(table) == 1 {
                    open_editor(w);
                }
            }
            (Some(Slot::Table(_)), None) => {}
            _ if w
                .focused_field()
                .is_some_and(|f| w.field_kind(f).is_toggle()) =>
            {
                toggle(w)
            }
            _ => open_editor(w),
        },
        Action::Toggle => toggle(w),
        Action::Add => add_row(w, status),
        Action::Delete => delete_row(w, status),
        Action::MoveUp | Action::MoveDown => move_row(w, action == Action::MoveDown),
        Action::Undo => undo(w, status),
        Action::Redo => redo(w, status),
        Action::Pair => {
            if let Some(pairing) = pairing
                && w.current_slot() == Some(Slot::Table(pairing.from))
                && w.detail.is_none()
            {
                if w.row_count(pairing.from) < 2 {
                    *status = Some(pairing.needs_two.get(l).to_owned());
                } else {
                    let first = w.row(pairing.from);
                    w.picking = Some(first);
                    *status = Some(pairing.prompt.get(l).to_owned());
                    // Start on the neighbouring row: conflicts are most often between adjacent goals.
                    w.rows[pairing.from.index()] = if first == 0 { 1 } else { first - 1 };
                }
            }
        }
        Action::TimerPlus | Action::TimerMinus => {
            let plus = action == Action::TimerPlus;
            w.remember_step();
            if let Some(step) = w.session.steps.get_mut(w.step) {
                step.timebox_minutes = if plus {
                    (step.timebox_minutes + TIMER_STEP_MINUTES).min(MAX_TIMEBOX_MINUTES)
                } else {
                    step.timebox_minutes
                        .saturating_sub(TIMER_STEP_MINUTES)
                        .max(TIMER_STEP_MINUTES)
                };
            }
            w.changed();
            drop_unchanged_undo(w);
        }
        Action::Quit
        | Action::NewSession
        | Action::NewFollowUp
        | Action::Help
        | Action::Reveal
        | Action::Reopen
        | Action::Room
        | Action::CloseRoom
        | Action::ReleasePhone
        | Action::Anonymous
        | Action::WhenAll
        | Action::Peek
        | Action::MoreDots
        | Action::FewerDots
        | Action::Stacking
        | Action::ToggleBack
        | Action::Cancel
        | Action::NewLine
        | Action::ClearLine => {}
    }
    None
}

fn move_cursor(w: &mut Workshop, down: bool) {
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

fn toggle(w: &mut Workshop) {
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

fn add_row(w: &mut Workshop, status: &mut Option<String>) {
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

/// Opens the editor on the first field of `row` of `table`.
fn open_cell(w: &mut Workshop, table: Table, row: usize) {
    w.editor = Some(editor_for(w, table.cell(row, 0)));
}

/// An editor on `field` with its text.
fn editor_for(w: &Workshop, field: super::fields::Field) -> Editor {
    let kind = w.field_kind(field);
    let l = w.session.language;
    Editor::new(field, kind, &fields::read(&w.session, w.step, field), l)
}

fn delete_row(w: &mut Workshop, status: &mut Option<String>) {
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

fn move_row(w: &mut Workshop, down: bool) {
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

fn undo(w: &mut Workshop, status: &mut Option<String>) {
    let l = w.session.language;
    if w.undo
        .last()
        .is_some_and(|entry| round::undo_unreveals(w, entry))
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
fn restore_last(w: &mut Workshop) -> bool {
    let Some(entry) = w.undo.pop() else {
        return false;
    };
    let now = w.snapshot_like(&entry);
    restore(w, entry);
    w.redo.push(now);
    true
}

fn redo(w: &mut Workshop, status: &mut Option<String>) {
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

fn restore(w: &mut Workshop, entry: Undo) {
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

/// Keys during a break: longer, shorter, or back to work (the timer runs again if it ran
/// before).
fn on_break(
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

fn switch_language(w: &mut Workshop) {
    w.remember(Undo::Language(w.session.language));
    w.session.language = w.session.language.other();
    w.changed();
}

fn on_picking(w: &mut Workshop, action: Action, status: &mut Option<String>) -> Option<Effect> {
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

fn on_list_key(
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
        Action::Add => {
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
        Action::Edit if w.list_row < count => {
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

fn remember_lists(w: &mut Workshop) {
    w.remember(Undo::Lists {
        parking: w.session.parking_lot.clone(),
        participants: w.session.participants.clone(),
    });
}
