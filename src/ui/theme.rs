//! Styles for a washed-out projector: contrast through bold and reverse video, and
//! colour only ever on top of a symbol or a word that says the same.

use ratatui::style::{Color, Modifier, Style};

pub fn header() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

pub fn question() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn label() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// The focused field or row: reverse video, readable on any projector.
pub fn focus() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

/// The focused row in full below its table: plain text in italics, set apart from
/// the rows without depending on colour.
pub fn detail() -> Style {
    Style::new().add_modifier(Modifier::ITALIC)
}

pub fn dim() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

/// Always paired with `⚠` and words.
pub fn warning() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

/// Always paired with `✗` and words.
pub fn error() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

/// Always paired with `✓`.
pub fn good() -> Style {
    Style::new().fg(Color::Green).add_modifier(Modifier::BOLD)
}

pub fn key() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

pub const WARN: &str = "⚠";
pub const ERROR: &str = "✗";
pub const DONE: &str = "✓";
pub const FOCUS: &str = "▶";
/// Marks hidden (blind) figures; one column wide on every terminal.
pub const HIDDEN_MARK: &str = "◌";
