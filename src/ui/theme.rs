//! Styles for a washed-out projector: contrast through bold and reverse video, and
//! colour only ever on top of a symbol or a word that says the same.
//!
//! A session's theme sets every colour (dark, light, high contrast — each at least 7:1,
//! tested) or keeps the terminal's own. The palette of the frame being drawn is set by
//! `ui::render` from the session before anything is drawn; `NO_COLOR` keeps colour off,
//! and a terminal without true colour gets the 16-colour neighbours.

use std::cell::Cell;
use std::sync::OnceLock;

use ratatui::style::{Color, Modifier, Style};

use crate::record::Theme;

/// The colours of a theme, as RGB so that their contrast can be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub fg: (u8, u8, u8),
    pub bg: (u8, u8, u8),
    /// Header and focus: text on a bar.
    pub bar_fg: (u8, u8, u8),
    pub bar_bg: (u8, u8, u8),
    pub warning: (u8, u8, u8),
    pub error: (u8, u8, u8),
    pub good: (u8, u8, u8),
    pub dim: (u8, u8, u8),
}

pub fn palette(theme: Theme) -> Option<Palette> {
    match theme {
        Theme::Terminal => None,
        Theme::Dark => Some(Palette {
            fg: (0xF2, 0xF2, 0xF2),
            bg: (0x10, 0x14, 0x18),
            bar_fg: (0x10, 0x14, 0x18),
            bar_bg: (0xF2, 0xF2, 0xF2),
            warning: (0xFF, 0xD5, 0x4F),
            error: (0xFF, 0x9E, 0x9E),
            good: (0xA5, 0xD6, 0xA7),
            dim: (0xC8, 0xC8, 0xC8),
        }),
        Theme::Light => Some(Palette {
            fg: (0x11, 0x11, 0x11),
            bg: (0xFF, 0xFF, 0xFF),
            bar_fg: (0xFF, 0xFF, 0xFF),
            bar_bg: (0x11, 0x11, 0x11),
            warning: (0x5C, 0x40, 0x00),
            error: (0x8E, 0x00, 0x00),
            good: (0x10, 0x4A, 0x14),
            dim: (0x3C, 0x3C, 0x3C),
        }),
        Theme::HighContrast => Some(Palette {
            fg: (0xFF, 0xFF, 0xFF),
            bg: (0x00, 0x00, 0x00),
            bar_fg: (0x00, 0x00, 0x00),
            bar_bg: (0xFF, 0xFF, 0x00),
            warning: (0xFF, 0xFF, 0x00),
            error: (0xFF, 0x99, 0x99),
            good: (0x00, 0xFF, 0x00),
            dim: (0xE0, 0xE0, 0xE0),
        }),
    }
}

/// WCAG relative luminance of an sRGB colour.
pub fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG contrast ratio of two colours, 1 to 21.
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// What the terminal can show, asked once.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Colours {
    None,
    Sixteen,
    True,
}

fn colours() -> Colours {
    static COLOURS: OnceLock<Colours> = OnceLock::new();
    *COLOURS.get_or_init(|| {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            Colours::None
        } else if std::env::var("COLORTERM").is_ok_and(|v| v == "truecolor" || v == "24bit") {
            Colours::True
        } else {
            Colours::Sixteen
        }
    })
}

thread_local! {
    static CURRENT: Cell<Option<Palette>> = const { Cell::new(None) };
}

/// The palette of the frame about to be drawn (`None`: the terminal's own colours).
pub fn set(theme: Theme) {
    let palette = palette(theme).filter(|_| colours() != Colours::None);
    CURRENT.with(|c| c.set(palette));
}

fn current() -> Option<Palette> {
    CURRENT.with(Cell::get)
}

/// A palette colour as the terminal can show it: itself, or its 16-colour neighbour.
fn colour(rgb: (u8, u8, u8)) -> Color {
    if colours() == Colours::True {
        return Color::Rgb(rgb.0, rgb.1, rgb.2);
    }
    let bright = luminance(rgb) > 0.4;
    let (r, g, b) = rgb;
    match (r > 0x80, g > 0x80, b > 0x80, bright) {
        (true, true, true, _) => Color::White,
        (false, false, false, _) => Color::Black,
        (true, true, false, true) => Color::LightYellow,
        (true, true, false, false) => Color::Yellow,
        (true, false, false, true) => Color::LightRed,
        (true, false, false, false) => Color::Red,
        (false, true, false, true) => Color::LightGreen,
        (false, true, false, false) => Color::Green,
        _ if bright => Color::Gray,
        _ => Color::DarkGray,
    }
}

/// The whole frame: the theme's text on its background.
pub fn base() -> Style {
    current().map_or_else(Style::new, |p| {
        Style::new().fg(colour(p.fg)).bg(colour(p.bg))
    })
}

fn bar() -> Style {
    match current() {
        Some(p) => Style::new()
            .fg(colour(p.bar_fg))
            .bg(colour(p.bar_bg))
            .add_modifier(Modifier::BOLD),
        None => Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
    }
}

fn accent(pick: fn(&Palette) -> (u8, u8, u8), fallback: Color) -> Style {
    let style = match current() {
        Some(p) => Style::new().fg(colour(pick(&p))),
        None if colours() == Colours::None => Style::new(),
        None => Style::new().fg(fallback),
    };
    style.add_modifier(Modifier::BOLD)
}

pub fn header() -> Style {
    bar()
}

pub fn question() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn label() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// The focused field or row: a bar, readable on any projector.
pub fn focus() -> Style {
    bar()
}

/// The focused row in full below its table: plain text in italics, set apart from
/// the rows without depending on colour.
pub fn detail() -> Style {
    Style::new().add_modifier(Modifier::ITALIC)
}

pub fn dim() -> Style {
    match current() {
        Some(p) => Style::new().fg(colour(p.dim)),
        None => Style::new().add_modifier(Modifier::DIM),
    }
}

/// Always paired with `⚠` and words.
pub fn warning() -> Style {
    accent(|p| p.warning, Color::Yellow)
}

/// Always paired with `✗` and words.
pub fn error() -> Style {
    accent(|p| p.error, Color::Red)
}

/// Always paired with `✓`.
pub fn good() -> Style {
    accent(|p| p.good, Color::Green)
}

pub fn key() -> Style {
    bar()
}

pub const WARN: &str = "⚠";
pub const ERROR: &str = "✗";
pub const DONE: &str = "✓";
pub const FOCUS: &str = "▶";
/// Marks hidden (blind) figures; one column wide on every terminal.
pub const HIDDEN_MARK: &str = "◌";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pair_of_every_theme_reaches_seven_to_one() {
        for theme in Theme::ALL {
            let Some(p) = palette(theme) else { continue };
            let pairs = [
                ("text", p.fg, p.bg),
                ("bar", p.bar_fg, p.bar_bg),
                ("warning", p.warning, p.bg),
                ("error", p.error, p.bg),
                ("good", p.good, p.bg),
                ("dim", p.dim, p.bg),
            ];
            for (what, fg, bg) in pairs {
                let ratio = contrast(fg, bg);
                assert!(ratio >= 7.0, "{theme:?} {what}: {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn contrast_is_computed_as_wcag_defines_it() {
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
        assert!((contrast((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48).abs() < 0.02);
        assert!((contrast((9, 9, 9), (9, 9, 9)) - 1.0).abs() < f64::EPSILON);
    }
}
