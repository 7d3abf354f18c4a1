//! A round on the wall. While it collects: the question and who has answered — never a
//! value, a digit, a length or an order that gives one away — and the private entry of
//! the person at the keyboard, masked. After the reveal: all answers at once with their
//! distribution (spread, ranking, scale).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme;
use crate::app::Workshop;
use crate::app::round_flow::{self, Answering};
use crate::export::round_results;
use crate::i18n::{self, Label, t};
use crate::model::{Ask, Closeness, Language, Reply, Round};
use crate::text::{one_line, pad, sanitize, truncate};

/// What a masked entry shows however much is typed: the length must not show either.
const MASK: &str = "●●●";

pub fn render(w: &Workshop, round: &Round, frame: &mut Frame, area: Rect) {
    let l = w.session.language;
    let width = usize::from(area.width);
    let mut lines = vec![heading(w, round, l), Line::default()];
    lines.push(Line::styled(
        sanitize(&round.question).into_owned(),
        theme::question(),
    ));
    lines.push(Line::styled(
        round_results::round_line(round, l),
        theme::dim(),
    ));
    lines.push(Line::default());
    let room = usize::from(area.height).saturating_sub(rows_of(&lines, width));
    let body = match (&w.answering, round.is_open()) {
        (Some(answering), true) => entry(w, round, answering, l),
        (None, true) => who_answered(w, round, l, (room, width)),
        (_, false) => result(round, l, width),
    };
    lines.extend(body);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// `Runde · offen · 2 von 4 haben geantwortet`.
fn heading(w: &Workshop, round: &Round, l: Language) -> Line<'static> {
    let state = match round.revealed {
        Some(at) => format!("{} {}", t(l, Label::RoundRevealed), at.time_of_day()),
        None if !round.reopened.is_empty() => t(l, Label::RoundReopened).to_owned(),
        None => t(l, Label::RoundOpen).to_owned(),
    };
    let count = if round.is_open() {
        let answered = round.answered_count(&w.session.participants);
        let asked = w
            .session
            .participants
            .iter()
            .filter(|p| round.asks(p))
            .count();
        format!(
            "{answered} {} {asked} {}",
            t(l, Label::RoundOf),
            t(l, Label::RoundAnswered)
        )
    } else {
        round_results::answers(round.given(), l)
    };
    Line::from(vec![
        Span::styled(
            format!("{} · {state}", t(l, Label::RoundTitle)),
            theme::header(),
        ),
        Span::raw(format!(" · {count}")),
    ])
}

/// The participants in the list's order (not the order of answering), each with `●`
/// once they answered. Everybody is on the wall at once: more people than lines stand
/// in columns (read down, then across) — sixteen at 80x24, thirty at 120x40 — and only
/// where even columns would be too narrow to read does the list scroll with the cursor.
fn who_answered(
    w: &Workshop,
    round: &Round,
    l: Language,
    (room, width): (usize, usize),
) -> Vec<Line<'static>> {
    /// Narrower than this, a name with its department is no longer readable.
    const MIN_COLUMN: usize = 24;
    let people = &w.session.participants;
    if people.is_empty() {
        return vec![Line::styled(
            t(l, Label::RoundNoParticipants),
            theme::warning(),
        )];
    }
    let mut lines = vec![Line::styled(t(l, Label::RoundBlind), theme::dim())];
    let sealed = round.sealed();
    if sealed > 0 && round.is_open() {
        lines.push(Line::styled(
            format!("{sealed} {}", t(l, Label::RoundSealedNote)),
            theme::dim(),
        ));
    }
    if round_flow::shows_too_few(round, people) {
        lines.push(Line::styled(round_flow::too_few(l), theme::warning()));
    }
    // A vote's options stand on the wall while it collects, numbered as they are typed
    // (no counts: those come with the reveal).
    if let Ask::Dots(vote) = &round.ask {
        lines.extend(numbered(
            vote.items.iter().map(|item| one_line(item).into_owned()),
        ));
        lines.push(Line::default());
    }
    let visible = room.saturating_sub(rows_of(&lines, width)).max(1);
    let columns = people.len().div_ceil(visible).max(1);
    if columns > 1 && width / columns >= MIN_COLUMN {
        let rows = people.len().div_ceil(columns);
        let column_width = width / columns;
        for row in 0..rows {
            let spans = (0..columns)
                .filter_map(|column| {
                    let index = column * rows + row;
                    let person = people.get(index)?;
                    let (text, style) = person_line(w, round, l, index, person);
                    Some(Span::styled(pad(&text, column_width), style))
                })
                .collect::<Vec<_>>();
            lines.push(Line::from(spans));
        }
        return lines;
    }
    let first = w.round_row.saturating_sub(visible - 1);
    for (index, person) in people.iter().enumerate().skip(first).take(visible) {
        let (text, style) = person_line(w, round, l, index, person);
        lines.push(Line::styled(text, style));
    }
    lines
}

