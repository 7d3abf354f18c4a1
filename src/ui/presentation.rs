//! Presentation mode: no chrome at all — the step's question, and its result in big
//! letters where it is short enough, readable from the back of the room. A step that
//! settled several things (goals, agreements) shows them one at a time, `PgDn` to the
//! next: its topic big, its content in full below.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::theme;
use crate::app::Workshop;
use crate::exercises::kind::Decided;
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
    // Several things settled (goals, agreements): one at a time. One (the market's
    // figure, the sentence) is the step's headline, big where it fits.
    let items = if round.is_some() {
        Vec::new()
    } else {
        w.presented_items()
    };
    if let Some(item) = items
        .get(w.item.min(items.len().saturating_sub(1)))
        .filter(|_| items.len() > 1)
    {
        let position = format!("{}/{}", w.item.min(items.len() - 1) + 1, items.len());
        render_item(frame, inner, (&question, question_rows), item, &position);
        corner(w, frame, area, inner);
        return;
    }
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
    corner(w, frame, area, inner);
}

/// Where the room is, quietly in a corner.
fn corner(w: &Workshop, frame: &mut Frame, area: Rect, inner: Rect) {
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

/// One item the room settled: the question small on top, the topic big, the content in
/// full below it, and which item of how many.
fn render_item(
    frame: &mut Frame,
    inner: Rect,
    (question, question_rows): (&str, u16),
    item: &Decided,
    position: &str,
) {
    let topic = sanitize(&item.topic).replace('€', "EUR");
    let text = sanitize(&item.text).into_owned();
    let big = u16::try_from(width(&topic))
        .ok()
        .and_then(|w| w.checked_mul(QUADRANT.0))
        .is_some_and(|columns| columns <= inner.width);
    let topic_rows = if big {
        QUADRANT.1
    } else {
        crate::text::wrapped_rows(&topic, inner.width).max(1)
    };
    let text_rows = crate::text::wrapped_rows(&text, inner.width).max(1);
    let total = question_rows + 1 + topic_rows + 1 + text_rows + 2;
    let mut rows = Rows {
        y: inner.y + inner.height.saturating_sub(total) / 2,
        area: inner,
    };
    rows.place(
        frame,
        question_rows,
        Paragraph::new(Line::styled(question.to_owned(), theme::dim()))
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
    );
    if big {
        rows.place(
            frame,
            topic_rows,
            BigText::builder()
                .pixel_size(PixelSize::Quadrant)
                .style(theme::label())
                .lines(vec![Line::from(topic)])
                .centered()
                .build(),
        );
    } else {
        rows.place(
            frame,
            topic_rows,
            Paragraph::new(Line::styled(topic, theme::label()))
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
        );
    }
    rows.place(
        frame,
        text_rows,
        Paragraph::new(Line::styled(text, theme::question()))
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
    );
    rows.place(
        frame,
        1,
        Paragraph::new(Line::styled(position.to_owned(), theme::dim()))
            .alignment(Alignment::Center),
    );
}

/// Widgets stacked top down with a blank row between them, cut at the area's end.
struct Rows {
    y: u16,
    area: Rect,
}

impl Rows {
    fn place(&mut self, frame: &mut Frame, rows: u16, widget: impl Widget) {
        let bottom = self.area.y + self.area.height;
        let height = rows.min(bottom.saturating_sub(self.y));
        frame.render_widget(
            widget,
            Rect {
                y: self.y,
                height,
                ..self.area
            },
        );
        self.y = (self.y + rows + 1).min(bottom);
    }
}
