//! The application state, its messages and the one `update` function. Nothing here
//! touches the terminal: `tui.rs` feeds messages in and carries the effects out.

mod answer_draft;
mod changes;
mod commit;
pub mod editor;
pub mod fields;
pub mod keymap;
pub mod lists;
mod moves;
pub mod palette;
pub mod progress;
pub mod remote;
pub mod room;
pub use room::RoomInfo;
pub mod round_flow;
mod round_selection;
pub mod start;
mod step_clock;
mod tasks;
mod typing;
mod update;

use std::path::PathBuf;
use std::time::Duration;

use jiff::civil::Date;

pub use self::editor::Editor;
use self::fields::{Field, Slot, Table};
use self::keymap::Scope;
pub use self::progress::Progress;
pub use self::start::{NewSession, SessionEntry, StartState};
use crate::exercises::Kind;
use crate::exercises::field::MAX_TABLES;
use crate::model::{Language, Moment, Round};
use crate::record::{Session, Step};

/// Below this size the wall cannot show the work: keys then do nothing but quit.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

pub struct App {
    /// The language of the screen when no session is open (a session brings its own).
    pub language: Language,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// A one-line message for the facilitator, cleared by the next key.
    pub status: Option<String>,
    /// Time since start, from `Msg::Tick`: the only clock `update` knows.
    pub clock: Duration,
    pub quitting: bool,
    /// An action that waits for its key once more before it happens (quit, switching
    /// the session's language, revealing): a stray key never does these alone.
    pub armed: Option<keymap::Action>,
    /// Phones waiting to hear that their answer is in: each with the generation that
    /// holds it, told when a save of that generation (or a later one) is on disk.
    pub acks: Vec<(u64, room::Ack)>,
    /// The terminal's size as the loop last heard it; `None` until it says (tests).
    pub size: Option<(u16, u16)>,
    /// Presenter views attached to this wall.
    pub presenters: usize,
    /// The room for phones, while it is open.
    pub room: Option<RoomInfo>,
    /// First line of the help overlay shown; the view clamps it.
    pub help_scroll: u16,
    /// The scopes that were active when help opened: their keys are listed first.
    pub help_context: Vec<Scope>,
    /// The command palette over the screen, while it is open.
    pub palette: Option<palette::Palette>,
}

