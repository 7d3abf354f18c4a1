//! `seam diff`'s rounds: what the handout says of a round, compared — asked, how many
//! answered, revealed, re-opened, how many held back, and once revealed what the room
//! saw (each answer as the handout names it, `#n` in an anonymous round; the dots per
//! item; the scale's counts and median). Nothing else: never who has answered an
//! anonymous round, never a held-back answer, never an open round's answers.

use crate::export::round_results;
use crate::i18n::{self, Label, Words, t};
use crate::model::{Ask, Closeness, Language, Reply, Round};
use crate::record::Step;
use crate::written::{euros, units};

use super::diff_rows::{ADDED, REMOVED, Say, numbered, pair};
use super::diff_words::{change, shown};

const HELD_BACK: Words = Words::new("zurückgehalten", "held back");
const ASKED: Words = Words::new("gestellt", "asked");
const HIDDEN_AGAIN: Words = Words::new("nicht mehr aufgedeckt", "no longer revealed");
const SETTINGS: Words = Words::new("Art", "Kind");

/// A round as the handout shows it.
struct Seen {
    settings: String,
    opened: String,
    reopened: Vec<String>,
    revealed: Option<String>,
    answers: usize,
    held_back: usize,
    /// What the reveal showed, by what it is about; empty while the round collects and
    /// where the step's kind took the answers into its own rows (said there).
    result: Vec<(String, String)>,
}

impl Seen {
    fn of(step: &Step, round: &Round, l: Language) -> Seen {
        Seen {
            settings: round_results::round_line(round, l),
            opened: round.opened.shown(l),
            reopened: round.reopened.iter().map(|at| at.shown(l)).collect(),
            revealed: round.revealed.map(|at| at.shown(l)),
            answers: round.given(),
            held_back: round.held_back(),
            result: if round.revealed.is_some() && !taken(step, round, l) {
                result(round, l)
            } else {
                Vec::new()
            },
        }
    }
}

/// Whether the step's kind took this round's answers into its record (the market's
/// estimates, the pulse's readings), as the handout decides it.
fn taken(step: &Step, round: &Round, l: Language) -> bool {
    let mut copy = step.result.clone();
    copy.record_mut().take(round, 1, l)
}

fn result(round: &Round, l: Language) -> Vec<(String, String)> {
    match &round.ask {
        Ask::Amount => round
            .shown_answers()
            .filter_map(|(index, answer)| match answer.reply {
                Reply::Amount { euros: e, units: u } => Some((
                    round.shown_name(index),
                    format!("{} · {}", euros(e, l), units(u, l)),
                )),
                _ => None,
            })
            .collect(),
        Ask::Dots(_) => round
            .ranking()
            .into_iter()
            .map(|(item, dots)| (item, dots.to_string()))
            .collect(),
        Ask::Scale => {
            let mut facts: Vec<(String, String)> = Closeness::ALL
                .iter()
                .zip(round.scale_counts())
                .map(|(step, count)| {
                    (
                        format!("{} {}", step.number(), i18n::closeness(l, *step)),
                        count.to_string(),
                    )
                })
                .collect();
            if let Some(median) = round.scale_median() {
                facts.push((
                    t(l, Label::RoundMedian).to_owned(),
                    i18n::closeness(l, median).to_owned(),
                ));
            }
            facts
        }
        Ask::Text => round
            .shown_answers()
            .filter_map(|(index, answer)| match &answer.reply {
                Reply::Text(text) => Some((round.shown_name(index), text.clone())),
                _ => None,
            })
            .collect(),
    }
}

/// The changes of a step's rounds, matched by their question.
pub fn compare(out: &mut Vec<String>, say: Say, (old, new): (&Step, &Step)) {
    let l = say.l;
    let keys = |step: &Step| numbered(step.rounds.iter().map(|r| shown(&r.question)).collect());
    let pairs = pair(&keys(old), &keys(new), |_, _| 0.0);
    for (o, round) in old.rounds.iter().enumerate() {
        if !pairs.contains(&Some(o)) {
            let text = format!("{}: {}", name(round, l), REMOVED.get(l));
            say.line(out, &text);
        }
    }
    for (n, round) in new.rounds.iter().enumerate() {
        let after = Seen::of(new, round, l);
        let heading = format!("{}{}", prefix(say.heading), name(round, l));
        let round_say = Say {
            heading: &heading,
            ..say
        };
        match pairs[n] {
            Some(o) => changes(out, round_say, &Seen::of(old, &old.rounds[o], l), &after),
            None => asked(out, round_say, &after),
        }
    }
}

