//! Presentation mode: no chrome at all — the step's question, and its result in big
//! letters where it is short enough, readable from the back of the room.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::theme;
use crate::app::Workshop;
use crate::export::round_results;
use crate::text::{sanitize, width};

/// Columns and rows of one big character at this pixel size (font8x8: 8x8 pixels).
const QUADRANT: (u16, u16) = (4, 4);

pub fn render(w: &Workshop, frame: &mut Frame, area: Rect) {
    let l = w.session.language;
    let Some(step) = w.current() else { return };
    // A round on screen is what the room looks at: its question, and how many have
    // answered — or, once revealed, its result.
    let round = w.shown_round();
    let question = match round {
        Some(round) => sanitize(&round.question).into_owned(),
        None => sanitize(step.question.get(l)).into_owned(),
    };
    let question_rows = crate::text::wrapped_rows(&question, area.width.saturating_sub(4)).max(1);
    let inner = Rect {
        x: area.x + 2,
        width: area.width.saturating_sub(4),
        ..area
    };
    let headline = match round {
        Some(round) => Some(round_results::headline(round, &w.session.participants, l)),
        None => super::kinds::view_of(&step.result).headline(l),
    }
    .map(|h| sanitize(&h).into_owned());
    // The big font has Latin-1 only: `€` is spelled out there.
    let big_text = headline.as_deref().map(|h| h.replace('€', "EUR"));
    let big = big_text.as_deref().and_then(|text| {
        // Big only where it fits on one line; a long answer is shown as text instead.
        let columns = u16::try_from(width(text)).ok()?.checked_mul(QUADRANT.0)?;
        (columns <= inner.width).then_some(text)
    });
    let body_rows = match (big, &headline) {
        (Some(_), _) => QUADRANT.1 * 2,
        (None, Some(text)) => crate::text::wrapped_rows(text, inner.width).max(1),
        (None, None) => 0,
    };
    let total = question_rows + 2 + body_rows;
    let top = area.y + area.height.saturating_sub(total) / 2;
    frame.render_widget(
        Paragraph::new(Line::styled(question, theme::question()))
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        Rect {
            y: top,
            height: question_rows,
            ..inner
        },
    );
    let body = Rect {
        y: top + question_rows + 2,
        height: body_rows.min(area.height.saturating_sub(question_rows + 2)),
        ..inner
    };
    match (big, headline.as_deref()) {
        (Some(text), _) => frame.render_widget(
            BigText::builder()
                .pixel_size(PixelSize::Quadrant)
                .style(theme::label())
                .lines(vec![Line::from(text.to_owned())])
                .centered()
                .build(),
            body,
        ),
        (None, Some(text)) => frame.render_widget(
            Paragraph::new(Line::styled(text.to_owned(), theme::label()))
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            body,
        ),
        (None, None) => {}
    }
    // Where the room is, quietly in a corner.
    let n = w.session.steps.len();
    let marker = format!("{}/{n}", w.step + 1);
    frame.render_widget(
        Paragraph::new(Line::styled(marker, theme::dim())).alignment(Alignment::Right),
        Rect {
            y: area.y + area.height.saturating_sub(1),
            height: 1.min(area.height),
            ..inner
        },
    );
}
