//! The presenter view: what only the facilitator sees on the laptop while the wall shows
//! the work — the step's hints, the time, the next step, who has not answered yet, the
//! parking lot. Drawn from the wall's last snapshot; text from the session is sanitised.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};

use super::protocol::Snapshot;
use crate::app::keymap::Scope;
use crate::i18n::{Label, t};
use crate::model::Language;
use crate::text::{one_line, sanitize};
use crate::ui::chrome::{self, mmss};
use crate::ui::{layout, theme};

/// What the presenter shows: the wall's last state and its own few settings.
pub struct View {
    pub language: Language,
    pub snapshot: Option<Snapshot>,
    /// The answers of an open round, on this screen only.
    pub peek: bool,
    /// Waiting for the reveal key once more.
    pub armed: bool,
    /// The facilitator's notes being typed, for the step they were opened on.
    pub notes: Option<(usize, ratatui_textarea::TextArea<'static>)>,
}

pub fn render(view: &View, frame: &mut Frame) {
    let area = frame.area();
    let l = view.language;
    let (header, rest) = layout::top(area, 1);
    let (body, footer) = layout::bottom(rest, 2);
    let Some(s) = &view.snapshot else {
        frame.render_widget(
            Paragraph::new(Line::styled(t(l, Label::PresenterWaiting), theme::dim())),
            body,
        );
        return;
    };
    frame.render_widget(
        Paragraph::new(Line::styled(
            format!(
                " {} · {} · {}/{} {}",
                t(l, Label::PresenterTitle),
                one_line(&s.title),
                s.step + 1,
                s.steps,
                one_line(&s.step_title)
            ),
            theme::header(),
        )),
        header,
    );
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(body);
    frame.render_widget(
        Paragraph::new(work(view, s, l))
            .wrap(Wrap { trim: false })
            .block(Block::new().padding(Padding::horizontal(1))),
        left,
    );
    let side = Block::new()
        .borders(Borders::LEFT)
        .padding(Padding::horizontal(1));
    let inner = side.inner(right);
    frame.render_widget(side, right);
    let time = time(s, l);
    // As many rows as the lines take once wrapped, so the notes never cover the time.
    let rows: u16 = time
        .iter()
        .map(|line| crate::text::wrapped_rows(&line.to_string(), inner.width).max(1))
        .sum();
    let [time_area, notes_area] =
        Layout::vertical([Constraint::Length(rows + 1), Constraint::Fill(1)]).areas(inner);
    frame.render_widget(Paragraph::new(time).wrap(Wrap { trim: false }), time_area);
    notes(view, s, l, frame, notes_area);
    let status = if view.armed {
        Some(t(l, Label::PresenterRevealAsk).to_owned())
    } else {
        s.status.clone()
    };
    let scope = if view.notes.is_some() {
        Scope::PresenterNotes
    } else {
        Scope::Presenter
    };
    let mut lines = chrome::key_hints(&[scope], l, usize::from(footer.width), 2);
    if let Some(status) = status {
        lines.insert(
            0,
            Line::styled(one_line(&status).into_owned(), theme::label()),
        );
        lines.truncate(2);
    }
    frame.render_widget(Paragraph::new(lines), footer);
}

/// The question, the hints, the round, the parking lot.
fn work(view: &View, s: &Snapshot, l: Language) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::styled(sanitize(&s.question).into_owned(), theme::question()),
        Line::default(),
    ];
    if !s.hints.is_empty() {
        lines.push(Line::styled(t(l, Label::PresenterHints), theme::label()));
        for hint in &s.hints {
            lines.push(Line::raw(format!("• {}", sanitize(hint))));
        }
        lines.push(Line::default());
    }
    match &s.round {
        Some(round) => {
            let state = if round.revealed {
                t(l, Label::RoundRevealed)
            } else {
                t(l, Label::RoundOpen)
            };
            lines.push(Line::styled(
                format!(
                    "{} · {state} · {} {} {}",
                    t(l, Label::RoundTitle),
                    round.count,
                    t(l, Label::RoundOf),
                    round.asked
                ),
                theme::label(),
            ));
            lines.push(Line::raw(sanitize(&round.question).into_owned()));
            for name in &round.answered {
                lines.push(Line::raw(format!("  ● {}", one_line(name))));
            }
            for name in &round.waiting {
                lines.push(Line::styled(
                    format!(
                        "  ○ {} – {}",
                        one_line(name),
                        t(l, Label::PresenterWaitingFor)
                    ),
                    theme::warning(),
                ));
            }
            if let Some(too_few) = &round.too_few {
                lines.push(Line::styled(
                    one_line(too_few).into_owned(),
                    theme::warning(),
                ));
            }
            if view.peek || round.revealed {
                if round.anonymous && !round.revealed {
                    lines.push(Line::styled(
                        t(l, Label::PresenterAnonymousList),
                        theme::dim(),
                    ));
                }
                for (index, (who, answer)) in round.answers.iter().enumerate() {
                    // Numbered while they can be held back: the key that holds one.
                    let number = if round.screened && index < 9 {
                        format!("{} ", index + 1)
                    } else {
                        "  ".to_owned()
                    };
                    let line = if who.is_empty() {
                        format!("  {number}{}", one_line(answer))
                    } else {
                        format!("  {number}{}: {}", one_line(who), one_line(answer))
                    };
                    if round.held_back.get(index).copied().unwrap_or(false) {
                        lines.push(Line::styled(
                            format!("{line}  ({})", t(l, Label::HeldBackMark)),
                            theme::dim(),
                        ));
                    } else {
                        lines.push(Line::raw(line));
                    }
                }
                if round.unscreened > 0 {
                    lines.push(Line::styled(
                        format!(
                            "  {} {}",
                            round.unscreened,
                            t(l, Label::PresenterUnscreened)
                        ),
                        theme::dim(),
                    ));
                }
                if round.screened && view.peek && !round.answers.is_empty() {
                    lines.push(Line::styled(t(l, Label::PresenterHoldHint), theme::dim()));
                }
            } else if round.count > 0 {
                lines.push(Line::styled(t(l, Label::PresenterPeekHint), theme::dim()));
            }
        }
        None => lines.push(Line::styled(t(l, Label::PresenterNoRound), theme::dim())),
    }
    if !s.parking_lot.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(t(l, Label::ParkingLot), theme::label()));
        for topic in &s.parking_lot {
            lines.push(Line::raw(format!("• {}", one_line(topic))));
        }
    }
    lines
}

