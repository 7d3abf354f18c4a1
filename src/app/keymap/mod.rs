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
        None if scopes.first().is_some_and(|s| s.types()) || is_printable(event) => {
            Intent::Type(Input::from(*event))
        }
        None => Intent::Nothing,
    }
}

/// A key that produces text: a letter, a digit, a space, a punctuation mark (with Shift
/// or AltGr as a keyboard makes them), never a Ctrl or Alt chord.
pub fn is_printable(event: &Chord) -> bool {
    let chord = event.modifiers - KeyModifiers::SHIFT;
    // AltGr arrives as Ctrl+Alt on some systems: `@` and `€` on a German keyboard.
    let alt_gr = chord == KeyModifiers::CONTROL | KeyModifiers::ALT;
    matches!(event.code, KeyCode::Char(c) if !c.is_control()) && (chord.is_empty() || alt_gr)
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
    if chord.modifiers.contains(KeyModifiers::CONTROL) {
        format!("{}-{base}", if de { "Strg" } else { "Ctrl" })
    } else if chord.modifiers.contains(KeyModifiers::SHIFT) && chord.code != KeyCode::BackTab {
        format!("{}-{base}", if de { "Umschalt" } else { "Shift" })
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
        let enter = Chord::new(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(
            lookup(&[Scope::Editing, Scope::Session], &enter),
            Some(Action::Edit)
        );
        let q = Chord::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(
            lookup(&[Scope::Table, Scope::Session, Scope::Everywhere], &q),
            Some(Action::Quit)
        );
    }

    #[test]
    fn keys_become_intents_and_unbound_keys_are_typed_only_while_typing() {
        let q = Chord::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(
            intent(&[Scope::Session, Scope::Everywhere], &q),
            Intent::Do(Action::Quit)
        );
        let q = Chord::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(intent(&[Scope::Editing], &q), Intent::Type(Input::from(q)));
        assert_eq!(intent(&[Scope::FormText], &q), Intent::Type(Input::from(q)));
        let z = Chord::new(KeyCode::Char('z'), KeyModifiers::NONE);
        assert_eq!(intent(&[Scope::Session], &z), Intent::Type(Input::from(z)));
        let f11 = Chord::new(KeyCode::F(11), KeyModifiers::NONE);
        assert_eq!(intent(&[Scope::Session], &f11), Intent::Nothing);
    }

    /// The rule of the wall: in a session no printable key is a command.
    #[test]
    fn no_printable_key_is_bound_in_a_session() {
        for binding in BINDINGS {
            if matches!(
                binding.scope,
                Scope::Start | Scope::StartEmpty | Scope::Presenter | Scope::Form
            ) {
                continue;
            }
            for chord in binding.keys {
                let event = Chord::new(chord.code, chord.modifiers);
                let space_on_a_switch = binding.scope == Scope::Choice;
                assert!(
                    !is_printable(&event) || space_on_a_switch,
                    "{chord:?} is a command in {:?}",
                    binding.scope
                );
            }
        }
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
