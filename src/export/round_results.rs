//! A step's rounds in the handout: the question, when it was opened and revealed, and
//! the answers with what the room read from them (spread, ranking, scale). A round that
//! was never revealed shows how many answered, never what.

use std::fmt::Write;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::exercises::kind::{Bar, Chart, Emphasis};
use crate::i18n::{self, Label, Words, t};
use crate::model::money::format_ratio;
use crate::model::round::Spread;
use crate::model::{Ask, Closeness, Euros, Language, Reply, Round, Units};
use crate::record::Step;
use crate::written::{cell, inline, row, table_header};

/// Estimates further apart than this (largest / smallest) are for discussion.
const FAR_APART: Decimal = Decimal::TWO;

/// `Punktabfrage · 3 Punkte je Person · mehrere auf ein Thema erlaubt`.
pub fn ask_line(ask: &Ask, l: Language) -> String {
    match ask {
        Ask::Amount => t(l, Label::AskAmount).to_owned(),
        Ask::Scale => t(l, Label::AskScale).to_owned(),
        Ask::Text => t(l, Label::AskText).to_owned(),
        Ask::Dots(vote) => format!(
            "{} · {} {} · {}",
            t(l, Label::AskDots),
            vote.dots,
            t(l, Label::RoundDotsEach),
            t(
                l,
                if vote.stack {
                    Label::RoundStackYes
                } else {
                    Label::RoundStackNo
                }
            )
        ),
    }
}

/// The kind of question and the round's settings, as the room and the phones read them
/// before anybody answers: `Euro und Stück · anonym · deckt auf, sobald alle …`.
pub fn round_line(round: &Round, l: Language) -> String {
    let mut line = ask_line(&round.ask, l);
    if round.anonymous {
        line.push_str(&format!(" · {}", t(l, Label::RoundAnonymous)));
    }
    if round.reveal_when_all {
        line.push_str(&format!(" · {}", t(l, Label::RoundWhenAll)));
    }
    line
}

/// Lowest, median and highest euros and units with their factor, one line each, and
/// whether the factor calls for a discussion.
pub fn spread_lines(round: &Round, l: Language) -> Vec<(String, bool)> {
    let euro = |d: Decimal| Euros::new(d.round_dp(2)).map_or_else(String::new, |e| e.compact(l));
    let unit = |d: Decimal| {
        d.round()
            .to_u64()
            .and_then(Units::new)
            .map_or_else(String::new, |u| u.compact(l))
    };
    type Shown<'a> = &'a dyn Fn(Decimal) -> String;
    let figures: [(Label, Vec<Decimal>, Shown); 2] = [
        (Label::RoundEuros, round.euros(), &euro),
        (Label::RoundUnits, round.units(), &unit),
    ];
    figures
        .into_iter()
        .filter_map(|(label, values, show)| {
            let spread = Spread::of(&values)?;
            let mut text = format!(
                "{}: {} {} · {} {} · {} {}",
                t(l, label),
                t(l, Label::RoundMin),
                show(spread.min),
                t(l, Label::RoundMedian),
                show(spread.median),
                t(l, Label::RoundMax),
                show(spread.max),
            );
            let far = spread.factor.is_some_and(|f| f > FAR_APART);
            if let Some(factor) = spread.factor {
                let _ = write!(
                    text,
                    " · {} ×{}",
                    t(l, Label::RoundFactor),
                    format_ratio(factor, l)
                );
            }
            Some((text, far))
        })
        .collect()
}

/// The scale's four steps with how many chose each.
pub fn scale_items(round: &Round, l: Language) -> Vec<(String, u32)> {
    Closeness::ALL
        .iter()
        .zip(round.scale_counts())
        .map(|(step, count)| {
            (
                format!("{} {}", step.number(), i18n::closeness(l, *step)),
                count,
            )
        })
        .collect()
}

/// `1 Antwort`, `3 Antworten`.
pub fn answers(count: usize, l: Language) -> String {
    let label = if count == 1 {
        Label::RoundAnswer
    } else {
        Label::RoundAnswers
    };
    format!("{count} {}", t(l, label))
}

/// A round in a few words for presentation mode: while it collects only how many have
/// answered of `people`; once revealed its result (the median, the winner).
pub fn headline(round: &Round, people: &[crate::model::Participant], l: Language) -> String {
    if round.is_open() {
        let answered = round.answered_count(people);
        return format!(
            "{answered} {} {} {}",
            t(l, Label::RoundOf),
            people.len(),
            t(l, Label::RoundAnswered)
        );
    }
    i18n::round_found(round, l).unwrap_or_else(|| answers(round.given(), l))
}