/// The facilitator's notes of this step: shown, or being typed.
fn notes(view: &View, s: &Snapshot, l: Language, frame: &mut Frame, area: ratatui::layout::Rect) {
    let (label, rest) = layout::top(area, 1);
    frame.render_widget(
        Paragraph::new(Line::styled(t(l, Label::FacilitatorNotes), theme::label())),
        label,
    );
    match &view.notes {
        Some((_, editor)) => frame.render_widget(editor, rest),
        None => {
            let text = sanitize(&s.facilitator_notes).into_owned();
            let lines: Vec<Line> = if text.trim().is_empty() {
                vec![Line::styled(t(l, Label::Empty), theme::dim())]
            } else {
                text.split('\n')
                    .map(|line| Line::raw(line.to_owned()))
                    .collect()
            };
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), rest);
        }
    }
}

/// The time: in this step, over the agenda, the end at this pace; the next step; what
/// the wall shows.
fn time(s: &Snapshot, l: Language) -> Vec<Line<'static>> {
    let timebox = u64::from(s.timebox_minutes) * 60;
    let (step_time, style) = if s.on_step_seconds <= timebox {
        (
            format!(
                "{} {}",
                mmss(timebox - s.on_step_seconds),
                t(l, Label::PresenterLeft)
            ),
            theme::label(),
        )
    } else {
        (
            format!(
                "{} +{} {}",
                theme::WARN,
                mmss(s.on_step_seconds - timebox),
                t(l, Label::PresenterOver)
            ),
            theme::warning(),
        )
    };
    let paused = if s.paused {
        format!(" ⏸ {}", t(l, Label::PausedShort))
    } else {
        String::new()
    };
    let hours = |seconds: u64| format!("{}:{:02} h", seconds / 3600, (seconds % 3600) / 60);
    let mut wall = Vec::new();
    if s.presenting {
        wall.push(t(l, Label::PresenterWallPresenting));
    }
    if s.blank {
        wall.push(t(l, Label::PresenterWallBlank));
    }
    if s.clean {
        wall.push(t(l, Label::PresenterWallClean));
    }
    if wall.is_empty() {
        wall.push(t(l, Label::PresenterWallNormal));
    }
    vec![
        Line::from(vec![Span::styled(step_time, style), Span::raw(paused)]),
        Line::raw(format!(
            "  {} {} {}",
            t(l, Label::PresenterOf),
            s.timebox_minutes,
            t(l, Label::Minutes)
        )),
        Line::default(),
        Line::raw(format!(
            "{}: {} {} {}",
            t(l, Label::PresenterAgenda),
            hours(s.agenda_spent_seconds),
            t(l, Label::PresenterOf),
            hours(u64::from(s.agenda_minutes) * 60)
        )),
        Line::raw(format!("{}: {}", t(l, Label::PresenterEnd), s.expected_end)),
        Line::default(),
        Line::styled(t(l, Label::PresenterNext), theme::label()),
        Line::raw(
            s.next_step
                .as_deref()
                .map_or_else(|| "–".to_owned(), |n| one_line(n).into_owned()),
        ),
        Line::default(),
        Line::raw(format!(
            "{}: {}",
            t(l, Label::PresenterWall),
            wall.join(" · ")
        )),
        Line::raw(s.room_phones.map_or_else(String::new, |phones| {
            format!(
                "{}: {phones} {}",
                t(l, Label::RoomTitle),
                t(l, Label::RoomPhones)
            )
        })),
    ]
}
