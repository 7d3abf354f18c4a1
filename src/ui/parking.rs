//! The parking lot overlay: topics raised in the room to be taken up later, reachable
//! with one key from every step.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{chrome, help::centered, theme};
use crate::app::fields::Field;
use crate::app::{App, Workshop};
use crate::i18n::{Label, t};
use crate::text::one_line;

pub fn render(app: &App, w: &Workshop, frame: &mut Frame, area: Rect) {
    let l = w.session.language;
    let popup = centered(area, 80, 70);
    frame.render_widget(Clear, popup);
    let block = Block::bordered().title(Line::styled(
        format!(" {} ", t(l, Label::ParkingLot)),
        theme::label(),
    ));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let (list, footer) = super::layout::bottom(inner, 2);
    if w.session.parking_lot.is_empty() && w.editor.is_none() {
        frame.render_widget(
            Paragraph::new(Line::styled(t(l, Label::NoRows), theme::dim())),
            list,
        );
    }
    let visible = usize::from(list.height);
    let first = w.parking_row.saturating_sub(visible.saturating_sub(1));
    for (offset, topic) in w
        .session
        .parking_lot
        .iter()
        .enumerate()
        .skip(first)
        .take(visible)
    {
        let y = list.y + u16::try_from(offset - first).unwrap_or(0);
        let row = Rect {
            y,
            height: 1,
            ..list
        };
        let selected = offset == w.parking_row;
        match &w.editor {
            Some(editor) if editor.field == Field::Parking(offset) => {
                let input = Rect {
                    x: row.x + 2,
                    width: row.width.saturating_sub(2),
                    ..row
                };
                frame.render_widget(Paragraph::new(theme::FOCUS), row);
                frame.render_widget(&editor.area, input);
            }
            _ => {
                let text = format!(
                    "{} {}. {}",
                    if selected { theme::FOCUS } else { " " },
                    offset + 1,
                    one_line(topic)
                );
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
