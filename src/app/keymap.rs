//! The key bindings, as data, and the one place a key becomes an intent: `update` acts
//! on intents (next step, add a row, this text typed …), never on keys, so the room and
//! the presenter can send the same intents. The footer hints and the `?` overlay are
//! generated from the same table, so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui_textarea::Input;

use crate::i18n::Label;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    NextStep,
    PrevStep,
    NextField,
    PrevField,
    Up,
    Down,
    Edit,
    Back,
    Add,
    Delete,
    Undo,
    Redo,
    /// Leaves the field being typed into as it was before typing.
    Cancel,
    /// A line break in a paragraph.
    NewLine,
    /// Clears the line being typed up to the cursor, as in a shell.
    ClearLine,
    MoveUp,
    MoveDown,
    ToggleSidebar,
    ParkingLot,
    Participants,
    SwitchLanguage,
    Toggle,
    /// The previous choice of a choice field (the other way round from `Toggle`).
    ToggleBack,
    Pair,
    /// Puts the step's question to the room as a blind round, or shows the round.
    OpenRound,
    /// Shows all answers of the open round at once.
    Reveal,
    /// Collects again after a reveal (kept in the record).
    Reopen,
    /// Shows the person answering what they typed, for a moment.
    Peek,
    /// A blank wall, and back.
    Blank,
    /// The room for phones: opens it, or shows its QR code again.
    Room,
    CloseRoom,
    /// Lets the selected participant answer from another phone (the first one's
    /// battery died): the name is free again, the old phone is signed off.
    ReleasePhone,
    /// The wall without footer and facilitator hints, and back.
    Clean,
    /// Turns the item under the cursor into a next step: what, who, by when.
    MakeTask,
    /// Dots per person in a vote, before anybody has voted.
    MoreDots,
    FewerDots,
    /// Whether one person may put several dots on one item.
    Stacking,
    /// The round is revealed without names.
    Anonymous,
    /// The round reveals itself when everybody has answered.
    WhenAll,
    TimerPlus,
    TimerMinus,
    /// Stops or restarts the step's timer.
    PauseTimer,
    /// A break: its time big on the wall, the step's timer stopped meanwhile.
    Break,
    /// The next colour theme of the session.
    Theme,
    /// Presentation mode on or off.
    Present,
    Export,
    NewSession,
    /// A follow-up of the selected session, weeks later.
    NewFollowUp,
}

/// Where a binding applies. Several scopes are active at once (a table inside a step).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    Session,
    Table,
    /// A table row open as a form, not typing: keys move between its fields.
    Detail,
    /// On a field that is switched (a choice or a check box).
    Choice,
    Editing,
    /// Typing into a paragraph, where Enter is a line break.
    Paragraph,
    Start,
    Parking,
    /// The participants while the room is open: phones can be let go of.
    Phones,
    Picking,
    Help,
    /// A break on the wall.
    Break,
    /// Presentation mode: only the question and the result.
    Present,
    /// A round on screen: who has answered, or its result.
    Round,
    /// Somebody types their answer to a round, masked.
    Answer,
    /// The wall is blank: keys bring it back, nothing else.
    Blank,
    /// The presenter view in its own terminal.
    Presenter,
    /// The room's QR code on the wall.
    Room,
    /// Typing the facilitator's notes on the presenter view.
    PresenterNotes,

    /// The new-session form on a choice (template, language).
    Form,
    /// The new-session form on a text field (title, participants): keys type.
    FormText,
}

/// What a key means where it was pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    Do(Action),
    /// Text editing in the field being typed into.
    Type(Input),
    /// A key that means nothing here (the help closes on any key).
    Nothing,
}

impl Scope {
    /// In these scopes, a key without a binding is typed.
    fn types(self) -> bool {
        matches!(
            self,
            Scope::Editing
                | Scope::Paragraph
                | Scope::FormText
                | Scope::Answer
                | Scope::PresenterNotes
        )
    }

