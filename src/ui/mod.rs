//! Drawing: one function per screen, reading `App` and never changing it. No file I/O,
//! no parsing of files here; text from the session is sanitised before it is drawn.

pub mod chrome;
pub mod exercise;
mod help;
pub mod kind_view;
pub mod kinds;
pub mod layout;
mod palette_view;
mod parking;
mod pause;
pub mod plain_lines;
mod presentation;
pub mod room_panel;
pub mod round_wall;
mod start_screen;
pub mod theme;
mod workshop;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::app::{App, Overlay, Screen};
use crate::i18n::{Label, t};
use crate::record::Theme;

/// Below this seam shows what size it needs, and keys do nothing (nobody can see what
/// they would do). Down to here a projector with a big font still gets the work: the
/// agenda folds away under 80 columns.
pub use crate::app::{MIN_HEIGHT, MIN_WIDTH};

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    // The session's colours for everything drawn in this frame, on its background.
    theme::set(app.workshop().map_or(Theme::Terminal, |w| w.session.theme));
    // The terminal's own colours are a style that changes no cell: not laid over every
    // cell of every frame for nothing.
    if theme::base() != ratatui::style::Style::new() {
        frame.render_widget(Block::new().style(theme::base()), area);
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app, frame, area);
        return;
    }
    match &app.screen {
        // A blank wall shows nothing at all, not even an overlay.
        Screen::Workshop(w) if w.blank => return,
        Screen::Start(state) => start_screen::render(app, state, frame, area),
        Screen::Workshop(w) if w.presenting => presentation::render(w, frame, area),
        Screen::Workshop(w) => workshop::render(app, w, frame, area),
    }
    match app.overlay {
        Some(Overlay::Help) => help::render(app, frame, area),
        Some(Overlay::List(list)) => {
            if let Some(w) = app.workshop() {
                parking::render(app, w, list, frame, area);
            }
        }
        Some(Overlay::Break { ends_at, .. }) => pause::render(app, ends_at, frame, area),
        Some(Overlay::Room) => {
            if let Some(info) = &app.room {
                room_panel::render(info, (app.ui_language(), app.clock), frame, area);
            }
        }
        None => {}
    }
    if let Some(palette) = &app.palette {
        let question = app.armed.and(app.status.as_deref());
        palette_view::render(palette, question, app.ui_language(), frame, area);
    }
}

fn too_small(app: &App, frame: &mut Frame, area: Rect) {
    let l = app.ui_language();
    let text = format!(
        "{}: {} {MIN_WIDTH}x{MIN_HEIGHT}, {} {}x{}",
        t(l, Label::TooSmall),
        t(l, Label::Need),
        t(l, Label::Have),
        area.width,
        area.height
    );
    let top = area.height / 2;
    let rect = Rect {
        y: area.y + top.saturating_sub(1),
        height: area.height - top.saturating_sub(1),
        ..area
    };
    frame.render_widget(
        Paragraph::new(Line::from(text))
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true })
            .style(theme::label()),
        rect,
    );
}
