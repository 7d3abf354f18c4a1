//! The table of every key seam knows, scope by scope. In a session no printable key is
//! bound: a letter, a digit, a space or a punctuation mark types into what is focused
//! (or does nothing and says why). Commands live on keys that produce no text — Ctrl
//! chords, F-keys, Ins/Del, PgUp/PgDn, arrows, Esc — and on the palette (Ctrl-K).
//!
//! Chosen to survive real terminals: no Ctrl-H/I/M/J/[ (they arrive as Backspace, Tab,
//! Enter, Esc), no Ctrl-B (tmux's prefix), no Ctrl-V (the paste of some terminals),
//! no Ctrl-S/Ctrl-Q as the only way to something (flow control outside raw mode);
//! F-keys are a second way wherever a laptop's function row may be taken by the OS, and
//! every command on an F-key has a way without one (another key, or the palette).
//! The steps move on Alt-→/Alt-← as well as PgDn/PgUp: macOS Terminal.app keeps the page
//! keys for its scrollback, and sends Option-→/← as Esc-f/Esc-b, which arrive as
//! Alt-F/Alt-B (bound too, unlisted). Not Ctrl-arrows (Mission Control takes them) and
//! not Alt-↑/↓ (Terminal.app sends them as the bare arrows).
//! Only the start screen and the presenter's own terminal, where nobody types into the
//! session, keep single letters.

use super::KeyCode as K;
use super::{Action as A, Binding, Scope as S, alt, bind, ch, ctrl, key, shift};
use crate::i18n::Label;