    pub fn label(self) -> Label {
        match self {
            Scope::Everywhere => Label::ScopeEverywhere,
            Scope::Session => Label::ScopeSession,
            Scope::Table => Label::ScopeTable,
            Scope::Detail => Label::ScopeDetail,
            Scope::Choice => Label::ScopeChoice,
            Scope::Paragraph => Label::ScopeParagraph,
            Scope::Editing => Label::ScopeEditing,
            Scope::Start => Label::ScopeStart,
            Scope::Parking => Label::ScopeList,
            Scope::Phones => Label::ScopePhones,
            Scope::Picking => Label::ScopePicking,
            Scope::Help => Label::HelpTitle,
            Scope::Form | Scope::FormText => Label::NewSession,
            Scope::Break => Label::ScopeBreak,
            Scope::Present => Label::ScopePresent,
            Scope::Round => Label::ScopeRound,
            Scope::Answer => Label::ScopeAnswer,
            Scope::Blank => Label::ScopeBlank,
            Scope::Presenter => Label::ScopePresenter,
            Scope::Room => Label::ScopeRoom,
            Scope::PresenterNotes => Label::FacilitatorNotes,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chord {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn key(code: KeyCode) -> Chord {
    Chord {
        code,
        modifiers: KeyModifiers::NONE,
    }
}
const fn ch(c: char) -> Chord {
    key(KeyCode::Char(c))
}
const fn ctrl(c: char) -> Chord {
    Chord {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}
const fn shift(code: KeyCode) -> Chord {
    Chord {
        code,
        modifiers: KeyModifiers::SHIFT,
    }
}

pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [Chord],
    pub action: Action,
    pub label: Label,
    /// Shown in the footer (the rest only in the `?` overlay, to keep the footer calm).
    pub hint: bool,
}

const fn bind(
    scope: Scope,
    keys: &'static [Chord],
    action: Action,
    label: Label,
    hint: bool,
) -> Binding {
    Binding {
        scope,
        keys,
        action,
        label,
        hint,
    }
}

use Action as A;
use KeyCode as K;
use Scope as S;

/// First match wins, so narrower scopes come first.
pub const BINDINGS: &[Binding] = &[
    bind(
        S::Answer,
        &[key(K::Enter)],
        A::Edit,
        Label::KeyAnswerNext,
        true,
    ),
    bind(
        S::Answer,
        &[key(K::Tab)],
        A::NextField,
        Label::KeyAnswerNext,
        false,
    ),
    bind(
        S::Answer,
        &[ctrl('p'), key(K::F(2))],
        A::Peek,
        Label::KeyPeek,
        true,
    ),
    bind(
        S::Answer,
        &[key(K::Esc)],
        A::Back,
        Label::KeyAnswerDrop,
        true,
    ),
    bind(
        S::Answer,
        &[ctrl('u')],
        A::ClearLine,
        Label::KeyClearLine,
        false,
    ),
    bind(S::Answer, &[ctrl('c')], A::Quit, Label::KeyQuit, false),
    // Tab moves through the people as it moves through fields elsewhere (and no longer
    // moves a field of the exercise hidden behind the round).
    bind(
        S::Round,
        &[key(K::Up), key(K::BackTab)],
        A::Up,
        Label::KeyUp,
        false,
    ),
    bind(
        S::Round,
        &[key(K::Down), key(K::Tab)],
        A::Down,
        Label::KeyDown,
        false,
    ),
    bind(S::Round, &[key(K::Enter)], A::Edit, Label::KeyAnswer, true),
    bind(S::Round, &[ch('r')], A::Reveal, Label::KeyReveal, true),
    bind(S::Round, &[ch('R')], A::Reopen, Label::KeyReopen, false),
    bind(
        S::Round,
        &[ch('o')],
        A::OpenRound,
        Label::KeyNewRound,
        false,
    ),
    bind(S::Round, &[ch('+')], A::MoreDots, Label::KeyMoreDots, false),
    bind(
        S::Round,
        &[ch('-')],
        A::FewerDots,
        Label::KeyFewerDots,
        false,
    ),
    bind(S::Round, &[ch('s')], A::Stacking, Label::KeyStacking, false),
    bind(
        S::Round,
        &[ch('a')],
        A::Anonymous,
        Label::KeyAnonymous,
        false,
    ),
    bind(S::Round, &[ch('w')], A::WhenAll, Label::KeyWhenAll, false),
    bind(
        S::Round,
        &[key(K::Esc)],
        A::Back,
        Label::KeyRoundClose,
        true,
    ),
    bind(S::Help, &[key(K::Up)], A::Up, Label::KeyScroll, true),
    bind(S::Help, &[key(K::Down)], A::Down, Label::KeyScroll, false),
    bind(
        S::Help,
        &[key(K::PageUp)],
        A::PrevStep,
        Label::KeyScroll,
        false,
    ),
    bind(
        S::Help,
        &[key(K::PageDown)],
        A::NextStep,
        Label::KeyScroll,
        false,
    ),
    bind(S::Help, &[key(K::Esc)], A::Back, Label::KeyClose, true),
    bind(
        S::Paragraph,
        &[key(K::Enter)],
        A::NewLine,
        Label::KeyNewLine,
        true,
    ),
    bind(S::Editing, &[key(K::Enter)], A::Edit, Label::KeyDone, true),
    bind(
        S::Editing,
        &[key(K::Tab)],
        A::NextField,
        Label::KeyNextField,
        true,
    ),
    bind(
        S::Editing,
        &[key(K::BackTab)],
        A::PrevField,
        Label::KeyPrevField,
        false,
    ),
    bind(S::Editing, &[key(K::Esc)], A::Back, Label::KeyDone, true),
    bind(
        S::Editing,
        &[ctrl('z')],
        A::Cancel,
        Label::KeyCancelEdit,
        false,
    ),
    bind(
        S::Editing,
        &[ctrl('u')],
        A::ClearLine,
        Label::KeyClearLine,
        false,
    ),
    bind(S::Editing, &[ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(S::Form, &[key(K::Enter)], A::Edit, Label::KeyCreate, true),
    bind(
        S::Form,
        &[key(K::Tab)],
        A::NextField,
        Label::KeyNextField,
        true,
    ),
    bind(
        S::Form,
        &[key(K::BackTab)],
        A::PrevField,
        Label::KeyPrevField,
        false,
    ),
    bind(
        S::Form,
        &[key(K::Left)],
        A::ToggleBack,
        Label::KeyChoose,
        false,
    ),
    bind(
        S::Form,
        &[key(K::Right), key(K::Char(' '))],
        A::Toggle,
        Label::KeyChoose,
        false,
    ),
    bind(S::Form, &[key(K::Esc)], A::Back, Label::KeyCancel, true),
    bind(S::Form, &[ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(
        S::FormText,
        &[key(K::Enter)],
        A::Edit,
        Label::KeyCreate,
        true,
    ),
    bind(
        S::FormText,
        &[key(K::Tab)],
        A::NextField,
        Label::KeyNextField,
        true,
    ),
    bind(
        S::FormText,
        &[key(K::BackTab)],
        A::PrevField,
        Label::KeyPrevField,
        false,
    ),
    bind(S::FormText, &[key(K::Esc)], A::Back, Label::KeyCancel, true),
    bind(S::FormText, &[ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(S::Picking, &[key(K::Up)], A::Up, Label::KeyUp, false),
    bind(S::Picking, &[key(K::Down)], A::Down, Label::KeyDown, false),
    bind(
        S::Picking,
        &[key(K::Enter)],
        A::Edit,
        Label::KeyChoose,
        true,
    ),
    bind(S::Picking, &[key(K::Esc)], A::Back, Label::KeyCancel, true),
    bind(S::Parking, &[key(K::Up)], A::Up, Label::KeyUp, false),
    bind(S::Parking, &[key(K::Down)], A::Down, Label::KeyDown, false),
    bind(
        S::Parking,
        &[ch('o')],
        A::OpenRound,
        Label::KeyVoteParking,
        false,
    ),
    bind(S::Parking, &[ch('N')], A::MakeTask, Label::KeyTask, false),
    bind(
        S::Parking,
        &[ch('a'), key(K::Insert)],
        A::Add,
        Label::KeyAdd,
        true,
    ),
    bind(
        S::Parking,
        &[key(K::Enter), ch('e')],
        A::Edit,
        Label::KeyEdit,
        true,
    ),
    bind(
        S::Parking,
        &[ch('d'), key(K::Delete)],
        A::Delete,
        Label::KeyDelete,
        true,
    ),
    bind(
        S::Parking,
        &[ch('u'), ctrl('z')],
        A::Undo,
        Label::KeyUndo,
        true,
    ),
    bind(
        S::Parking,
        &[ch('U'), ctrl('y')],
        A::Redo,
        Label::KeyRedo,
        false,
    ),
    bind(S::Parking, &[key(K::Esc)], A::Back, Label::KeyBack, true),
    bind(
        S::Parking,
        &[ch('l')],
        A::ParkingLot,
        Label::KeyParking,
        false,
    ),
    bind(
        S::Parking,
        &[ch('P')],
        A::Participants,
        Label::KeyParticipants,
        false,
    ),
    bind(
        S::Phones,
        &[ch('F')],
        A::ReleasePhone,
        Label::KeyReleasePhone,
        true,
    ),
    bind(
        S::Choice,
        &[key(K::Char(' '))],
        A::Toggle,
        Label::KeyToggle,
        true,
    ),
    bind(S::Detail, &[key(K::Enter)], A::Edit, Label::KeyEdit, true),
    bind(
        S::Detail,
        &[key(K::Tab)],
        A::NextField,
        Label::KeyNextField,
        true,
    ),
    bind(
        S::Detail,
        &[key(K::BackTab)],
        A::PrevField,
        Label::KeyPrevField,
        false,
    ),
    bind(S::Detail, &[key(K::Up)], A::Up, Label::KeyUp, false),
    bind(S::Detail, &[key(K::Down)], A::Down, Label::KeyDown, false),
    bind(S::Detail, &[ctrl('z')], A::Undo, Label::KeyUndo, false),
    bind(S::Detail, &[ctrl('y')], A::Redo, Label::KeyRedo, false),
    bind(S::Detail, &[key(K::Esc)], A::Back, Label::KeyBack, true),
    bind(
        S::Detail,
        &[ch('?'), key(K::F(1))],
        A::Help,
        Label::KeyHelp,
        true,
    ),
    bind(S::Detail, &[ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(
        S::Table,
        &[ch('a'), key(K::Insert)],
        A::Add,
        Label::KeyAdd,
        true,
    ),
    bind(
        S::Table,
        &[ch('d'), key(K::Delete)],
        A::Delete,
        Label::KeyDelete,
        true,
    ),
    bind(
        S::Table,
        &[shift(K::Up), ch('K')],
        A::MoveUp,
        Label::KeyMoveUp,
        false,
    ),
    bind(
        S::Table,
        &[shift(K::Down), ch('J')],
        A::MoveDown,
        Label::KeyMoveDown,
        false,
    ),
    bind(S::Table, &[ch('c')], A::Pair, Label::KeyConflict, false),
    bind(S::Start, &[key(K::Up)], A::Up, Label::KeyUp, false),
    bind(S::Start, &[key(K::Down)], A::Down, Label::KeyDown, false),
    bind(S::Start, &[key(K::Enter)], A::Edit, Label::KeyOpen, true),
    bind(S::Start, &[ch('n')], A::NewSession, Label::KeyNew, true),
    bind(
        S::Start,
        &[ch('f')],
        A::NewFollowUp,
        Label::KeyNewFollowUp,
        true,
    ),
    bind(
        S::Start,
        &[key(K::Tab)],
        A::NextField,
        Label::KeyNextField,
        false,
    ),
    bind(
        S::Start,
        &[key(K::BackTab)],
        A::PrevField,
        Label::KeyPrevField,
        false,
    ),
    bind(S::Start, &[key(K::Esc)], A::Back, Label::KeyBack, false),
    bind(
        S::Session,
        &[key(K::Enter), ch('e')],
        A::Edit,
        Label::KeyEdit,
        true,
    ),
    bind(
        S::Session,
        &[key(K::Tab)],
        A::NextField,
        Label::KeyNextField,
        true,
    ),
    bind(
        S::Session,
        &[key(K::BackTab)],
        A::PrevField,
        Label::KeyPrevField,
        false,
    ),
    bind(S::Session, &[key(K::Up)], A::Up, Label::KeyUp, false),
    bind(S::Session, &[key(K::Down)], A::Down, Label::KeyDown, false),
    bind(
        S::Session,
        &[key(K::PageDown), ch('n')],
        A::NextStep,
        Label::KeyNextStep,
        true,
    ),
    bind(
        S::Session,
        &[key(K::PageUp), ch('p')],
        A::PrevStep,
        Label::KeyPrevStep,
        true,
    ),
    bind(
        S::Session,
        &[ch('u'), ctrl('z')],
        A::Undo,
        Label::KeyUndo,
        false,
    ),
    bind(
        S::Session,
        &[ch('U'), ctrl('y')],
        A::Redo,
        Label::KeyRedo,
        false,
    ),
    bind(
        S::Session,
        &[ch('l')],
        A::ParkingLot,
        Label::KeyParking,
        true,
    ),
    bind(
        S::Session,
        &[ch('P')],
        A::Participants,
        Label::KeyParticipants,
        false,
    ),
    bind(
        S::Session,
        &[ch('b')],
        A::ToggleSidebar,
        Label::KeySidebar,
        false,
    ),
    bind(
        S::Session,
        &[ch('+')],
        A::TimerPlus,
        Label::KeyTimerPlus,
        false,
    ),
    bind(
        S::Session,
        &[ch('-')],
        A::TimerMinus,
        Label::KeyTimerMinus,
        false,
    ),
    bind(S::Session, &[ch('x')], A::Export, Label::KeyExport, false),
    bind(
        S::Session,
        &[ch('t')],
        A::PauseTimer,
        Label::KeyPause,
        false,
    ),
    bind(S::Session, &[ch('B')], A::Break, Label::KeyBreak, false),
    bind(S::Session, &[ch('T')], A::Theme, Label::KeyTheme, false),
    bind(S::Session, &[ch('o')], A::OpenRound, Label::KeyRound, true),
    bind(S::Session, &[ch('N')], A::MakeTask, Label::KeyTask, false),
    bind(S::Session, &[ch('.')], A::Blank, Label::KeyBlank, false),
    bind(S::Session, &[ch('J')], A::Room, Label::KeyRoom, false),
    bind(
        S::Room,
        &[key(K::Esc), ch('J')],
        A::Back,
        Label::KeyBack,
        true,
    ),
    bind(S::Room, &[ch('c')], A::CloseRoom, Label::KeyRoomClose, true),
    bind(S::Room, &[ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(S::Session, &[ch('C')], A::Clean, Label::KeyClean, false),
    bind(
        S::Blank,
        &[ch('.'), key(K::Esc), key(K::Enter)],
        A::Blank,
        Label::KeyUnblank,
        true,
    ),
    bind(S::Blank, &[ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(
        S::Presenter,
        &[key(K::PageDown), ch('n')],
        A::NextStep,
        Label::KeyNextStep,
        true,
    ),
    bind(
        S::Presenter,
        &[key(K::PageUp), ch('p')],
        A::PrevStep,
        Label::KeyPrevStep,
        true,
    ),
    bind(
        S::Presenter,
        &[ch('o')],
        A::OpenRound,
        Label::KeyRound,
        true,
    ),
    bind(S::Presenter, &[ch('r')], A::Reveal, Label::KeyReveal, true),
    bind(
        S::Presenter,
        &[ch('k')],
        A::Peek,
        Label::KeyPeekPresenter,
        true,
    ),
    bind(
        S::Presenter,
        &[ch('t')],
        A::PauseTimer,
        Label::KeyPause,
        false,
    ),
    bind(
        S::Presenter,
        &[ch('v'), key(K::F(5))],
        A::Present,
        Label::KeyPresent,
        false,
    ),
    bind(S::Presenter, &[ch('.')], A::Blank, Label::KeyBlank, true),
    bind(S::Presenter, &[ch('c')], A::Clean, Label::KeyClean, false),
    bind(
        S::Presenter,
        &[ch('e'), key(K::Enter)],
        A::Edit,
        Label::KeyNotes,
        true,
    ),
    bind(
        S::PresenterNotes,
        &[key(K::Esc)],
        A::Back,
        Label::KeyDone,
        true,
    ),
    bind(
        S::PresenterNotes,
        &[ctrl('c')],
        A::Quit,
        Label::KeyQuit,
        false,
    ),
    bind(
        S::Presenter,
        &[ch('q'), ctrl('c')],
        A::Quit,
        Label::KeyPresenterQuit,
        true,
    ),
    bind(
        S::Session,
        &[ch('v'), key(K::F(5))],
        A::Present,
        Label::KeyPresent,
        false,
    ),
    bind(
        S::Present,
        &[ch('v'), key(K::F(5)), key(K::Esc)],
        A::Present,
        Label::KeyPresentEnd,
        true,
    ),
    bind(
        S::Present,
        &[key(K::PageDown), ch('n')],
        A::NextStep,
        Label::KeyNextStep,
        true,
    ),
    bind(
        S::Present,
        &[key(K::PageUp), ch('p')],
        A::PrevStep,
        Label::KeyPrevStep,
        true,
    ),
    bind(S::Present, &[ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(S::Present, &[ch('r')], A::Reveal, Label::KeyReveal, false),
    bind(
        S::Break,
        &[ch('+')],
        A::TimerPlus,
        Label::KeyTimerPlus,
        true,
    ),
    bind(
        S::Break,
        &[ch('-')],
        A::TimerMinus,
        Label::KeyTimerMinus,
        true,
    ),
    bind(
        S::Break,
        &[key(K::Esc), key(K::Enter)],
        A::Back,
        Label::KeyBreakEnd,
        true,
    ),
    bind(
        S::Break,
        &[ch('q'), ctrl('c')],
        A::Quit,
        Label::KeyQuit,
        false,
    ),
    bind(
        S::Everywhere,
        &[ch('L')],
        A::SwitchLanguage,
        Label::KeyLanguage,
        false,
    ),
    bind(
        S::Everywhere,
        &[ch('?'), key(K::F(1))],
        A::Help,
        Label::KeyHelp,
        true,
    ),
    bind(
        S::Everywhere,
        &[ch('q'), ctrl('c')],
        A::Quit,
        Label::KeyQuit,
        true,
    ),
];

/// What `event` means in `scopes` (narrowest first); `None` for a key release.
pub fn intent(scopes: &[Scope], event: &KeyEvent) -> Option<Intent> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    Some(match lookup(scopes, event) {
        Some(action) => Intent::Do(action),
        None if scopes.first().is_some_and(|s| s.types()) => Intent::Type(Input::from(*event)),
        None => Intent::Nothing,
    })
}

/// The action bound to `event` in the first of `scopes` that binds it.
pub fn lookup(scopes: &[Scope], event: &KeyEvent) -> Option<Action> {
    // Terminals report Shift+letter as an uppercase char, sometimes with SHIFT set.
    // BackTab is Shift+Tab already, with or without the SHIFT flag.
    let modifiers = match event.code {
        KeyCode::Char(_) | KeyCode::BackTab => event.modifiers - KeyModifiers::SHIFT,
        _ => event.modifiers,
    };
    scopes.iter().find_map(|scope| {
        BINDINGS
            .iter()
            .filter(|b| b.scope == *scope)
            .find(|b| {
                b.keys
                    .iter()
                    .any(|k| k.code == event.code && k.modifiers == modifiers)
            })
            .map(|b| b.action)
    })
}

/// The keys of one scope for the help overlay, one line per meaning: bindings next to
/// each other with the same label (Left, and Right or Space, both choose) share a line.
pub fn help_lines(scope: Scope) -> Vec<(Vec<Chord>, Label)> {
    let mut lines: Vec<(Vec<Chord>, Label)> = Vec::new();
    for binding in bindings(&[scope], false) {
        match lines.last_mut() {
            Some((keys, label)) if *label == binding.label => keys.extend(binding.keys),
            _ => lines.push((binding.keys.to_vec(), binding.label)),
        }
    }
    lines
}

/// The bindings of these scopes, for the footer (`hints_only`) or the help overlay.
/// A binding whose keys all belong to a narrower scope already is left out: it cannot
/// be reached there (Enter is a line break in a paragraph, not "done").
pub fn bindings(scopes: &[Scope], hints_only: bool) -> Vec<&'static Binding> {
    let mut seen: Vec<Action> = Vec::new();
    let mut taken: Vec<Chord> = Vec::new();
    let mut out = Vec::new();
    for scope in scopes {
        let here: Vec<&'static Binding> = BINDINGS.iter().filter(|b| b.scope == *scope).collect();
        for binding in here.iter().filter(|b| b.hint || !hints_only) {
            let shadowed = binding.keys.iter().all(|k| taken.contains(k));
            if !seen.contains(&binding.action) && !shadowed {
                seen.push(binding.action);
                out.push(*binding);
            }
        }
        taken.extend(here.iter().flat_map(|b| b.keys.iter().copied()));
    }
    out
}

/// How a key is written in hints: `Enter`, `Tab`, `Ctrl-C`, `q`.
pub fn key_name(chord: &Chord) -> String {
    let base = match chord.code {
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => "Shift-Tab".to_owned(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Up => "↑".to_owned(),
        KeyCode::Down => "↓".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::Delete => "Del".to_owned(),
        KeyCode::Insert => "Ins".to_owned(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) => c.to_string(),
        _ => "?".to_owned(),
    };
    if chord.modifiers.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else if chord.modifiers.contains(KeyModifiers::SHIFT) && chord.code != KeyCode::BackTab {
        format!("Shift-{base}")
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.scope == b.scope {
                    for k in a.keys {
                        assert!(!b.keys.contains(k), "{k:?} twice in {:?}", a.scope);
                    }
                }
            }
        }
    }

    #[test]
    fn narrower_scopes_win() {
        let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(
            lookup(&[Scope::Editing, Scope::Session], &enter),
            Some(Action::Edit)
        );
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            lookup(&[Scope::Table, Scope::Session, Scope::Everywhere], &q),
            Some(Action::Quit)
        );
        let shifted = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT);
        assert_eq!(
            lookup(&[Scope::Everywhere], &shifted),
            Some(Action::SwitchLanguage)
        );
    }

    #[test]
    fn keys_become_intents_and_unbound_keys_are_typed_only_while_typing() {
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            intent(&[Scope::Session, Scope::Everywhere], &q),
            Some(Intent::Do(Action::Quit))
        );
        assert_eq!(
            intent(&[Scope::Editing], &q),
            Some(Intent::Type(Input::from(q)))
        );
        assert_eq!(
            intent(&[Scope::FormText], &q),
            Some(Intent::Type(Input::from(q)))
        );
        let z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::NONE);
        assert_eq!(intent(&[Scope::Session], &z), Some(Intent::Nothing));
        let mut released = q;
        released.kind = KeyEventKind::Release;
        assert_eq!(intent(&[Scope::Session], &released), None);
    }

    #[test]
    fn choosing_left_and_right_share_one_help_line() {
        let lines = help_lines(Scope::Form);
        let choose: Vec<_> = lines
            .iter()
            .filter(|(_, label)| *label == Label::KeyChoose)
            .collect();
        assert_eq!(choose.len(), 1);
        assert_eq!(choose[0].0.len(), 3);
    }
}