pub enum Screen {
    Start(Box<StartState>),
    Workshop(Box<Workshop>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// The parking lot or the participants, edited in place.
    List(lists::List),
    /// The room for phones: its QR code, address and code, big.
    Room,
    /// A break, its time left big on the wall; it ends at `ends_at` on the app's clock.
    /// `resume`: the step's timer ran before the break and runs again after it.
    Break {
        ends_at: Duration,
        resume: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Pending,
    Failed(String),
    ReadOnly,
}

/// A session being run: the record plus where the cursor is.
pub struct Workshop {
    pub session: Session,
    pub path: PathBuf,
    /// The facilitator's private file of the session (notes, held-back and unrevealed
    /// answers: `record::private`), written before the session file by every save;
    /// `None` where the session was made in memory (tests), then only `path` is written.
    pub private_file: Option<PathBuf>,
    /// What the session file counts but the private file did not hold when opened.
    pub kept_elsewhere: crate::record::private::Joined,
    /// Text typed into a field that did not read, left there with Tab: shown in its
    /// field with the reason (what was typed after it went to the next fields, not over
    /// it), and in the editor again when the field is opened. Step, field, text, reason.
    pub refused: Vec<(usize, Field, String, String)>,
    pub read_only: bool,
    pub step: usize,
    pub slot: usize,
    /// The selected row of each table of the step (indexed by `Table::index`).
    pub rows: [usize; MAX_TABLES],
    /// The focused field of the open row, when a table row is open as a form.
    pub detail: Option<usize>,
    pub editor: Option<Editor>,
    /// Choosing the second goal of a conflict; holds the first goal's row.
    pub picking: Option<usize>,
    pub sidebar: bool,
    /// Presentation mode: no chrome, the question and the step's result big.
    pub presenting: bool,
    /// Presenting: which of the step's items is on the wall (`presented_items`).
    pub item: usize,
    /// The selected entry of the open list overlay.
    pub list_row: usize,
    pub undo: Vec<Undo>,
    /// What undo took back, newest last; any new change empties it.
    pub redo: Vec<Undo>,
    /// The day the workshop was opened: what checks with a date (a KPI's expiry) are
    /// measured against, so that neither `update` nor a view reads the clock.
    pub today: Date,
    /// When the workshop was opened; with the app's clock it dates a round's answers.
    pub opened: Moment,
    /// The current step's latest round is on screen (collecting, or its result).
    pub round_shown: bool,
    /// The participant selected in the round's list.
    pub round_row: usize,
    /// Somebody giving their answer at the shared keyboard, privately.
    pub answering: Option<round_flow::Answering>,
    /// The step to go back to when the form of a next step just made is left.
    pub return_to: Option<usize>,
    /// The wall shows nothing (as `b` blanks a slide show): a pause, a private word.
    pub blank: bool,
    /// No footer and no facilitator hints on the wall: a presenter has them.
    pub clean: bool,
    pub entered_at: Duration,
    /// The step's timer is stopped since this moment (a question the room parks, a break).
    pub paused_at: Option<Duration>,
    /// An untouched session's clock waits for the room, on this step: preparing it the
    /// day before (names, a look at the hints) is no time on step 1. See
    /// `start_clock_at_work`.
    pub clock_waits: Option<usize>,
    /// Bumped by every change; the saver compares it with what reached the disk.
    pub generation: u64,
    pub saved_generation: u64,
    pub save: SaveState,
    /// The step's findings as last worded, with what they were worded from: the checks
    /// of 2,000 goals cost more than drawing them, and a key that only moves the cursor
    /// changes none of them.
    findings: std::cell::RefCell<Option<(progress::FindingsFor, std::sync::Arc<[String]>)>>,
    /// Each step's progress as of a generation, for the agenda (the same reason).
    progress: std::cell::RefCell<Option<(u64, std::sync::Arc<[Progress]>)>>,
    /// Which steps changed since the agenda's marks were last worked out.
    steps_changed: std::cell::Cell<progress::StepsChanged>,
}

/// What undo restores: a whole step (cheap enough, and always consistent), the two
/// lists, or the session's language.
#[derive(Debug, Clone)]
pub enum Undo {
    Step {
        index: usize,
        before: Box<Step>,
    },
    Lists {
        parking: Vec<String>,
        participants: Vec<crate::model::Participant>,
    },
    Language(Language),
}

const UNDO_DEPTH: usize = 100;

pub enum Msg {
    /// A key from the wall's keyboard, as the terminal edge made it seam's own; the
    /// keymap turns it into an intent for the screen it lands on.
    Key(keymap::Chord),
    /// What is meant, from wherever it came (the keymap, the presenter, a phone).
    Intent(keymap::Intent),
    Paste(String),
    Tick(Duration),
    Saved {
        generation: u64,
        result: Result<(), String>,
    },
    Exported(Result<PathBuf, String>),
    /// seam is about to end (a signal, a closed window): keep what is typed, book time.
    Closing,
    /// The terminal's size (columns, rows), at start and after every change.
    Resized(u16, u16),
    Opened(Result<Box<Workshop>, String>),
    /// A command from the presenter view; what it does is what the wall's key does.
    Remote(remote::Command),
    /// How many presenters are attached now (the wall runs clean while one is).
    Presenters(usize),
    /// An answer from a phone to the round opened at `round`; `done` hears whether the
    /// wall took it (a round closed since is refused, never counted against another).
    RoomAnswer {
        who: crate::model::Participant,
        round: String,
        reply: crate::model::Reply,
        done: tokio::sync::oneshot::Sender<Result<(), String>>,
    },
    /// Somebody joined from a phone under a name not on the list: a late arrival.
    RoomJoined(crate::model::Participant),
    /// How many phones have joined the room.
    RoomPhones(Vec<String>),
    /// The room is about to listen; `beyond_this_laptop` when phones can reach it (not
    /// `--bind 127.0.0.1`): Windows and macOS then ask about the firewall.
    RoomOpening {
        beyond_this_laptop: bool,
    },
    /// The room opened (its address and secret), or why not.
    RoomOpened(Result<RoomInfo, String>),
    RoomClosed,
}

/// What `update` asks the event loop to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    Export,
    Open {
        path: PathBuf,
        read_only: bool,
    },
    Create(NewSession),
    /// A follow-up session of the one at this path, created and opened.
    CreateFollowUp(PathBuf),
    /// Start the room's server; `CloseRoom` stops it.
    OpenRoom,
    /// The room on the next network interface, same port and code: the QR follows.
    SwitchRoomNetwork,
    CloseRoom,
    /// The room forgets which phone answers for this participant (`Participant::key`).
    ReleasePhone(String),
}

impl App {
    pub fn new(language: Language, screen: Screen) -> App {
        App {
            language,
            screen,
            overlay: None,
            status: None,
            clock: Duration::ZERO,
            quitting: false,
            armed: None,
            acks: Vec::new(),
            size: None,
            presenters: 0,
            room: None,
            help_scroll: 0,
            help_context: Vec::new(),
            palette: None,
        }
    }