fn prefix(heading: &str) -> String {
    if heading.is_empty() {
        String::new()
    } else {
        format!("{heading}: ")
    }
}

/// `Runde „Wie arbeiten wir zusammen?“`, the question whole.
fn name(round: &Round, l: Language) -> String {
    format!("{} „{}“", t(l, Label::RoundTitle), shown(&round.question))
}

/// A round the earlier version did not have.
fn asked(out: &mut Vec<String>, say: Say, seen: &Seen) {
    let l = say.l;
    let mut text = format!(
        "{} · {} · {} {}",
        ASKED.get(l),
        seen.settings,
        t(l, Label::RoundOpen),
        seen.opened
    );
    for at in &seen.reopened {
        text.push_str(&format!(" · {} {at}", t(l, Label::RoundReopened)));
    }
    text.push_str(&format!(" · {}", round_results::answers(seen.answers, l)));
    match &seen.revealed {
        Some(at) => text.push_str(&format!(" · {} {at}", t(l, Label::RoundRevealed))),
        None => text.push_str(&format!(" – {}", t(l, Label::RoundNotRevealed))),
    }
    say.line(out, &text);
    if seen.held_back > 0 {
        say.line(out, &format!("{}: {}", HELD_BACK.get(l), seen.held_back));
    }
    for (about, value) in &seen.result {
        say.line(out, &format!("{}: {}", shown(about), shown(value)));
    }
}

fn changes(out: &mut Vec<String>, say: Say, before: &Seen, after: &Seen) {
    let l = say.l;
    let figure = |out: &mut Vec<String>, label: &str, a: &str, b: &str| {
        if a != b {
            say.line(out, &format!("{label}: {}", change(a, b, l, say.marks)));
        }
    };
    figure(out, SETTINGS.get(l), &before.settings, &after.settings);
    figure(out, t(l, Label::RoundOpen), &before.opened, &after.opened);
    for at in after.reopened.iter().skip(before.reopened.len()) {
        say.line(out, &format!("{} {at}", t(l, Label::RoundReopened)));
    }
    figure(
        out,
        t(l, Label::RoundAnswers),
        &before.answers.to_string(),
        &after.answers.to_string(),
    );
    figure(
        out,
        HELD_BACK.get(l),
        &before.held_back.to_string(),
        &after.held_back.to_string(),
    );
    match (&before.revealed, &after.revealed) {
        (None, Some(at)) => say.line(out, &format!("{} {at}", t(l, Label::RoundRevealed))),
        (Some(_), None) if after.reopened.len() == before.reopened.len() => {
            say.line(out, HIDDEN_AGAIN.get(l));
        }
        (Some(a), Some(b)) if a != b => figure(out, t(l, Label::RoundRevealed), a, b),
        _ => {}
    }
    if after.revealed.is_none() {
        return;
    }
    // Newly revealed: what the room saw, each fact once; revealed in both: what changed.
    let fresh = before.revealed.is_none();
    let shown_before = if fresh { &[][..] } else { &before.result[..] };
    let keys = |facts: &[(String, String)]| {
        numbered(facts.iter().map(|(about, _)| shown(about)).collect())
    };
    let pairs = pair(&keys(shown_before), &keys(&after.result), |_, _| 0.0);
    for (o, (about, _)) in shown_before.iter().enumerate() {
        if !pairs.contains(&Some(o)) {
            say.line(out, &format!("{}: {}", REMOVED.get(l), shown(about)));
        }
    }
    for (n, (about, value)) in after.result.iter().enumerate() {
        match pairs[n] {
            Some(o) => figure(out, &shown(about), &shown_before[o].1, value),
            None if fresh => say.line(out, &format!("{}: {}", shown(about), shown(value))),
            None => say.line(
                out,
                &format!("{}: {}: {}", ADDED.get(l), shown(about), shown(value)),
            ),
        }
    }
}
