//! The parts around every exercise: header (title, step, timer, saved state), the
//! agenda sidebar, and the footer with the keys that work now.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use super::plain_lines;

use super::theme;
use crate::app::Progress;
use crate::app::keymap::{self, Scope};
use crate::app::{App, SaveState, Workshop};
use crate::i18n::{Label, t};
use crate::model::Language;
use crate::text::{one_line, width};

pub fn header(app: &App, w: &Workshop, frame: &mut Frame, area: Rect) {
    let l = w.session.language;
    let n = w.session.steps.len();
    let step_title = w
        .current()
        .map(|s| one_line(s.title.get(l)).into_owned())
        .unwrap_or_default();
    let (timer, timer_style) = timer(w, app.clock, l);
    let (saved, saved_style) = match &w.save {
        SaveState::Saved => (
            format!("{} {}", theme::DONE, t(l, Label::Saved)),
            Style::new(),
        ),
        SaveState::Pending => (format!("● {}", t(l, Label::Saving)), Style::new()),
        SaveState::Failed(_) => (
            format!("{} {}", theme::ERROR, t(l, Label::SaveFailed)),
            theme::error(),
        ),
        SaveState::ReadOnly => (format!("[{}]", t(l, Label::ReadOnly)), Style::new()),
    };
    let right = format!(" {}/{n} {step_title} │ {timer} │ {saved} ", w.step + 1);
    let room = (area.width as usize).saturating_sub(width(&right) + 2);
    let title = crate::text::pad(&format!(" {}", one_line(&w.session.title)), room);
    let line = Line::from(vec![
        Span::styled(title, theme::header()),
        Span::styled(
            format!(" {}/{n} {step_title} │ ", w.step + 1),
            theme::header(),
        ),
        Span::styled(timer, timer_style.patch(theme::header())),
        Span::styled(" │ ", theme::header()),
        Span::styled(saved, saved_style.patch(theme::header())),
        Span::styled(" ".repeat(area.width as usize), theme::header()),
    ]);
    plain_lines::lines(frame.buffer_mut(), area, &[line]);
}

/// `12:34`: minutes and seconds, as a timer shows them.
pub fn mmss(seconds: u64) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

/// `⏱ 12:34 left`, or `⚠ +03:10 over` once the timebox is used up (work goes on).
fn timer(w: &Workshop, clock: Duration, l: Language) -> (String, Style) {
    let timebox = Duration::from_secs(u64::from(w.current().map_or(0, |s| s.timebox_minutes)) * 60);
    let spent = w.time_on_step(clock);
    let mmss = |d: Duration| mmss(d.as_secs());
    if w.clock_waits.is_some() {
        // An untouched session: the clock starts with the room's first work.
        return (
            format!("⏱ {} {}", mmss(timebox), t(l, Label::ClockReady)),
            Style::new(),
        );
    }
    if w.paused_at.is_some() {
        // Stopped is said in words and with ⏸, not by colour.
        return (
            format!(
                "⏸ {} {}",
                mmss(timebox.saturating_sub(spent)),
                t(l, Label::PausedShort)
            ),
            theme::warning(),
        );
    }
    if spent <= timebox {
        (
            format!("⏱ {} {}", mmss(timebox - spent), t(l, Label::TimeLeft)),
            Style::new(),
        )
    } else {
        (
            format!(
                "{} +{} {}",
                theme::WARN,
                mmss(spent - timebox),
                t(l, Label::TimeOver)
            ),
            theme::warning(),
        )
    }
}

pub fn sidebar(w: &Workshop, frame: &mut Frame, area: Rect) {
    let l = w.session.language;
    let mut lines = Vec::new();
    let progress = w.progress();
    for (index, step) in w.session.steps.iter().enumerate() {
        let mark = match progress.get(index) {
            Some(Progress::Done) => theme::DONE,
            Some(Progress::Started) => "~",
            _ => "·",
        };
        let text = format!("{mark} {}. {}", index + 1, one_line(step.title.get(l)));
        let style = if index == w.step {
            theme::focus()
        } else {
            Style::new()
        };
        lines.push(Line::styled(
            crate::text::pad(&text, area.width.saturating_sub(2) as usize),
            style,
        ));
        lines.push(Line::styled(
            format!("    {} {}", step.timebox_minutes, t(l, Label::Minutes)),
            theme::dim(),
        ));
    }
    lines.push(Line::raw(""));
    for (label, count) in [
        (Label::Participants, w.session.participants.len()),
        (Label::ParkingLot, w.session.parking_lot.len()),
    ] {
        let text = crate::text::truncate(
            &format!("{}: {count}", t(l, label)),
            usize::from(area.width.saturating_sub(1)),
        )
        .into_owned();
        lines.push(Line::styled(text, theme::dim()));
    }
    let block = Block::new()
        .borders(Borders::RIGHT)
        .title(Line::styled(t(l, Label::Agenda), theme::label()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    plain_lines::lines(frame.buffer_mut(), inner, &lines);
}

/// Two lines: a status message and the keys that work now, or two lines of keys.
pub fn footer(app: &App, status: Option<&str>, frame: &mut Frame, area: Rect) {
    let l = app.ui_language();
    let columns = area.width as usize;
    let lines = match status {
        Some(text) => {
            let mut keys = key_hints(&app.scopes(), l, columns, 1);
            keys.insert(0, Line::styled(one_line(text).into_owned(), theme::label()));
            keys
        }
        None => key_hints(&app.scopes(), l, columns, usize::from(area.height.max(1))),
    };
    plain_lines::lines(frame.buffer_mut(), area, &lines);
}

/// `Enter edit  Tab next field  …  ? help  q quit` on at most `max_lines` lines; the
/// narrowest scope's keys come first, and help and quit always fit at the end.
pub fn key_hints(
    scopes: &[Scope],
    l: Language,
    columns: usize,
    max_lines: usize,
) -> Vec<Line<'static>> {
    let bindings = keymap::bindings(scopes, true);
    let (last, first): (Vec<_>, Vec<_>) = bindings
        .into_iter()
        .partition(|b| scopes.len() > 1 && b.scope == Scope::Everywhere);
    let piece = |b: &keymap::Binding| {
        (
            b.keys
                .first()
                .map(|k| keymap::key_name(k, l))
                .unwrap_or_default(),
            t(l, b.label),
        )
    };
    let cost = |(key, label): &(String, &str)| width(key) + width(label) + 4;
    let tail: Vec<(String, &str)> = last.iter().map(|b| piece(b)).collect();
    let tail_cost: usize = tail.iter().map(cost).sum();
    let mut lines: Vec<Vec<(String, &str)>> = vec![Vec::new()];
    let mut used = 0;
    for p in first.iter().map(|b| piece(b)) {
        let reserve = if lines.len() == max_lines {
            tail_cost
        } else {
            0
        };
        if used + cost(&p) + reserve > columns {
            if lines.len() == max_lines {
                continue;
            }
            lines.push(Vec::new());
            used = 0;
        }
        used += cost(&p);
        if let Some(line) = lines.last_mut() {
            line.push(p);
        }
    }
    if used + tail_cost > columns && lines.len() < max_lines {
        lines.push(Vec::new());
    }
    if let Some(line) = lines.last_mut() {
        line.extend(tail);
    }
    lines
        .into_iter()
        .map(|pieces| {
            Line::from(
                pieces
                    .into_iter()
                    .flat_map(|(key, label)| {
                        [
                            Span::styled(format!(" {key} "), theme::key()),
                            Span::raw(format!(" {label} ")),
                        ]
                    })
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
}