    /// Whether the screen is too small to show the work: then keys do nothing but quit,
    /// because nobody could see what they did.
    pub fn too_small(&self) -> bool {
        self.size
            .is_some_and(|(columns, rows)| columns < MIN_WIDTH || rows < MIN_HEIGHT)
    }

    /// The language everything on screen is in right now.
    pub fn ui_language(&self) -> Language {
        match &self.screen {
            Screen::Workshop(w) => w.session.language,
            Screen::Start(_) => self.language,
        }
    }

    pub fn workshop(&self) -> Option<&Workshop> {
        match &self.screen {
            Screen::Workshop(w) => Some(w),
            Screen::Start(_) => None,
        }
    }

    /// The scopes whose keys work now, narrowest first.
    pub fn scopes(&self) -> Vec<Scope> {
        if self.palette.is_some() {
            return vec![Scope::Palette];
        }
        match (&self.screen, self.overlay) {
            (_, Some(Overlay::Help)) => vec![Scope::Help],
            (Screen::Start(start), _) if start.form.as_ref().is_some_and(|f| f.focus.is_text()) => {
                vec![Scope::FormText]
            }
            (Screen::Start(start), _) if start.form.is_some() => vec![Scope::Form],
            (Screen::Start(start), _) if start.sessions.is_empty() => {
                vec![Scope::StartEmpty, Scope::Everywhere]
            }
            (Screen::Start(_), _) => vec![Scope::Start, Scope::Everywhere],
            (Screen::Workshop(w), Some(Overlay::List(_))) if w.editor.is_some() => {
                vec![Scope::Editing]
            }
            (Screen::Workshop(_), Some(Overlay::List(lists::List::Participants)))
                if self.room.is_some() =>
            {
                vec![Scope::Phones, Scope::Parking, Scope::Everywhere]
            }
            (Screen::Workshop(_), Some(Overlay::List(_))) => {
                vec![Scope::Parking, Scope::Everywhere]
            }
            (Screen::Workshop(w), _) if w.blank => vec![Scope::Blank],
            (_, Some(Overlay::Room)) => vec![Scope::Room],
            (_, Some(Overlay::Break { .. })) => vec![Scope::Break],
            (Screen::Workshop(w), None) if w.presenting => vec![Scope::Present],
            (Screen::Workshop(w), None) if w.answering.is_some() => vec![Scope::Answer],
            (Screen::Workshop(w), None) if w.shown_round().is_some() && w.editor.is_none() => {
                let round = if w.shown_round().is_some_and(Round::is_open) {
                    Scope::Round
                } else {
                    Scope::RoundRevealed
                };
                vec![round, Scope::Session, Scope::Everywhere]
            }
            (Screen::Workshop(w), None) => {
                let on_switch = w
                    .focused_field()
                    .is_some_and(|f| w.field_kind(f).is_toggle());
                if w.editor.as_ref().is_some_and(Editor::is_multiline) {
                    vec![Scope::Paragraph, Scope::Editing]
                } else if w.editor.is_some() {
                    vec![Scope::Editing]
                } else if w.picking.is_some() {
                    vec![Scope::Picking, Scope::Everywhere]
                } else if w.detail.is_some() && on_switch {
                    // A row's form is a place of its own: stray letters do nothing there.
                    vec![Scope::Choice, Scope::Detail]
                } else if w.detail.is_some() {
                    vec![Scope::Detail]
                } else if matches!(w.current_slot(), Some(Slot::Table(_))) {
                    vec![Scope::Table, Scope::Session, Scope::Everywhere]
                } else {
                    vec![Scope::Session, Scope::Everywhere]
                }
            }
        }
    }

