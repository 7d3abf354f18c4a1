//! A key as seam knows it: what the terminal edge (`terminal::chord`) makes of a
//! terminal's key event, and what the bindings are written in. Seam's own type, so that
//! the app, its keymap and its tests know no terminal library.

use std::ops::{BitOr, Sub};

/// Which key: the ones a wall keyboard sends and seam tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    F(u8),
    Enter,
    Tab,
    /// Shift-Tab, as terminals send it.
    BackTab,
    Esc,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

/// The modifier keys held with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct KeyModifiers(u8);

impl KeyModifiers {
    pub const NONE: KeyModifiers = KeyModifiers(0);
    pub const SHIFT: KeyModifiers = KeyModifiers(1);
    pub const CONTROL: KeyModifiers = KeyModifiers(2);
    pub const ALT: KeyModifiers = KeyModifiers(4);

    pub const fn contains(self, other: KeyModifiers) -> bool {
        self.0 & other.0 == other.0
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl BitOr for KeyModifiers {
    type Output = KeyModifiers;
    fn bitor(self, other: KeyModifiers) -> KeyModifiers {
        KeyModifiers(self.0 | other.0)
    }
}

/// Without the other's modifiers.
impl Sub for KeyModifiers {
    type Output = KeyModifiers;
    fn sub(self, other: KeyModifiers) -> KeyModifiers {
        KeyModifiers(self.0 & !other.0)
    }
}

/// A key with its modifiers: pressed on a keyboard, or written in a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Chord {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Chord {
    pub const fn new(code: KeyCode, modifiers: KeyModifiers) -> Chord {
        Chord { code, modifiers }
    }
}

impl From<KeyCode> for Chord {
    fn from(code: KeyCode) -> Chord {
        Chord::new(code, KeyModifiers::NONE)
    }
}

/// The editor's view of a key (it moves the cursor, deletes, types).
impl From<Chord> for ratatui_textarea::Input {
    fn from(chord: Chord) -> ratatui_textarea::Input {
        use ratatui_textarea::Key as T;
        let key = match chord.code {
            KeyCode::Char(c) => T::Char(c),
            KeyCode::F(n) => T::F(n),
            KeyCode::Enter => T::Enter,
            KeyCode::Tab | KeyCode::BackTab => T::Tab,
            KeyCode::Esc => T::Esc,
            KeyCode::Backspace => T::Backspace,
            KeyCode::Delete => T::Delete,
            KeyCode::Insert => T::Null,
            KeyCode::Up => T::Up,
            KeyCode::Down => T::Down,
            KeyCode::Left => T::Left,
            KeyCode::Right => T::Right,
            KeyCode::Home => T::Home,
            KeyCode::End => T::End,
            KeyCode::PageUp => T::PageUp,
            KeyCode::PageDown => T::PageDown,
        };
        let m = chord.modifiers;
        ratatui_textarea::Input {
            key,
            ctrl: m.contains(KeyModifiers::CONTROL),
            alt: m.contains(KeyModifiers::ALT),
            shift: m.contains(KeyModifiers::SHIFT) || chord.code == KeyCode::BackTab,
        }
    }
}