/// Every round of the step, as Markdown blocks.
pub fn handout(out: &mut String, step: &Step, l: Language) {
    for round in &step.rounds {
        let _ = writeln!(
            out,
            "### {}: {}\n",
            t(l, Label::RoundTitle),
            inline(&round.question)
        );
        let mut times = vec![round_line(round, l)];
        times.push(format!(
            "{} {}",
            t(l, Label::RoundOpen),
            round.opened.shown(l)
        ));
        for at in &round.reopened {
            times.push(format!("{} {}", t(l, Label::RoundReopened), at.shown(l)));
        }
        let Some(revealed) = round.revealed else {
            let _ = writeln!(
                out,
                "{} · {} – {}\n",
                times.join(" · "),
                answers(round.given(), l),
                t(l, Label::RoundNotRevealed)
            );
            continue;
        };
        times.push(format!(
            "{} {}",
            t(l, Label::RoundRevealed),
            revealed.shown(l)
        ));
        let _ = writeln!(out, "{}\n", times.join(" · "));
        if taken_by_kind(step, round, l) {
            // Its answers are the step's own table and chart above: said once.
            let _ = writeln!(out, "_{}_\n", TAKEN.get(l));
            continue;
        }
        match &round.ask {
            Ask::Amount => figures(out, round, l),
            Ask::Dots(_) => {
                for (place, (item, dots)) in round.ranking().iter().enumerate() {
                    let _ = writeln!(out, "{}. {} – {dots}", place + 1, inline(item));
                }
                out.push('\n');
            }
            Ask::Scale => {
                for (step, count) in scale_items(round, l) {
                    let _ = writeln!(out, "- {step}: {count}");
                }
                if let Some(median) = round.scale_median() {
                    let _ = writeln!(
                        out,
                        "\n**{}:** {}",
                        t(l, Label::RoundMedian),
                        i18n::closeness(l, median)
                    );
                }
                out.push('\n');
            }
            Ask::Text => {
                for (index, answer) in round.shown_answers() {
                    if let Reply::Text(text) = &answer.reply {
                        let _ = writeln!(
                            out,
                            "- **{}:** {}",
                            inline(&round.shown_name(index)),
                            inline(text)
                        );
                    }
                }
                if let Some(line) = held_back_line(round, l) {
                    let _ = writeln!(out, "\n_{line}_");
                }
                out.push('\n');
            }
        }
    }
}

fn figures(out: &mut String, round: &Round, l: Language) {
    table_header(
        out,
        &[
            t(l, Label::RoundWho),
            t(l, Label::RoundEuros),
            t(l, Label::RoundUnits),
            t(l, Label::RoundPrice),
        ],
    );
    for (index, answer) in round.answers.iter().enumerate() {
        let Reply::Amount { euros, units } = answer.reply else {
            continue;
        };
        row(
            out,
            &[
                cell(&round.shown_name(index)),
                super::euros(euros, l),
                super::units(units, l),
                super::euros(answer.price_per_unit(), l),
            ],
        );
    }
    out.push('\n');
    for (line, far) in spread_lines(round, l) {
        let _ = writeln!(out, "- {line}{}", if far { " ⚠" } else { "" });
    }
    out.push('\n');
}

/// `1 Antwort zurückgehalten`: all that any output says of answers the facilitator held
/// back before the reveal.
pub fn held_back_line(round: &Round, l: Language) -> Option<String> {
    match (round.held_back(), l) {
        (0, _) => None,
        (1, Language::De) => Some("1 Antwort zurückgehalten".to_owned()),
        (n, Language::De) => Some(format!("{n} Antworten zurückgehalten")),
        (1, Language::En) => Some("1 answer held back".to_owned()),
        (n, Language::En) => Some(format!("{n} answers held back")),
    }
}

/// Whether the step's kind took this round's answers into its own record (the market's
/// estimates, the pulse's readings): the handout then shows them once, as the kind's.
fn taken_by_kind(step: &Step, round: &Round, l: Language) -> bool {
    let mut copy = step.result.clone();
    copy.record_mut().take(round, 1, l)
}

const TAKEN: Words = Words::new(
    "Die Antworten sind oben in das Ergebnis des Schritts übernommen.",
    "The answers were taken into the step's result above.",
);

/// Pictures of revealed votes and scales for the HTML handout, except those the step's
/// kind draws as its own.
pub fn charts(step: &Step, l: Language) -> Vec<Chart> {
    step.rounds
        .iter()
        .filter(|r| r.revealed.is_some() && !taken_by_kind(step, r, l))
        .filter_map(|round| {
            let items = match &round.ask {
                Ask::Dots(_) => round.ranking(),
                Ask::Scale => scale_items(round, l),
                Ask::Amount | Ask::Text => return None,
            };
            let bars = items
                .into_iter()
                .map(|(label, count)| Bar {
                    label,
                    value: f64::from(count),
                    shown: count.to_string(),
                    mark: None,
                    emphasis: false,
                })
                .collect();
            let note = round
                .scale_median()
                .map(|m| format!("{}: {}", t(l, Label::RoundMedian), i18n::closeness(l, m)));
            Some(Chart {
                title: round.question.clone(),
                bars,
                note,
                emphasis: Emphasis::Chosen,
            })
        })
        .collect()
}
