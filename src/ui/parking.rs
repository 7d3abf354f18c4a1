//! The list overlays, reachable with one key from every step: the parking lot (topics
//! to take up later) and the participants (name and department).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{chrome, help::centered, theme};
use crate::app::fields;
use crate::app::lists::List;
use crate::app::{App, Workshop};
use crate::i18n::{Label, t};
use crate::text::one_line;

pub fn render(app: &App, w: &Workshop, list: List, frame: &mut Frame, area: Rect) {
    let l = w.session.language;
    let popup = centered(area, 80, 70);
    frame.render_widget(Clear, popup);
    frame.render_widget(Block::new().style(theme::base()), popup);
    let title = format!(" {} ", t(l, list.label()));
    let block = Block::bordered().title(Line::styled(title, theme::label()));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let (rows, footer) = super::layout::bottom(inner, 2);
    let count = list.len(&w.session);
    if count == 0 && w.editor.is_none() {
        frame.render_widget(
            Paragraph::new(Line::styled(t(l, Label::NoRows), theme::dim())),
            rows,
        );
    }
    let visible = usize::from(rows.height);
    let first = w.list_row.saturating_sub(visible.saturating_sub(1));
    for offset in first..count.min(first + visible) {
        let y = rows.y + u16::try_from(offset - first).unwrap_or(0);
        let row = Rect {
            y,
            height: 1,
            ..rows
        };
        let field = list.field(offset);
        match &w.editor {
            Some(editor) if editor.field == field => {
                let input = Rect {
                    x: row.x + 2,
                    width: row.width.saturating_sub(2),
                    ..row
                };
                frame.render_widget(Paragraph::new(theme::FOCUS), row);
                frame.render_widget(&editor.area, input);
            }
            _ => {
                let selected = offset == w.list_row;
                let marker = if selected { theme::FOCUS } else { " " };
                let text = fields::read(&w.session, w.step, field);
                let mut text = format!("{marker} {}. {}", offset + 1, one_line(&text));
                // While the room is open: who answers from a phone (and can be let go
                // of with `F`).
                if let (List::Participants, Some(room)) = (list, &app.room)
                    && w.session
                        .participants
                        .get(offset)
                        .is_some_and(|p| room.phones.contains(&p.key()))
                {
                    text.push_str(" · ");
                    text.push_str(t(l, Label::RoomOnPhone));
                }
                let style = if selected {
                    theme::focus()
                } else {
                    ratatui::style::Style::new()
                };
                frame.render_widget(
                    Paragraph::new(Line::styled(
                        crate::text::pad(&text, row.width as usize),
                        style,
                    )),
                    row,
                );
            }
        }
    }
    chrome::footer(app, app.status.as_deref(), frame, footer);
}
