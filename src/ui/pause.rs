//! A break on the wall: the time left in big digits, readable from the back of the room,
//! and what the keys do. When it is over it says so.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};
use tui_big_text::{BigText, PixelSize};

use super::{chrome, theme};
use crate::app::App;
use crate::i18n::{Label, t};

/// Rows the big digits take (`PixelSize::Full`: one character cell per pixel).
const DIGIT_ROWS: u16 = 8;

pub fn render(app: &App, ends_at: Duration, frame: &mut Frame, area: Rect) {
    let l = app.ui_language();
    frame.render_widget(Clear, area);
    frame.render_widget(Block::new().style(theme::base()), area);
    let left = ends_at.saturating_sub(app.clock);
    let over = left.is_zero();
    let digits = format!("{:02}:{:02}", left.as_secs() / 60, left.as_secs() % 60);
    let middle = area.y + area.height.saturating_sub(DIGIT_ROWS + 4) / 2;
    let title = if over {
        t(l, Label::BreakOver)
    } else {
        t(l, Label::BreakTitle)
    };
    frame.render_widget(
        Paragraph::new(Line::styled(title, theme::question())).alignment(Alignment::Center),
        Rect {
            y: middle,
            height: 1,
            ..area
        },
    );
    let big = BigText::builder()
        .pixel_size(PixelSize::Full)
        .style(theme::label())
        .lines(vec![Line::from(digits)])
        .centered()
        .build();
    frame.render_widget(
        big,
        Rect {
            y: middle + 2,
            height: DIGIT_ROWS.min(area.height.saturating_sub(middle + 2 - area.y)),
            ..area
        },
    );
    let footer = Rect {
        y: area.y + area.height.saturating_sub(2),
        height: 2.min(area.height),
        ..area
    };
    chrome::footer(app, app.status.as_deref(), frame, footer);
}