    pub fn open_help(&mut self) {
        self.help_context = self.scopes();
        self.help_scroll = 0;
        self.overlay = Some(Overlay::Help);
    }

    pub fn update(&mut self, msg: Msg) -> Option<Effect> {
        let effect = update::update(self, msg);
        let clock = self.clock;
        if let Screen::Workshop(w) = &mut self.screen {
            w.start_clock_at_work(clock);
        }
        effect
    }
}

impl Workshop {
    pub fn new(session: Session, path: PathBuf, read_only: bool, opened: Moment) -> Workshop {
        // Resume where the workshop was when last saved.
        let step = session
            .current_step
            .saturating_sub(1)
            .min(session.steps.len().saturating_sub(1));
        // A round that still collects is what the room looks at on its step.
        let round_shown = session.steps.get(step).is_some_and(Step::collecting);
        let clock_waits = !read_only && step_clock::untouched(&session);
        Workshop {
            session,
            path,
            private_file: None,
            kept_elsewhere: crate::record::private::Joined::default(),
            refused: Vec::new(),
            read_only,
            step,
            slot: 0,
            rows: [0; MAX_TABLES],
            detail: None,
            editor: None,
            picking: None,
            sidebar: true,
            presenting: false,
            item: 0,
            list_row: 0,
            undo: Vec::new(),
            redo: Vec::new(),
            today: opened.date(),
            opened,
            round_shown,
            round_row: 0,
            answering: None,
            return_to: None,
            blank: false,
            clean: false,
            entered_at: Duration::ZERO,
            paused_at: clock_waits.then_some(Duration::ZERO),
            clock_waits: clock_waits.then_some(step),
            generation: 0,
            saved_generation: 0,
            save: if read_only {
                SaveState::ReadOnly
            } else {
                SaveState::Saved
            },
            findings: std::cell::RefCell::new(None),
            progress: std::cell::RefCell::new(None),
            steps_changed: std::cell::Cell::new(progress::StepsChanged::All),
        }
    }

    /// Text left refused in `field` of the current step, and why: what the field shows
    /// until it is typed again.
    pub fn refused_in(&self, field: Field) -> Option<(&str, &str)> {
        self.refused
            .iter()
            .find(|(step, at, _, _)| *step == self.step && *at == field)
            .map(|(_, _, text, reason)| (text.as_str(), reason.as_str()))
    }

    /// What the session file counts but the private file did not hold, in words.
    pub fn missing_here(&self, l: Language) -> Option<String> {
        let missing = self.kept_elsewhere;
        let (answers, held_back) = (missing.missing_answers, missing.missing_held_back);
        (answers + held_back > 0).then(|| crate::i18n::kept_elsewhere(l, answers, held_back))
    }

    /// Starts at another step (clamped to the agenda), as `seam open --step` asks.
    /// The step is remembered as where the workshop is (a read-only look is not).
    pub fn go_to(&mut self, step: usize) {
        self.step = step.min(self.session.steps.len().saturating_sub(1));
        self.round_shown = self.current().is_some_and(Step::collecting);
        if !self.read_only && self.session.current_step != self.step + 1 {
            self.session.current_step = self.step + 1;
            self.changed();
        }
    }

    /// Moves to another step, booking the time of the one left and remembering where
    /// the workshop is, so that a restart resumes there.
    pub fn enter_step(&mut self, step: usize, clock: Duration) {
        let step = step.min(self.session.steps.len().saturating_sub(1));
        if step == self.step {
            return;
        }
        self.book_time(clock);
        self.step = step;
        self.entered_at = clock;
        // A stopped timer stays stopped on the next step.
        self.paused_at = self.paused_at.map(|_| clock);
        self.slot = 0;
        self.detail = None;
        self.rows = [0; MAX_TABLES];
        self.item = 0;
        // A round that still collects is what the room looks at on its step.
        self.round_shown = self.current().is_some_and(Step::collecting);
        self.session.current_step = step + 1;
        self.changed();
    }

