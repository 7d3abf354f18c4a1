//! The command palette on screen: what is typed to search, and the commands that match
//! with their keys, the selected one marked (not by colour alone).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::keymap;
use crate::app::palette::Palette;
use crate::i18n::{Label, t};
use crate::model::Language;
use crate::text::sanitize;

/// `question` is a confirmation asked before the palette opened: it stays in sight,
/// since choosing the command here again answers it.
pub fn render(
    palette: &Palette,
    question: Option<&str>,
    l: Language,
    frame: &mut Frame,
    area: Rect,
) {
    let width = area.width.saturating_sub(4).min(72);
    let height = area.height.saturating_sub(2).min(22);
    let popup = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + 1,
        width,
        height,
    };
    frame.render_widget(Clear, popup);
    let block = Block::bordered().style(theme::base()).title(Line::styled(
        format!(" {} ", t(l, Label::PaletteTitle)),
        theme::label(),
    ));
    let entries = palette.entries(l);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{}: ", t(l, Label::PaletteSearch)), theme::label()),
            Span::raw(sanitize(&palette.query).into_owned()),
            Span::styled("▏", theme::focus()),
        ]),
        match question {
            Some(question) => Line::styled(sanitize(question).into_owned(), theme::focus()),
            None => Line::raw(""),
        },
    ];
    if entries.is_empty() {
        lines.push(Line::styled(t(l, Label::PaletteNone), theme::dim()));
    }
    // A long question wraps: the rows it takes beyond one are the entries' loss.
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let asked_rows = question.map_or(1, |q| q.chars().count().div_ceil(inner).max(1));
    let room = usize::from(height.saturating_sub(3)).saturating_sub(asked_rows);
    // The selected entry stays in view however far down it is.
    let first = palette.row.saturating_sub(room.saturating_sub(1));
    for (index, binding) in entries.iter().enumerate().skip(first).take(room) {
        let mut keys: Vec<String> = binding
            .keys
            .iter()
            .map(|k| keymap::key_name(k, l))
            .collect();
        keys.dedup();
        let selected = index == palette.row;
        let marker = if selected { "▶ " } else { "  " };
        let style = if selected {
            theme::focus()
        } else {
            theme::base()
        };
        lines.push(Line::from(vec![
            Span::styled(marker, style),
            Span::styled(format!("{:<18}", keys.join(" / ")), theme::label()),
            Span::styled(format!(" {}", t(l, binding.label)), style),
        ]));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}
