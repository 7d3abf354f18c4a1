//! The one `update` function: a message and the current state in, the next state and at
//! most one effect out.

use std::time::Duration;

use super::changes::{self, refuse_if_read_only};
use super::fields::Slot;
use super::keymap::{self, Action, Intent};
use super::lists::List;
use super::moves::{self, TIMER_STEP_MINUTES};
use super::palette::{Outcome, Palette};
use super::round_flow;
use super::start;
use super::typing;
use super::{App, Effect, Msg, Overlay, SaveState, Screen, Workshop};
use crate::i18n::{Label, t};
use crate::record::template::MAX_TIMEBOX_MINUTES;

/// A break starts at this length; F8 and F7 change it by `TIMER_STEP_MINUTES`.
const BREAK_MINUTES: u32 = 15;

pub(super) fn update(app: &mut App, msg: Msg) -> Option<Effect> {
    match msg {
        Msg::Tick(now) => {
            app.clock = now;
            super::step_clock::keep_time(app);
            None
        }
        Msg::Key(key) => {
            let intent = keymap::intent(&app.scopes(), &key);
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
            typing::on_paste(app, &text);
            None
        }
        Msg::Saved { generation, result } => {
            if let Screen::Workshop(w) = &mut app.screen {
                match result {
                    Ok(()) => {
                        w.saved_generation = w.saved_generation.max(generation);
                        super::room::acknowledge_saved(&mut app.acks, generation);
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
            workshop.arrive(app.clock);
            if let Some(missing) = workshop.missing_here(app.ui_language()) {
                app.status = Some(missing);
            }
            app.screen = Screen::Workshop(workshop);
            app.overlay = None;
            None
        }
        Msg::Opened(Err(reason)) => {
            app.status = Some(reason);
            None
        }
        Msg::Remote(command) => {
            let action = super::remote::on_remote(app, command)?;
            let Screen::Workshop(w) = &mut app.screen else {
                return None;
            };
            on_workshop_action(w, &mut app.overlay, &mut app.status, action, app.clock)
        }
        Msg::RoomAnswer {
            who,
            round,
            reply,
            done,
        } => {
            super::room::answer_and_ack(app, &who, &round, reply, done);
            None
        }
        Msg::RoomJoined(person) => {
            super::room::joined(app, person);
            None
        }
        Msg::RoomPhones(names) => {
            if let Some(room) = &mut app.room {
                room.ever_joined |= !names.is_empty();
                room.phones = names;
            }
            None
        }
        Msg::RoomOpening { beyond_this_laptop } => {
            super::room::opening(app, beyond_this_laptop);
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
    let said = app.status.take();
    // Quitting, switching the session's language and revealing wait for their key once
    // more; any other key in between (the help too) cancels them.
    let armed = app.armed.take();
    let action = match &intent {
        Intent::Do(action) => Some(*action),
        Intent::Type(_) | Intent::Nothing => None,
    };
    let l = app.ui_language();
    if let Some(palette) = &mut app.palette {
        let outcome = match (&intent, action) {
            (Intent::Type(input), _) => {
                palette.on_input(input);
                Outcome::Stay
            }
            (_, Some(action)) => palette.on_action(action, l),
            _ => Outcome::Stay,
        };
        return match outcome {
            // Browsing the palette is not "another key": a question asked before it
            // opened (F12 on a Mac whose F-keys are media keys) is answered from it.
            Outcome::Stay => {
                keep_question(app, armed, said);
                None
            }
            Outcome::Close => {
                app.palette = None;
                None
            }
            Outcome::Run(action) => {
                app.palette = None;
                // As if its key had been pressed: a command that asks first asks now,
                // and choosing it once more from the palette confirms it.
                app.armed = armed;
                on_intent(app, Intent::Do(action))
            }
        };
    }
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
    if action == Some(Action::Palette) {
        app.palette = Some(Palette::new(app.scopes()));
        keep_question(app, armed, said);
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
    let typed_nowhere = matches!(intent, Intent::Type(_));
    if app.overlay == Some(Overlay::Room) {
        match action {
            Some(Action::Back) => app.overlay = None,
            Some(Action::CloseRoom) => return Some(Effect::CloseRoom),
            Some(Action::OtherNetwork) => return Some(Effect::SwitchRoomNetwork),
            _ if typed_nowhere => app.status = Some(t(l, Label::TypeNowhere).to_owned()),
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
        if typed_nowhere {
            app.status = Some(t(l, Label::TypeNowhere).to_owned());
        }
        moves::on_break(w, &mut app.overlay, (ends_at, resume), action?, clock);
        return None;
    }
    match &mut app.screen {
        Screen::Start(state) => start::on_intent(state, &mut app.language, intent),
        Screen::Workshop(w) => {
            if w.answering.is_some() {
                let now = w.opened.after(clock);
                round_flow::on_answer(w, &mut app.status, intent, now);
                return None;
            }
            if w.editor.is_some() {
                return typing::on_editor(w, &mut app.status, intent);
            }
            if let Intent::Type(input) = intent {
                let now = w.opened.after(clock);
                typing::begin(w, app.overlay, &mut app.status, Some(input), now);
                return None;
            }
            if let Some(Overlay::List(list)) = app.overlay {
                if action == Some(Action::MakeTask) && list == List::Parking {
                    if !refuse_if_read_only(w, &mut app.status)
                        && super::tasks::make(w, &mut app.overlay, &mut app.status, clock)
                    {
                        typing::open_editor(w);
                    }
                    return None;
                }
                if action == Some(Action::OpenRound) && list == List::Parking {
                    if !refuse_if_read_only(w, &mut app.status) {
                        let now = w.opened.after(clock);
                        round_flow::vote_on_parking(w, &mut app.overlay, &mut app.status, now);
                    }
                    return None;
                }
                if action == Some(Action::ReleasePhone) && list == List::Participants {
                    let person = w.session.participants.get(w.list_row);
                    if let (Some(person), Some(_)) = (person, &app.room) {
                        let l = w.session.language;
                        app.status = Some(format!(
                            "{}: {}",
                            crate::text::one_line(&person.with_department()),
                            t(l, Label::PhoneReleased)
                        ));
                        return Some(Effect::ReleasePhone(person.key()));
                    }
                    return None;
                }
                return changes::on_list_key(w, list, &mut app.overlay, &mut app.status, action?);
            }
            on_workshop_action(w, &mut app.overlay, &mut app.status, action?, clock)
        }
    }
}

/// A question asked before the palette opened stays asked, on the screen too, while
/// the palette is browsed.
fn keep_question(app: &mut App, armed: Option<Action>, said: Option<String>) {
    if armed.is_some() {
        app.armed = armed;
        app.status = said;
    }
}

/// What seam does before it ends, however it ends: what is typed is kept and the time
/// of the current step is booked.
fn close(app: &mut App) {
    let clock = app.clock;
    if let Screen::Workshop(w) = &mut app.screen {
        if w.answering.is_some() && !w.read_only {
            // An answer being typed when seam ends is stored, not lost.
            let now = w.opened.after(clock);
            round_flow::store_typed(w, &mut app.status, now);
            w.answering = None;
        }
        super::commit::commit(w);
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
            if let Some(w) = w
                && let Some(round) = w
                    .shown_round()
                    .filter(|r| r.is_open() && !r.too_few_to_reveal()) =>
        {
            // Who is still missing is said before the answers are out.
            let missing = w
                .session
                .participants
                .iter()
                .filter(|p| round.asks(p) && !round.answered_by(p))
                .count();
            let question = t(l, Label::RevealConfirm);
            return Some(match missing {
                0 => question.to_owned(),
                1 => format!("1 {} – {question}", t(l, Label::RoundMissingOne)),
                n => format!("{n} {} – {question}", t(l, Label::RoundMissing)),
            });
        }
        // Asking an anonymous round again with names drops its answers.
        Action::Anonymous
            if w.and_then(Workshop::shown_round)
                .is_some_and(|r| r.is_open() && !r.answers.is_empty() && r.too_few_to_reveal()) =>
        {
            Label::AskByNameConfirm
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

pub(super) fn on_workshop_action(
    w: &mut Workshop,
    overlay: &mut Option<Overlay>,
    status: &mut Option<String>,
    action: Action,
    clock: std::time::Duration,
) -> Option<Effect> {
    let l = w.session.language;
    let pairing = w.record().and_then(|r| r.pairing());
    if w.picking.is_some() {
        let effect = changes::on_picking(w, action, status);
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
    // A round still open on another step: Ctrl-O goes there, where it can be answered,
    // revealed or (nobody answered yet) taken back.
    if action == Action::OpenRound
        && let Some((index, _)) = w.session.open_round()
        && index != w.step
    {
        moves::go_to_step(w, index, clock);
        w.round_shown = true;
        *status = Some(t(l, Label::RoundShownElsewhere).to_owned());
        return None;
    }
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
        if round_flow::on_round_action(w, status, action, now) {
            return None;
        }
    }
    match action {
        Action::Blank => w.blank = !w.blank,
        Action::Clean => w.clean = !w.clean,
        Action::MakeTask => {
            if !refuse_if_read_only(w, status) && super::tasks::make(w, overlay, status, clock) {
                typing::open_editor(w);
            }
        }
        Action::OpenRound => {
            if !refuse_if_read_only(w, status) {
                round_flow::open(w, status, now, false);
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
        Action::SwitchLanguage => changes::switch_language(w),
        Action::ToggleSidebar => w.sidebar = !w.sidebar,
        Action::Present => {
            w.presenting = !w.presenting;
            w.item = 0;
        }
        Action::Theme => {
            w.session.theme = w.session.theme.next();
            w.changed();
            let label = match w.session.theme {
                crate::record::Theme::Terminal => Label::ThemeTerminal,
                crate::record::Theme::Dark => Label::ThemeDark,
                crate::record::Theme::Light => Label::ThemeLight,
                crate::record::Theme::HighContrast => Label::ThemeHighContrast,
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
            let forward = action == Action::NextStep;
            // Presenting, the step's items come one at a time before the next step.
            if w.presenting && moves::next_item(w, forward)
                || forward && moves::at_the_end(w, status)
            {
                return None;
            }
            let n = w.session.steps.len();
            let next = if forward {
                (w.step + 1).min(n.saturating_sub(1))
            } else {
                w.step.saturating_sub(1)
            };
            let before = w.step;
            moves::go_to_step(w, next, clock);
            if w.presenting && !forward && w.step != before {
                // Back into a step: at its last item, as a slide deck goes back.
                w.item = w.presented_items().len().saturating_sub(1);
            }
        }
        Action::NextField | Action::PrevField if w.detail.is_some() => {
            typing::move_detail(w, action == Action::NextField);
            typing::open_editor(w);
        }
        Action::NextField => moves::move_slot(w, true),
        Action::PrevField => moves::move_slot(w, false),
        Action::Up | Action::Down => moves::move_cursor(w, action == Action::Down),
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
                    typing::open_editor(w);
                }
            }
            (Some(Slot::Table(_)), None) => {}
            _ if w
                .focused_field()
                .is_some_and(|f| w.field_kind(f).is_toggle()) =>
            {
                changes::toggle(w)
            }
            _ => typing::open_editor(w),
        },
        Action::Toggle => changes::toggle(w),
        Action::Add => changes::add_row(w, status),
        Action::Delete => changes::delete_row(w, status),
        Action::MoveUp | Action::MoveDown => changes::move_row(w, action == Action::MoveDown),
        Action::Undo => changes::undo(w, status),
        Action::Redo => changes::redo(w, status),
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
            super::commit::drop_unchanged_undo(w);
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
        | Action::HoldBack
        | Action::OtherNetwork
        | Action::MoreDots
        | Action::FewerDots
        | Action::Stacking
        | Action::ToggleBack
        | Action::Cancel
        | Action::NewLine
        | Action::ClearLine
        | Action::DiscardRound
        | Action::Palette => {}
    }
    None
}