/// First match wins, so narrower scopes come first. One binding a line: a table.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    // The palette: typing searches, the arrows choose, Enter does it.
    bind(S::Palette, &[key(K::Up)], A::Up, Label::KeyUp, false),
    bind(S::Palette, &[key(K::Down)], A::Down, Label::KeyDown, false),
    bind(S::Palette, &[key(K::Enter)], A::Edit, Label::KeyRun, true),
    bind(S::Palette, &[key(K::Esc), ctrl('k')], A::Back, Label::KeyClose, true),
    bind(S::Palette, &[ctrl('u')], A::ClearLine, Label::KeyClearLine, false),
    // A blind answer at the shared keyboard.
    bind(S::Answer, &[key(K::Enter)], A::Edit, Label::KeyAnswerNext, true),
    bind(S::Answer, &[key(K::Tab)], A::NextField, Label::KeyAnswerNext, false),
    bind(S::Answer, &[ctrl('p'), key(K::F(2))], A::Peek, Label::KeyPeek, true),
    bind(S::Answer, &[key(K::Esc)], A::Back, Label::KeyAnswerStore, false),
    bind(S::Answer, &[ctrl('z')], A::Cancel, Label::KeyAnswerDrop, true),
    bind(S::Answer, &[ctrl('u')], A::ClearLine, Label::KeyClearLine, false),
    bind(S::Answer, &[ctrl('q'), ctrl('c')], A::Quit, Label::KeyQuit, false),
    // A round on the wall: who has answered, or its result. A letter typed on a person
    // opens their masked answer with it.
    bind(S::Round, &[key(K::Up), key(K::BackTab)], A::Up, Label::KeyUp, false),
    bind(S::Round, &[key(K::Down), key(K::Tab)], A::Down, Label::KeyDown, false),
    bind(S::Round, &[key(K::Enter)], A::Edit, Label::KeyAnswer, true),
    bind(S::Round, &[ctrl('r')], A::Reveal, Label::KeyReveal, true),
    // Ctrl-O while the round collects only shows it; hidden, so the footer does not
    // offer a round that is open already.
    bind(S::Round, &[ctrl('o')], A::OpenRound, Label::KeyRound, false),
    bind(S::Round, &[key(K::Delete), ctrl('d')], A::DiscardRound, Label::KeyDiscardRound, false),
    bind(S::Round, &[key(K::Right)], A::MoreDots, Label::KeyMoreDots, false),
    bind(S::Round, &[key(K::Left)], A::FewerDots, Label::KeyFewerDots, false),
    bind(S::Round, &[ctrl('s')], A::Stacking, Label::KeyStacking, false),
    bind(S::Round, &[ctrl('a')], A::Anonymous, Label::KeyAnonymous, false),
    bind(S::Round, &[ctrl('w')], A::WhenAll, Label::KeyWhenAll, false),
    bind(S::Round, &[key(K::Esc)], A::Back, Label::KeyRoundClose, true),
    // A revealed round: its result stands; it can be asked again or anew.
    bind(S::RoundRevealed, &[ctrl('e')], A::Reopen, Label::KeyReopen, true),
    bind(S::RoundRevealed, &[ctrl('o')], A::OpenRound, Label::KeyNewRound, true),
    bind(S::RoundRevealed, &[ctrl('n')], A::MakeTask, Label::KeyTask, false),
    bind(S::RoundRevealed, &[key(K::Esc), key(K::Enter)], A::Back, Label::KeyRoundClose, true),
    // Tab does not move a field of the exercise hidden behind the result.
    bind(S::RoundRevealed, &[key(K::Up), key(K::BackTab)], A::Up, Label::KeyUp, false),
    bind(S::RoundRevealed, &[key(K::Down), key(K::Tab)], A::Down, Label::KeyDown, false),
    bind(S::Help, &[key(K::Up)], A::Up, Label::KeyScroll, true),
    bind(S::Help, &[key(K::Down)], A::Down, Label::KeyScroll, false),
    bind(S::Help, &[key(K::PageUp)], A::PrevStep, Label::KeyScroll, false),
    bind(S::Help, &[key(K::PageDown)], A::NextStep, Label::KeyScroll, false),
    bind(S::Help, &[key(K::Esc)], A::Back, Label::KeyClose, true),
    // Typing into a field.
    bind(S::Paragraph, &[key(K::Enter)], A::NewLine, Label::KeyNewLine, true),
    bind(S::Editing, &[key(K::Enter)], A::Edit, Label::KeyDone, true),
    bind(S::Editing, &[key(K::Tab)], A::NextField, Label::KeyNextField, true),
    bind(S::Editing, &[key(K::BackTab)], A::PrevField, Label::KeyPrevField, false),
    bind(S::Editing, &[key(K::Esc)], A::Back, Label::KeyDone, true),
    bind(S::Editing, &[ctrl('z')], A::Cancel, Label::KeyCancelEdit, false),
    bind(S::Editing, &[ctrl('u')], A::ClearLine, Label::KeyClearLine, false),
    bind(S::Editing, &[ctrl('q'), ctrl('c')], A::Quit, Label::KeyQuit, false),
    // The new-session form of the start screen.
    bind(S::Form, &[key(K::Enter)], A::Edit, Label::KeyCreate, true),
    bind(S::Form, &[key(K::Tab)], A::NextField, Label::KeyNextField, true),
    bind(S::Form, &[key(K::BackTab)], A::PrevField, Label::KeyPrevField, false),
    bind(S::Form, &[key(K::Left)], A::ToggleBack, Label::KeyChoose, false),
    bind(S::Form, &[key(K::Right), key(K::Char(' '))], A::Toggle, Label::KeyChoose, false),
    bind(S::Form, &[key(K::Esc)], A::Back, Label::KeyCancel, true),
    bind(S::Form, &[ctrl('q'), ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(S::FormText, &[key(K::Enter)], A::Edit, Label::KeyCreate, true),
    bind(S::FormText, &[key(K::Tab)], A::NextField, Label::KeyNextField, true),
    bind(S::FormText, &[key(K::BackTab)], A::PrevField, Label::KeyPrevField, false),
    bind(S::FormText, &[key(K::Esc)], A::Back, Label::KeyCancel, true),
    bind(S::FormText, &[ctrl('q'), ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(S::Picking, &[key(K::Up)], A::Up, Label::KeyUp, false),
    bind(S::Picking, &[key(K::Down)], A::Down, Label::KeyDown, false),
    bind(S::Picking, &[key(K::Enter)], A::Edit, Label::KeyChoose, true),
    bind(S::Picking, &[key(K::Esc)], A::Back, Label::KeyCancel, true),
    // The parking lot and the participants: a letter types into the selected entry.
    bind(S::Parking, &[key(K::Up)], A::Up, Label::KeyUp, false),
    bind(S::Parking, &[key(K::Down)], A::Down, Label::KeyDown, false),
    bind(S::Parking, &[ctrl('o')], A::OpenRound, Label::KeyVoteParking, false),
    bind(S::Parking, &[ctrl('n')], A::MakeTask, Label::KeyTask, false),
    bind(S::Parking, &[key(K::Insert), ctrl('a')], A::Add, Label::KeyAdd, true),
    bind(S::Parking, &[key(K::Enter)], A::Edit, Label::KeyEdit, true),
    bind(S::Parking, &[key(K::Delete), ctrl('d')], A::Delete, Label::KeyDelete, true),
    bind(S::Parking, &[ctrl('z')], A::Undo, Label::KeyUndo, true),
    bind(S::Parking, &[ctrl('y')], A::Redo, Label::KeyRedo, false),
    bind(S::Parking, &[key(K::Esc)], A::Back, Label::KeyBack, true),
    bind(S::Parking, &[ctrl('l')], A::ParkingLot, Label::KeyParking, false),
    bind(S::Parking, &[ctrl('g')], A::Participants, Label::KeyParticipants, false),
    bind(S::Phones, &[ctrl('f')], A::ReleasePhone, Label::KeyReleasePhone, true),
    bind(S::Choice, &[key(K::Char(' '))], A::Toggle, Label::KeyToggle, true),
    // A table's row open as a form: a letter types into the focused field.
    bind(S::Detail, &[key(K::Enter)], A::Edit, Label::KeyEdit, true),
    bind(S::Detail, &[key(K::Tab)], A::NextField, Label::KeyNextField, true),
    bind(S::Detail, &[key(K::BackTab)], A::PrevField, Label::KeyPrevField, false),
    bind(S::Detail, &[key(K::Up)], A::Up, Label::KeyUp, false),
    bind(S::Detail, &[key(K::Down)], A::Down, Label::KeyDown, false),
    bind(S::Detail, &[ctrl('z')], A::Undo, Label::KeyUndo, false),
    bind(S::Detail, &[ctrl('y')], A::Redo, Label::KeyRedo, false),
    bind(S::Detail, &[key(K::Esc)], A::Back, Label::KeyBack, true),
    bind(S::Detail, &[ctrl('k')], A::Palette, Label::KeyPalette, true),
    bind(S::Detail, &[key(K::F(1))], A::Help, Label::KeyHelp, false),
    bind(S::Detail, &[ctrl('q'), ctrl('c')], A::Quit, Label::KeyQuit, false),
    // A table: a letter types into the selected row's first field.
    bind(S::Table, &[key(K::Insert), ctrl('a')], A::Add, Label::KeyAdd, true),
    bind(S::Table, &[key(K::Delete), ctrl('d')], A::Delete, Label::KeyDelete, true),
    bind(S::Table, &[shift(K::Up)], A::MoveUp, Label::KeyMoveUp, false),
    bind(S::Table, &[shift(K::Down)], A::MoveDown, Label::KeyMoveDown, false),
    bind(S::Table, &[ctrl('p')], A::Pair, Label::KeyConflict, false),
    // The start screen lists sessions; nothing there is typed into.
    bind(S::Start, &[key(K::Up)], A::Up, Label::KeyUp, false),
    bind(S::Start, &[key(K::Down)], A::Down, Label::KeyDown, false),
    bind(S::Start, &[key(K::Enter)], A::Edit, Label::KeyOpen, true),
    bind(S::Start, &[ch('n'), ctrl('n')], A::NewSession, Label::KeyNew, true),
    bind(S::Start, &[ch('f')], A::NewFollowUp, Label::KeyNewFollowUp, true),
    bind(S::Start, &[key(K::Tab)], A::NextField, Label::KeyNextField, false),
    bind(S::Start, &[key(K::BackTab)], A::PrevField, Label::KeyPrevField, false),
    bind(S::Start, &[key(K::Esc)], A::Back, Label::KeyBack, false),
    bind(S::Start, &[ch('?')], A::Help, Label::KeyHelp, false),
    bind(S::Start, &[ch('q')], A::Quit, Label::KeyQuit, false),
    bind(S::StartEmpty, &[ch('n'), ctrl('n')], A::NewSession, Label::KeyNew, true),
    bind(S::StartEmpty, &[ch('?')], A::Help, Label::KeyHelp, false),
    bind(S::StartEmpty, &[ch('q')], A::Quit, Label::KeyQuit, false),
    // A step of the session: a letter types into the focused field.
    bind(S::Session, &[key(K::Enter)], A::Edit, Label::KeyEdit, true),
    bind(S::Session, &[key(K::Tab)], A::NextField, Label::KeyNextField, true),
    bind(S::Session, &[key(K::BackTab)], A::PrevField, Label::KeyPrevField, false),
    bind(S::Session, &[key(K::Up)], A::Up, Label::KeyUp, false),
    bind(S::Session, &[key(K::Down)], A::Down, Label::KeyDown, false),
    bind(S::Session, &[key(K::PageDown), alt(K::Right)], A::NextStep, Label::KeyNextStep, true),
    bind(S::Session, &[key(K::PageUp), alt(K::Left)], A::PrevStep, Label::KeyPrevStep, true),
    // Terminal.app's Option-→/←. A second binding of an action is left out of the help
    // and the palette (they list an action once), so it does not show twice.
    bind(S::Session, &[alt(K::Char('f'))], A::NextStep, Label::KeyNextStep, false),
    bind(S::Session, &[alt(K::Char('b'))], A::PrevStep, Label::KeyPrevStep, false),
    bind(S::Session, &[ctrl('o')], A::OpenRound, Label::KeyRound, true),
    bind(S::Session, &[ctrl('z')], A::Undo, Label::KeyUndo, false),
    bind(S::Session, &[ctrl('y')], A::Redo, Label::KeyRedo, false),
    bind(S::Session, &[ctrl('l')], A::ParkingLot, Label::KeyParking, false),
    bind(S::Session, &[ctrl('g')], A::Participants, Label::KeyParticipants, false),
    bind(S::Session, &[ctrl('n')], A::MakeTask, Label::KeyTask, false),
    bind(S::Session, &[ctrl('t')], A::PauseTimer, Label::KeyPause, false),
    bind(S::Session, &[key(K::F(8))], A::TimerPlus, Label::KeyTimerPlus, false),
    bind(S::Session, &[key(K::F(7))], A::TimerMinus, Label::KeyTimerMinus, false),
    bind(S::Session, &[key(K::F(6))], A::Break, Label::KeyBreak, false),
    bind(S::Session, &[key(K::F(5))], A::Present, Label::KeyPresent, false),
    bind(S::Session, &[key(K::F(9))], A::Blank, Label::KeyBlank, false),
    bind(S::Session, &[ctrl('w')], A::Room, Label::KeyRoom, false),
    bind(S::Session, &[ctrl('x')], A::Export, Label::KeyExport, false),
    bind(S::Session, &[key(K::F(3))], A::ToggleSidebar, Label::KeySidebar, false),
    bind(S::Session, &[key(K::F(4))], A::Theme, Label::KeyTheme, false),
    bind(S::Session, &[key(K::F(10))], A::Clean, Label::KeyClean, false),
    bind(S::Room, &[key(K::Esc), ctrl('w')], A::Back, Label::KeyBack, true),
    bind(S::Room, &[key(K::Delete), ctrl('d')], A::CloseRoom, Label::KeyRoomClose, true),
    bind(S::Room, &[key(K::Tab)], A::OtherNetwork, Label::KeyOtherNetwork, true),
    bind(S::Room, &[ctrl('q'), ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(S::Blank, &[key(K::F(9)), key(K::Esc), key(K::Enter)], A::Blank, Label::KeyUnblank, true),
    bind(S::Blank, &[ctrl('q'), ctrl('c')], A::Quit, Label::KeyQuit, false),
    // The presenter's own terminal: only the facilitator types there, and its notes
    // field is opened with Enter, so its letters stay commands.
    bind(S::Presenter, &[key(K::PageDown), ch('n')], A::NextStep, Label::KeyNextStep, true),
    bind(S::Presenter, &[key(K::PageUp), ch('p')], A::PrevStep, Label::KeyPrevStep, true),
    bind(S::Presenter, &[ch('o'), ctrl('o')], A::OpenRound, Label::KeyRound, true),
    bind(S::Presenter, &[ch('r'), ctrl('r')], A::Reveal, Label::KeyReveal, true),
    bind(S::Presenter, &[ch('k')], A::Peek, Label::KeyPeekPresenter, true),
    bind(
        S::Presenter,
        &[ch('1'), ch('2'), ch('3'), ch('4'), ch('5'), ch('6'), ch('7'), ch('8'), ch('9')],
        A::HoldBack,
        Label::KeyHoldBack,
        false,
    ),
    bind(S::Presenter, &[ch('t'), ctrl('t')], A::PauseTimer, Label::KeyPause, false),
    bind(S::Presenter, &[ch('v'), key(K::F(5))], A::Present, Label::KeyPresent, false),
    bind(S::Presenter, &[ch('.'), key(K::F(9))], A::Blank, Label::KeyBlank, true),
    bind(S::Presenter, &[ch('c'), key(K::F(10))], A::Clean, Label::KeyClean, false),
    bind(S::Presenter, &[ch('e'), key(K::Enter)], A::Edit, Label::KeyNotes, true),
    bind(S::PresenterNotes, &[key(K::Esc)], A::Back, Label::KeyDone, true),
    bind(S::PresenterNotes, &[ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(S::Presenter, &[ch('q'), ctrl('c')], A::Quit, Label::KeyPresenterQuit, true),
    // Presentation mode: the question and the result big, nothing to type into.
    bind(S::Present, &[key(K::F(5)), key(K::Esc)], A::Present, Label::KeyPresentEnd, true),
    bind(S::Present, &[key(K::PageDown), alt(K::Right)], A::NextStep, Label::KeyNextItem, true),
    bind(S::Present, &[key(K::PageUp), alt(K::Left)], A::PrevStep, Label::KeyPrevItem, true),
    bind(S::Present, &[alt(K::Char('f'))], A::NextStep, Label::KeyNextItem, false),
    bind(S::Present, &[alt(K::Char('b'))], A::PrevStep, Label::KeyPrevItem, false),
    bind(S::Present, &[ctrl('r')], A::Reveal, Label::KeyReveal, false),
    bind(S::Present, &[ctrl('q'), ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(S::Break, &[key(K::F(8)), key(K::Up)], A::TimerPlus, Label::KeyTimerPlus, true),
    bind(S::Break, &[key(K::F(7)), key(K::Down)], A::TimerMinus, Label::KeyTimerMinus, true),
    bind(S::Break, &[key(K::Esc), key(K::Enter)], A::Back, Label::KeyBreakEnd, true),
    bind(S::Break, &[ctrl('q'), ctrl('c')], A::Quit, Label::KeyQuit, false),
    bind(S::Everywhere, &[ctrl('k')], A::Palette, Label::KeyPalette, true),
    bind(S::Everywhere, &[key(K::F(12))], A::SwitchLanguage, Label::KeyLanguage, false),
    bind(S::Everywhere, &[key(K::F(1))], A::Help, Label::KeyHelp, false),
    bind(S::Everywhere, &[ctrl('q'), ctrl('c')], A::Quit, Label::KeyQuit, true),
];