/// How many rows `lines` take on the wall once wrapped at `width` (a long question
/// takes two or three: the list below must count with them).
fn rows_of(lines: &[Line<'_>], width: usize) -> usize {
    lines
        .iter()
        .map(|line| {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            crate::text::wrap(&text, width.max(1), "").len().max(1)
        })
        .sum()
}

/// One participant in the list: the cursor, `●`/`○` (or `–` when not asked), the name.
fn person_line(
    w: &Workshop,
    round: &Round,
    l: Language,
    index: usize,
    person: &crate::model::Participant,
) -> (String, ratatui::style::Style) {
    let answered = round.answered_by(person);
    let asked = round.asks(person);
    let mark = match (asked, answered) {
        (false, _) => "–",
        (true, true) => "●",
        (true, false) => "○",
    };
    let selected = index == w.round_row;
    let mut text = format!(
        "{} {mark} {}",
        if selected { theme::FOCUS } else { " " },
        one_line(&person.with_department())
    );
    if !asked {
        text.push_str(&format!(" · {}", t(l, Label::RoundNotAskedMark)));
    }
    let style = if selected {
        theme::focus()
    } else if answered {
        ratatui::style::Style::new()
    } else {
        theme::dim()
    };
    (text, style)
}

/// The private entry of the person at the keyboard.
fn entry(w: &Workshop, round: &Round, answering: &Answering, l: Language) -> Vec<Line<'static>> {
    let who = w
        .session
        .participants
        .get(answering.who)
        .map(|p| one_line(&p.with_department()).into_owned())
        .unwrap_or_default();
    let mut lines = vec![Line::styled(
        format!("{} {who} {}", theme::FOCUS, t(l, Label::RoundAnswering)),
        theme::header(),
    )];
    match &round.ask {
        Ask::Amount => {
            let euros = if answering.part == 0 {
                typed(w, answering, l)
            } else {
                let shown = match answering.euros {
                    Some(euros) if answering.peek => euros.full(l),
                    Some(_) => format!("{MASK} {}", theme::DONE),
                    None => "–".to_owned(),
                };
                Line::raw(shown)
            };
            lines.push(labelled(t(l, Label::RoundEuros), euros));
            if answering.part == 1 {
                lines.push(labelled(t(l, Label::RoundUnits), typed(w, answering, l)));
            }
        }
        Ask::Text => lines.push(labelled(t(l, Label::RoundAnswer), typed(w, answering, l))),
        Ask::Dots(vote) => {
            lines.extend(numbered(
                vote.items.iter().map(|i| one_line(i).into_owned()),
            ));
            lines.push(labelled(t(l, Label::RoundDots), typed(w, answering, l)));
        }
        Ask::Scale => {
            lines.extend(numbered(
                Closeness::ALL
                    .iter()
                    .map(|c| i18n::closeness(l, *c).to_owned()),
            ));
            lines.push(labelled(t(l, Label::RoundStep), typed(w, answering, l)));
        }
    }
    lines.push(Line::default());
    let hint = match round.ask {
        Ask::Dots(_) => Label::RoundPeekHint,
        Ask::Scale => Label::RoundPeekHintScale,
        Ask::Amount | Ask::Text => Label::RoundPeekHintPlain,
    };
    lines.push(Line::styled(t(l, hint), theme::dim()));
    lines
}

fn labelled(label: &str, value: Line<'static>) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!("  {} ", pad(&format!("{label}:"), 8)),
        theme::label(),
    )];
    spans.extend(value.spans);
    Line::from(spans)
}

/// What is typed: `●●●` and whether it reads, or — peeking — the text and its echo.
fn typed(w: &Workshop, answering: &Answering, l: Language) -> Line<'static> {
    let Some(editor) = &w.editor else {
        return Line::default();
    };
    let text = editor.text();
    let value = match (answering.peek, text.is_empty()) {
        (_, true) => "▏".to_owned(),
        (true, false) => format!("{}▏", one_line(&text)),
        (false, false) => format!("{MASK}▏"),
    };
    let echo = match (&editor.echo, &editor.error, answering.peek) {
        (_, Some(error), true) => {
            Span::styled(format!("  {} {error}", theme::ERROR), theme::error())
        }
        (_, Some(_), false) => {
            Span::styled(format!("  {}", t(l, Label::MaskedRefused)), theme::error())
        }
        (Some(echo), None, true) => Span::styled(format!("  = {echo}"), theme::good()),
        (Some(_), None, false) => Span::styled(
            format!("  {}", t(l, Label::MaskedUnderstood)),
            theme::good(),
        ),
        (None, None, _) => Span::raw(""),
    };
    Line::from(vec![Span::styled(value, theme::focus()), echo])
}

