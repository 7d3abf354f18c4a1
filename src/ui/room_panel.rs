//! The room on the wall: the QR code to join (drawn with half blocks, two modules per
//! cell, dark on light whatever the theme, so every phone camera reads it), the address
//! in plain text for people who type it, the code to read aloud, how many phones joined,
//! and, until one did, what Windows' or macOS's firewall asks as the room opens.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::theme;
use crate::app::RoomInfo;
use crate::i18n::{Label, Platform, t};
use crate::model::Language;

/// The QR code as lines of half blocks: each cell is a module above one below.
pub fn qr_lines(modules: &[Vec<bool>]) -> Vec<Line<'static>> {
    // Light modules are the paper: drawn as the background, dark ones as the ink.
    let style = Style::new().fg(Color::Black).bg(Color::White);
    crate::text::half_blocks(modules)
        .into_iter()
        .map(|row| Line::styled(row, style))
        .collect()
}

pub fn render(room: &RoomInfo, at: (Language, Duration), frame: &mut Frame, area: Rect) {
    render_on(Platform::current(), room, at, frame, area);
}

/// The panel as it is drawn on `platform`: what its firewall asks differs.
pub fn render_on(
    platform: Platform,
    room: &RoomInfo,
    (l, clock): (Language, Duration),
    frame: &mut Frame,
    area: Rect,
) {
    let modules = &room.qr;
    let qr = qr_lines(modules);
    let qr_width = u16::try_from(modules.first().map_or(0, Vec::len)).unwrap_or(0);
    let qr_height = u16::try_from(qr.len()).unwrap_or(0);
    // The footer stays visible below the panel (its keys close the room).
    let area = Rect {
        height: area.height.saturating_sub(super::layout::FOOTER_ROWS),
        ..area
    };
    // Each line with how much it matters: where the screen is short, the address and
    // the code stay, the heading and the interface go first.
    let mut lines = vec![
        (3, Line::styled(t(l, Label::RoomOpenAt), theme::label())),
        (0, Line::styled(room.url.to_lowercase(), theme::question())),
        (
            1,
            Line::raw(format!("{}: {}", t(l, Label::RoomCode), room.code)),
        ),
        (
            2,
            Line::raw(format!("{} {}", room.phones.len(), t(l, Label::RoomPhones))),
        ),
    ];
    if room.unreached(clock) {
        // Rank 2: it matters as much as the count it explains.
        // The warning as much as the count it explains; what to try where there is
        // room, as wide as the QR code (at least 44 columns): the panel keeps its size.
        lines.push((
            2,
            Line::styled(t(l, Label::RoomUnreached), theme::warning()),
        ));
        let columns = usize::from(qr_width).max(44);
        for label in [Label::RoomTryNetwork, Label::RoomTryPhone] {
            for piece in crate::text::wrap(t(l, label), columns, "") {
                lines.push((5, Line::styled(piece, theme::warning())));
            }
        }
    }
    if !room.interface.is_empty() {
        lines.push((
            4,
            Line::styled(format!("({})", room.interface), theme::dim()),
        ));
    }
    // What the system's firewall asks as the room starts listening (Windows shows its
    // dialog at that moment, over the wall) and what to answer: until the first phone
    // joined, which shows it was answered well. All of it or none, where there is room
    // for every line above it too.
    if !room.ever_joined
        && let Some(label) = crate::i18n::firewall_prompt(platform, room.beyond_this_laptop)
    {
        let columns = usize::from(qr_width).max(44);
        let pieces = crate::text::wrap(t(l, label), columns, "");
        let rank = 4 + pieces.len();
        for piece in pieces {
            lines.push((rank, Line::raw(piece)));
        }
    }
    let room_for_text = usize::from(area.height.saturating_sub(qr_height + 3));
    let text: Vec<Line> = lines
        .into_iter()
        .filter(|(rank, _)| *rank < room_for_text.max(1))
        .map(|(_, line)| line)
        .collect();
    let height = (qr_height + u16::try_from(text.len()).unwrap_or(0) + 3).min(area.height);
    let text_width = text
        .iter()
        .map(|line| u16::try_from(line.width()).unwrap_or(u16::MAX))
        .max()
        .unwrap_or(0);
    let width = (qr_width.max(text_width) + 4).min(area.width);
    let panel = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, panel);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(format!(" {} ", t(l, Label::RoomTitle)))
        .style(theme::base());
    let inner = block.inner(panel);
    frame.render_widget(block, panel);
    let qr_area = Rect {
        x: inner.x + inner.width.saturating_sub(qr_width) / 2,
        width: qr_width.min(inner.width),
        height: qr_height.min(inner.height),
        ..inner
    };
    frame.render_widget(Paragraph::new(qr), qr_area);
    let text_area = Rect {
        y: inner.y + qr_height.min(inner.height),
        height: inner.height.saturating_sub(qr_height),
        ..inner
    };
    frame.render_widget(Paragraph::new(text).alignment(Alignment::Center), text_area);
}
