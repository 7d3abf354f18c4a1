//! The key bindings, as data, and the one place a key becomes an intent: `update` acts
//! on intents (next step, add a row, this text typed …), never on keys, so the room and
//! the presenter can send the same intents. The footer hints and the `?` overlay are
//! generated from the same table, so they cannot drift apart.

use ratatui_textarea::Input;

use crate::i18n::Label;
use crate::model::Language;

mod chord;
pub use chord::{Chord, KeyCode, KeyModifiers};

/// What a key does. Also what the presenter sends: the wall's own action, not a type
/// of its own (serialised over the presenter's socket).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    /// Takes back a round that nobody has answered yet (a round opened by mistake).
    DiscardRound,
    /// Every command of this screen with its key, searchable.
    Palette,
    /// Collects again after a reveal (kept in the record).
    Reopen,
    /// Shows the person answering what they typed, for a moment.
    Peek,
    /// The presenter, peeking at a text round: holds back its answer with this number
    /// (1–9) from the reveal, or lets it through again.
    HoldBack,
    /// A blank wall, and back.
    Blank,
    /// The room served on another network interface (Wi-Fi, a hotspot).
    OtherNetwork,
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
    /// The start screen without any session yet: only a new one can be made.
    StartEmpty,
    Parking,
    /// The participants while the room is open: phones can be let go of.
    Phones,
    Picking,
    Help,
    /// A break on the wall.
    Break,
    /// Presentation mode: only the question and the result.
    Present,
    /// A round on screen that collects: who has answered.
    Round,
    /// A revealed round's result on screen: nobody answers any more.
    RoundRevealed,
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
    /// The command palette: typing searches the commands of the screen below.
    Palette,

    /// The new-session form on a choice (template, language).
    Form,
    /// The new-session form on a text field (title, participants): keys type.
    FormText,
}

/// What a key means where it was pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    Do(Action),
    /// Text editing in the field being typed into, or a printable key typed where
    /// nothing is being typed into yet: it starts typing into what is focused.
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
                | Scope::Palette
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
            Scope::Start | Scope::StartEmpty => Label::ScopeStart,
            Scope::Parking => Label::ScopeList,
            Scope::Phones => Label::ScopePhones,
            Scope::Picking => Label::ScopePicking,
            Scope::Help => Label::HelpTitle,
            Scope::Form | Scope::FormText => Label::NewSession,
            Scope::Break => Label::ScopeBreak,
            Scope::Present => Label::ScopePresent,
            Scope::Round => Label::ScopeRound,
            Scope::RoundRevealed => Label::ScopeRoundRevealed,
            Scope::Answer => Label::ScopeAnswer,
            Scope::Blank => Label::ScopeBlank,
            Scope::Presenter => Label::ScopePresenter,
            Scope::Room => Label::ScopeRoom,
            Scope::PresenterNotes => Label::FacilitatorNotes,
            Scope::Palette => Label::PaletteTitle,
        }
    }
}

pub(crate) const fn key(code: KeyCode) -> Chord {
    Chord {
        code,
        modifiers: KeyModifiers::NONE,
    }
}
pub(crate) const fn ch(c: char) -> Chord {
    key(KeyCode::Char(c))
}
pub(crate) const fn ctrl(c: char) -> Chord {
    Chord {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}
pub(crate) const fn shift(code: KeyCode) -> Chord {
    Chord {
        code,
        modifiers: KeyModifiers::SHIFT,
    }
}
pub(crate) const fn alt(code: KeyCode) -> Chord {
    Chord {
        code,
        modifiers: KeyModifiers::ALT,
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

pub(crate) const fn bind(
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

mod bindings;
pub use bindings::BINDINGS;

/// What `event` means in `scopes` (narrowest first).
pub fn intent(scopes: &[Scope], event: &Chord) -> Intent {
    match lookup(scopes, event) {
        Some(action) => Intent::Do(action),
        // The character alone: the editor types nothing with Ctrl or Alt held, so the
        // `@` of AltGr-Q or of a Mac's Option-L arrives as the `@` it is.
        None if is_printable(event) => Intent::Type(Input::from(Chord::new(
            event.code,
            event.modifiers - (KeyModifiers::CONTROL | KeyModifiers::ALT),
        ))),
        // The editor's own chords (Alt-B a word back, Ctrl-E to the end) as pressed.
        None if scopes.first().is_some_and(|s| s.types()) => Intent::Type(Input::from(*event)),
        None => Intent::Nothing,
    }
}

/// A key that produces text: a letter, a digit, a space, a punctuation mark (with Shift,
/// AltGr or Option as a keyboard makes them), never a Ctrl chord, nor an Alt chord on a
/// letter or a digit.
pub fn is_printable(event: &Chord) -> bool {
    let KeyCode::Char(c) = event.code else {
        return false;
    };
    let held = event.modifiers - KeyModifiers::SHIFT;
    // AltGr arrives as Ctrl+Alt on Windows, and a Mac's Option as Alt where a terminal
    // passes the composed character on with it: `@`, `€`, `|`, `{`, `~` on a German
    // keyboard. On an ASCII letter or digit such a chord is a command (Alt-B,
    // Ctrl+Alt+Q), and no keyboard's way to type that letter.
    let composed = held == KeyModifiers::ALT || held == KeyModifiers::CONTROL | KeyModifiers::ALT;
    !c.is_control() && (held.is_empty() || (composed && !c.is_ascii_alphanumeric()))
}

/// The action bound to `event` in the first of `scopes` that binds it.
pub fn lookup(scopes: &[Scope], event: &Chord) -> Option<Action> {
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

/// How a key is written in hints, in the language of the screen: `Enter`, `Tab`,
/// `Strg-C`/`Ctrl-C`, `Entf`/`Del`.
pub fn key_name(chord: &Chord, language: Language) -> String {
    let de = language == Language::De;
    let base = match chord.code {
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => if de { "Umschalt-Tab" } else { "Shift-Tab" }.to_owned(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Up => "↑".to_owned(),
        KeyCode::Down => "↓".to_owned(),
        KeyCode::Left => "←".to_owned(),
        KeyCode::Right => "→".to_owned(),
        KeyCode::PageUp => if de { "Bild↑" } else { "PgUp" }.to_owned(),
        KeyCode::PageDown => if de { "Bild↓" } else { "PgDn" }.to_owned(),
        KeyCode::Delete => if de { "Entf" } else { "Del" }.to_owned(),
        KeyCode::Insert => if de { "Einfg" } else { "Ins" }.to_owned(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => if de { "Leertaste" } else { "Space" }.to_owned(),
        KeyCode::Char(c) => c.to_uppercase().to_string(),
        _ => "?".to_owned(),
    };
    let base = match chord.code {
        // A letter alone (start screen, presenter) is written as typed.
        KeyCode::Char(c) if chord.modifiers.is_empty() && c != ' ' => c.to_string(),
        _ => base,
    };
    let m = chord.modifiers;
    let mut name = String::new();
    if m.contains(KeyModifiers::CONTROL) {
        name.push_str(if de { "Strg-" } else { "Ctrl-" });
    }
    // Alt on both keyboards; a Mac's Option (⌥), as the README says.
    if m.contains(KeyModifiers::ALT) {
        name.push_str("Alt-");
    }
    if m.contains(KeyModifiers::SHIFT) && chord.code != KeyCode::BackTab {
        name.push_str(if de { "Umschalt-" } else { "Shift-" });
    }
    name + &base
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