    pub fn current(&self) -> Option<&Step> {
        self.session.steps.get(self.step)
    }

    /// What presentation mode shows of the current step one at a time: what the room
    /// settled there (each goal, each agreement …), as the handout's first page says it.
    pub fn presented_items(&self) -> Vec<crate::exercises::kind::Decided> {
        self.record()
            .map(|r| r.decided(self.session.language))
            .unwrap_or_default()
    }

    /// The current step's exercise, through its kind's interface.
    pub fn record(&self) -> Option<&dyn Kind> {
        self.current().map(|s| s.result.record())
    }

    pub fn slots(&self) -> &'static [Slot] {
        self.record().map_or(&[], |r| r.slots())
    }

    pub fn current_slot(&self) -> Option<Slot> {
        self.slots().get(self.slot).copied()
    }

    pub fn row(&self, table: Table) -> usize {
        self.rows[table.index()]
    }

    pub fn row_count(&self, table: Table) -> usize {
        self.record().map_or(0, |r| r.rows(table))
    }

    /// How many fields a row of `table` has in its form.
    pub fn columns(&self, table: Table) -> u8 {
        self.record().map_or(0, |r| r.columns(table))
    }

    /// The field the cursor is on: in an open row, the row's field; else a field slot.
    pub fn focused_field(&self) -> Option<Field> {
        match (self.current_slot()?, self.detail) {
            (Slot::Table(table), Some(index)) => {
                let column = u8::try_from(index).ok()?;
                (column < self.columns(table)).then(|| table.cell(self.row(table), column))
            }
            (Slot::Field(field), _) => Some(field),
            (Slot::Table(_), None) => None,
        }
    }

    /// The round on screen: the current step's latest, while `round_shown`.
    pub fn shown_round(&self) -> Option<&Round> {
        self.current()
            .filter(|_| self.round_shown)
            .and_then(|s| s.rounds.last())
    }

    /// How a field of the current step is typed.
    pub fn field_kind(&self, field: Field) -> fields::FieldKind {
        fields::kind(&self.session, self.step, field)
    }

    pub fn is_dirty(&self) -> bool {
        self.generation != self.saved_generation
    }

    fn changed(&mut self) {
        self.generation += 1;
        self.steps_changed.set(progress::StepsChanged::All);
        if self.save != SaveState::ReadOnly && !matches!(self.save, SaveState::Failed(_)) {
            self.save = SaveState::Pending;
        }
    }

    /// A change to step `index`'s fields only (a key typed into one of them): as
    /// `changed`, and the agenda need only look at that step again.
    fn changed_in_step(&mut self, index: usize) {
        let narrowed = self.steps_changed.get().and(index);
        self.changed();
        self.steps_changed.set(narrowed);
    }

    fn remember(&mut self, entry: Undo) {
        if self.undo.len() == UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.undo.push(entry);
        self.redo.clear();
    }

    /// The state now of what `entry` would restore, for the other direction.
    fn snapshot_like(&self, entry: &Undo) -> Undo {
        match entry {
            Undo::Step { index, before } => Undo::Step {
                index: *index,
                // Steps are never removed; were the index gone, the entry stays as it is.
                before: Box::new(
                    self.session
                        .steps
                        .get(*index)
                        .cloned()
                        .unwrap_or_else(|| (**before).clone()),
                ),
            },
            Undo::Lists { .. } => Undo::Lists {
                parking: self.session.parking_lot.clone(),
                participants: self.session.participants.clone(),
            },
            Undo::Language(_) => Undo::Language(self.session.language),
        }
    }

    fn remember_step(&mut self) {
        self.remember_step_at(self.step);
    }

    /// Keeps step `index` as it is now for undo (a phone's answer or a presenter's note
    /// may change another step than the one on screen).
    fn remember_step_at(&mut self, index: usize) {
        if let Some(step) = self.session.steps.get(index).cloned() {
            self.remember(Undo::Step {
                index,
                before: Box::new(step),
            });
        }
    }
}
