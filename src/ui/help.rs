//! The `?` overlay: every key of the current screen, generated from the keymap, and the
//! facilitator's hints for the current step.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::keymap::{self, Scope};
use crate::app::{App, Screen};
use crate::i18n::{Label, t};
use crate::text::sanitize;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let l = app.ui_language();
    let all: &[Scope] = match app.screen {
        Screen::Start(_) => &[Scope::Start, Scope::Form, Scope::Everywhere],
        Screen::Workshop(_) => &[
            Scope::Session,
            Scope::Round,
            Scope::RoundRevealed,
            Scope::Answer,
            Scope::Table,
            Scope::Detail,
            Scope::Choice,
            Scope::Editing,
            Scope::Paragraph,
            Scope::Picking,
            Scope::Parking,
            Scope::Everywhere,
        ],
    };
    // What works right now first, then the rest of the screen's keys.
    let mut scopes: Vec<Scope> = app
        .help_context
        .iter()
        .copied()
        .filter(|s| all.contains(s))
        .collect();
    scopes.extend(all.iter().filter(|s| !app.help_context.contains(s)));
    let mut lines: Vec<Line> = Vec::new();
    // A clean wall (a presenter is attached) keeps the facilitator's hints off it.
    if let Some(step) = app
        .workshop()
        .filter(|w| !w.clean)
        .and_then(|w| w.current())
        && !step.hints.is_empty()
    {
        lines.push(Line::styled(
            sanitize(step.title.get(l)).into_owned(),
            theme::label(),
        ));
        for hint in &step.hints {
            lines.push(Line::raw(format!("• {}", sanitize(hint.get(l)))));
        }
        lines.push(Line::raw(""));
    }
    for scope in &scopes {
        lines.push(Line::styled(t(l, scope.label()), theme::label()));
        for (chords, label) in keymap::help_lines(*scope) {
            let mut keys: Vec<String> = chords.iter().map(|k| keymap::key_name(k, l)).collect();
            keys.dedup();
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<18}", keys.join(" / ")), theme::label()),
                Span::raw(t(l, label)),
            ]));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(t(l, Label::HelpClose), theme::dim()));
    let popup = centered(area, 90, 90);
    frame.render_widget(Clear, popup);
    frame.render_widget(Block::new().style(theme::base()), popup);
    let block = Block::bordered().title(Line::styled(
        format!(" {} ", t(l, Label::HelpTitle)),
        theme::label(),
    ));
    let visible = popup.height.saturating_sub(2);
    // Hints wrap on narrow screens: count the rows they take, so the end stays reachable.
    let inner = popup.width.saturating_sub(2);
    let total: u16 = lines
        .iter()
        .map(|line| {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            crate::text::wrapped_rows(&text, inner).max(1)
        })
        .sum();
    let scroll = app.help_scroll.min(total.saturating_sub(visible));
    if total > visible {
        let more = format!(" ↑↓ {}/{} ", scroll + visible.min(total), total);
        let block = block.title_bottom(Line::styled(more, theme::dim()).right_aligned());
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .scroll((scroll, 0))
                .block(block),
            popup,
        );
    } else {
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(block),
            popup,
        );
    }
}

/// A rectangle of `percent_x` by `percent_y` of `area`, centred.
pub fn centered(area: Rect, percent_x: u16, percent_y: u16) -> Rect {
    let width = area.width * percent_x / 100;
    let height = area.height * percent_y / 100;
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