/// The choices with their numbers, the same for everybody: what is typed is the number.
fn numbered(choices: impl Iterator<Item = String>) -> Vec<Line<'static>> {
    choices
        .enumerate()
        .map(|(index, choice)| Line::raw(format!("  {:>2}  {choice}", index + 1)))
        .collect()
}

/// All answers at once, with what the room reads from them.
fn result(round: &Round, l: Language, width: usize) -> Vec<Line<'static>> {
    match &round.ask {
        Ask::Amount => figures(round, l, width),
        Ask::Dots(_) => bars(
            round
                .ranking()
                .into_iter()
                .map(|(item, dots)| (one_line(&item).into_owned(), dots))
                .collect(),
            width,
        ),
        Ask::Scale => {
            // The median first, as the spread of figures: always on the wall.
            let mut lines = Vec::new();
            if let Some(median) = round.scale_median() {
                lines.push(Line::styled(
                    format!(
                        "{}: {}",
                        t(l, Label::RoundMedian),
                        i18n::closeness(l, median)
                    ),
                    theme::header(),
                ));
                lines.push(Line::default());
            }
            lines.extend(bars(round_results::scale_items(round, l), width));
            lines
        }
        // A long answer wraps under itself, not under the names.
        Ask::Text => round
            .shown_answers()
            .flat_map(|(index, a)| {
                let Reply::Text(text) = &a.reply else {
                    return vec![Line::default()];
                };
                let name = format!("{}: ", one_line(&round.shown_name(index)));
                // Under the answer where the name is short enough, else a little in.
                let hang = match crate::text::width(&name) {
                    n if n <= width / 3 => n,
                    _ => 4,
                };
                let text = format!("{name}{}", one_line(text).trim());
                crate::text::wrap(&text, width.saturating_sub(2), &" ".repeat(hang))
                    .into_iter()
                    .map(|line| Line::raw(format!("  {line}")))
                    .collect()
            })
            .chain(
                round_results::held_back_line(round, l)
                    .map(|line| Line::styled(format!("  {line}"), theme::dim())),
            )
            .collect(),
    }
}

/// One line per item: label, a bar as long as its share of the largest, the count.
pub fn bars(items: Vec<(String, u32)>, width: usize) -> Vec<Line<'static>> {
    let label_width = items
        .iter()
        .map(|(label, _)| crate::text::width(label))
        .max()
        .unwrap_or(0)
        .min(width / 2);
    let most = items.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let room = width.saturating_sub(label_width + 10).max(1);
    items
        .into_iter()
        .map(|(label, count)| {
            let length =
                usize::try_from(count).unwrap_or(0) * room / usize::try_from(most).unwrap_or(1);
            Line::from(vec![
                Span::raw(format!(
                    "  {} ",
                    pad(&truncate(&label, label_width), label_width)
                )),
                Span::styled("█".repeat(length), theme::header()),
                Span::raw(format!(" {count}")),
            ])
        })
        .collect()
}

/// Every estimate with its implied price, then lowest, median, highest and the factor.
/// The spread first (min, median, max, factor): with twelve answers at 80x24 the list
/// runs off the wall, what the room reads from it must not.
fn figures(round: &Round, l: Language, width: usize) -> Vec<Line<'static>> {
    let name_width = width.saturating_sub(46).clamp(8, 28);
    let mut lines: Vec<Line<'static>> = round_results::spread_lines(round, l)
        .into_iter()
        .map(|(text, far)| {
            if far {
                Line::styled(format!("  {text} {}", theme::WARN), theme::warning())
            } else {
                Line::raw(format!("  {text}"))
            }
        })
        .collect();
    if !lines.is_empty() {
        lines.push(Line::default());
    }
    lines.push(Line::styled(
        format!(
            "  {} {:>12} {:>12} {:>14}",
            pad(t(l, Label::RoundWho), name_width),
            t(l, Label::RoundEuros),
            t(l, Label::RoundUnits),
            t(l, Label::RoundPrice)
        ),
        theme::label(),
    ));
    for (index, answer) in round.answers.iter().enumerate() {
        let Reply::Amount { euros, units } = answer.reply else {
            continue;
        };
        let price = answer.price_per_unit().map(|p| p.full(l));
        lines.push(Line::raw(format!(
            "  {} {:>12} {:>12} {:>14}",
            pad(
                &truncate(&one_line(&round.shown_name(index)), name_width),
                name_width
            ),
            euros.map_or_else(|| "–".to_owned(), |e| e.compact(l)),
            units.map_or_else(|| "–".to_owned(), |u| u.short(l)),
            price.unwrap_or_else(|| "–".to_owned())
        )));
    }
    lines
}
