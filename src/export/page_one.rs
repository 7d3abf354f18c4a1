//! The handout's first page, the workbook's first sheet and the top of `seam show`: what
//! the room decided, and who does what by when. Gathered from every step's kind
//! (`Output::decided`, `Output::duties`) and from the votes the room revealed, so that
//! nobody has to read fifteen steps to find the three things they promised.

use std::fmt::Write;

use crate::exercises::kind::{Decided, Duty};
use crate::i18n::Words;
use crate::model::round::Ask;
use crate::model::{Language, When};
use crate::record::Session;
use crate::written::{cell, inline, row, table_header, within};

pub const AT_A_GLANCE: Words = Words::new("Auf einen Blick", "At a glance");
pub const DECIDED: Words = Words::new("Beschlossen", "What we decided");
pub const WHO_WHAT_WHEN: Words = Words::new("Wer macht was bis wann", "Who does what by when");
pub const WHO: Words = Words::new("Wer", "Who");
pub const WHAT: Words = Words::new("Was", "What");
pub const BY_WHEN: Words = Words::new("Bis wann", "By when");
pub const FROM_STEP: Words = Words::new("Aus Schritt", "From step");
pub const TOPIC: Words = Words::new("Thema", "Topic");
pub const NUMBERS: Words = Words::new("Zahlen", "Numbers");
const NO_DAY: Words = Words::new("ohne Termin", "no date");
const NOBODY: Words = Words::new("niemand genannt", "nobody named");
const VOTE: Words = Words::new("Abstimmung", "Vote");
const DOTS: Words = Words::new("Punkte", "dots");
const DOT: Words = Words::new("Punkt", "dot");
/// How many of a vote's items page one names: the ones the room put first.
const VOTE_PLACES: usize = 3;

/// A decision and the step it was made in (0 the first).
pub struct StepDecided {
    pub step: usize,
    pub decided: Decided,
}

/// A duty and the step it comes from (0 the first).
pub struct StepDuty {
    pub step: usize,
    pub duty: Duty,
}

/// Everything the room decided, step by step: each kind's decisions, then the votes it
/// revealed in that step (their first places).
pub fn decisions(session: &Session) -> Vec<StepDecided> {
    let l = session.language;
    let mut all = Vec::new();
    for (step, s) in session.steps.iter().enumerate() {
        let record = s.result.record();
        let votes = s
            .rounds
            .iter()
            .filter(|r| r.revealed.is_some() && matches!(r.ask, Ask::Dots(_)))
            .filter_map(|round| {
                let places: Vec<String> = round
                    .ranking()
                    .into_iter()
                    .filter(|(_, dots)| *dots > 0)
                    .take(VOTE_PLACES)
                    .enumerate()
                    .map(|(place, (item, dots))| {
                        let word = if dots == 1 { DOT } else { DOTS };
                        format!("{}. {} ({dots} {})", place + 1, item.trim(), word.get(l))
                    })
                    .collect();
                (!places.is_empty()).then(|| {
                    let (open, close) = match l {
                        Language::De => ("„", "“"),
                        Language::En => ("“", "”"),
                    };
                    Decided::new(
                        format!("{} {open}{}{close}", VOTE.get(l), round.question.trim()),
                        places.join(" · "),
                    )
                })
            });
        all.extend(
            record
                .decided(l)
                .into_iter()
                .chain(votes)
                .map(|decided| StepDecided { step, decided }),
        );
    }
    all
}

/// Every duty of the day, the earliest day first; duties with a rhythm and then those
/// without a day follow, in the order of the steps.
pub fn duties(session: &Session) -> Vec<StepDuty> {
    let l = session.language;
    let mut all: Vec<StepDuty> = session
        .steps
        .iter()
        .enumerate()
        .flat_map(|(step, s)| {
            s.result
                .record()
                .duties(l)
                .into_iter()
                .map(move |duty| StepDuty { step, duty })
        })
        .collect();
    // A stable sort keeps the steps' order among equals.
    all.sort_by_key(|d| match &d.duty.by {
        Some(When::Date(day)) => (0, Some(*day)),
        Some(When::Rhythm(_)) => (1, None),
        None => (2, None),
    });
    all
}

/// Who, as the list shows it: a name, or that nobody was named.
pub fn who(duty: &Duty, l: Language) -> String {
    if duty.who.trim().is_empty() {
        format!("({})", NOBODY.get(l))
    } else {
        duty.who.trim().to_owned()
    }
}

/// By when, as the list shows it.
pub fn by_when(duty: &Duty, l: Language) -> String {
    duty.by
        .as_ref()
        .map_or_else(|| "–".to_owned(), |when| when.show(l))
}

/// `4. Vereinbarungen`: the step a line comes from.
pub fn step_name(session: &Session, step: usize) -> String {
    let title = session
        .steps
        .get(step)
        .map(|s| s.title.get(session.language).trim())
        .unwrap_or_default();
    format!("{}. {title}", step + 1)
}

/// Page one as Markdown: nothing when the room has neither decided nor promised yet.
pub fn markdown(session: &Session) -> String {
    let l = session.language;
    let decisions = decisions(session);
    let duties = duties(session);
    let mut out = String::new();
    if decisions.is_empty() && duties.is_empty() {
        return out;
    }
    let _ = writeln!(out, "## {}\n", AT_A_GLANCE.get(l));
    if !decisions.is_empty() {
        let _ = writeln!(out, "### {}\n", DECIDED.get(l));
        for d in &decisions {
            let _ = writeln!(
                out,
                "- **{}:** {}",
                inline(&d.decided.topic),
                within(&d.decided.text)
            );
        }
        out.push('\n');
    }
    if !duties.is_empty() {
        let _ = writeln!(out, "### {}\n", WHO_WHAT_WHEN.get(l));
        table_header(
            &mut out,
            &[WHO.get(l), WHAT.get(l), BY_WHEN.get(l), FROM_STEP.get(l)],
        );
        for d in &duties {
            row(
                &mut out,
                &[
                    cell(&who(&d.duty, l)),
                    cell(&d.duty.what),
                    cell(&by_when(&d.duty, l)),
                    cell(&step_name(session, d.step)),
                ],
            );
        }
        out.push('\n');
    }
    out
}

/// Page one as lines for the terminal (`seam show`), each typed part sanitised.
pub fn plain(session: &Session) -> String {
    let l = session.language;
    let one = super::plain;
    let mut out = String::new();
    let decisions = decisions(session);
    if !decisions.is_empty() {
        let _ = writeln!(out, "\n{}:", DECIDED.get(l));
        for d in &decisions {
            let _ = writeln!(
                out,
                "    {}: {}",
                one(&d.decided.topic),
                one(&d.decided.text)
            );
        }
    }
    let duties = duties(session);
    if !duties.is_empty() {
        let _ = writeln!(out, "\n{}:", WHO_WHAT_WHEN.get(l));
        for d in &duties {
            let by = match d.duty.by {
                Some(_) => one(&by_when(&d.duty, l)),
                None => NO_DAY.get(l).to_owned(),
            };
            let _ = writeln!(
                out,
                "    {by} – {}: {}",
                one(&who(&d.duty, l)),
                one(&d.duty.what)
            );
        }
    }
    out
}
