//! The command palette (Ctrl-K): every command of the screen it was opened on, with its
//! key, in the session's language, searchable by typing. Generated from the keymap like
//! the footer and the help, so nobody has to remember a key and nothing drifts.

use ratatui_textarea::Input;

use super::keymap::{self, Action, Binding, Scope};
use crate::i18n::t;
use crate::model::Language;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    /// The scopes of the screen below, narrowest first: their commands are listed.
    pub scopes: Vec<Scope>,
    /// What is typed to search.
    pub query: String,
    /// The selected entry of the filtered list.
    pub row: usize,
}

/// What a key in the palette leads to.
pub enum Outcome {
    Stay,
    Close,
    /// Close the palette and do this on the screen below.
    Run(Action),
}

impl Palette {
    pub fn new(scopes: Vec<Scope>) -> Palette {
        Palette {
            scopes,
            query: String::new(),
            row: 0,
        }
    }

    /// The commands that match what is typed, in keymap order.
    pub fn entries(&self, language: Language) -> Vec<&'static Binding> {
        let query = self.query.trim().to_lowercase();
        keymap::bindings(&self.scopes, false)
            .into_iter()
            // Opening the palette from the palette, or moving the cursor, is no command
            // anybody looks up.
            .filter(|b| {
                !matches!(
                    b.action,
                    Action::Palette
                        | Action::Up
                        | Action::Down
                        | Action::NextField
                        | Action::PrevField
                )
            })
            // Found by its words in either language and by the command's own name
            // (`export`, `reveal`), as people remember it from elsewhere.
            .filter(|b| {
                query.is_empty()
                    || [Language::De, Language::En]
                        .iter()
                        .any(|l| t(*l, b.label).to_lowercase().contains(&query))
                    || format!("{:?}", b.action).to_lowercase().contains(&query)
                    || b.keys
                        .iter()
                        .any(|k| keymap::key_name(k, language).to_lowercase() == query)
            })
            .collect()
    }

    pub fn on_action(&mut self, action: Action, language: Language) -> Outcome {
        let count = self.entries(language).len();
        match action {
            Action::Up => self.row = self.row.saturating_sub(1),
            Action::Down => self.row = (self.row + 1).min(count.saturating_sub(1)),
            Action::Back => return Outcome::Close,
            Action::ClearLine => {
                self.query.clear();
                self.row = 0;
            }
            Action::Edit => {
                return self
                    .entries(language)
                    .get(self.row)
                    .map_or(Outcome::Stay, |b| Outcome::Run(b.action));
            }
            _ => {}
        }
        Outcome::Stay
    }

    /// Typing searches: letters add, Backspace takes away; anything else is ignored.
    pub fn on_input(&mut self, input: &Input) {
        use ratatui_textarea::Key;
        match input.key {
            // AltGr (`@`, `€`) can arrive as Ctrl and Alt together.
            Key::Char(c) if input.ctrl == input.alt && !c.is_control() => self.query.push(c),
            Key::Backspace => drop(self.query.pop()),
            _ => return,
        }
        self.row = 0;
    }
}
