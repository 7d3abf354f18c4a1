//! The screen of a running workshop: header, guiding question, agenda, the exercise,
//! footer.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};

use super::{chrome, exercise, layout, round_wall, theme};
use crate::app::{App, SaveState, Workshop};
use crate::text::sanitize;

/// The agenda takes less room on small screens, where the exercise needs every column;
/// on a wide one (160 columns and more) it is as wide as its longest step title needs,
/// up to 40 columns.
fn sidebar_width(total: u16, w: &Workshop) -> u16 {
    match total {
        160.. => {
            let l = w.session.language;
            let longest = w
                .session
                .steps
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    crate::text::width(&format!("· {}. {}", i + 1, s.title.get(l).trim()))
                })
                .max()
                .unwrap_or(0);
            // The title, the border and a column of air.
            u16::try_from(longest + 3).unwrap_or(40).clamp(24, 40)
        }
        110.. => 24,
        _ => 18,
    }
}

pub fn render(app: &App, w: &Workshop, frame: &mut Frame, area: Rect) {
    let (header, rest) = layout::top(area, 1);
    let (body, footer) = layout::bottom(rest, layout::FOOTER_ROWS);
    chrome::header(app, w, frame, header);
    // Under 80 columns the work needs every column: the agenda folds away.
    let main = if w.sidebar && body.width >= 80 {
        let (side, main) = layout::left(body, sidebar_width(body.width, w));
        chrome::sidebar(w, frame, side);
        main
    } else {
        body
    };
    let question = w
        .current()
        .map(|s| sanitize(s.question.get(w.session.language)).into_owned())
        .unwrap_or_default();
    let inner_width = main.width.saturating_sub(4).max(1);
    let lines = crate::text::wrapped_rows(&question, inner_width).min(4);
    let (question_area, work) = layout::top(main, lines + 1);
    let block = Block::new()
        .borders(Borders::BOTTOM)
        .padding(Padding::horizontal(1));
    frame.render_widget(
        Paragraph::new(Line::styled(question, theme::question()))
            .wrap(Wrap { trim: true })
            .block(block),
        question_area,
    );
    let work = Rect {
        x: work.x + 1,
        width: work.width.saturating_sub(2),
        ..work
    };
    match w.shown_round() {
        Some(shown) => round_wall::render(w, shown, frame, work),
        None => exercise::render(w, frame, work),
    }
    let status = app.status.clone().or_else(|| match &w.save {
        SaveState::Failed(reason) => Some(format!("{} {reason}", theme::ERROR)),
        _ => None,
    });
    if w.clean {
        // A presenter has the keys: the wall keeps only what it has to say.
        if let Some(status) = status {
            frame.render_widget(
                Paragraph::new(Line::styled(
                    crate::text::one_line(&status).into_owned(),
                    theme::label(),
                )),
                footer,
            );
        }
    } else if !matches!(app.overlay, Some(crate::app::Overlay::List(_))) {
        // A list overlay shows its keys itself; the same keys twice would only crowd.
        chrome::footer(app, status.as_deref(), frame, footer);
    }
}
