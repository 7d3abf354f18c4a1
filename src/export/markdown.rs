//! The handout for participants: title, date, participants, what was decided and who
//! does what by when (`page_one`), then every step with its question, its result
//! (written by the step's kind with the helpers here) and its open checks.

use crate::written::{block, inline};
use std::fmt::Write;

use jiff::civil::Date;

use crate::i18n::{Label, t};
use crate::model::Moment;
use crate::record::Session;

/// The handout as of now: open checks are those of the day it is written (KPIs expire).
/// The facilitator's own notes are never in it (they are not in the session file).
pub fn handout(session: &Session) -> String {
    let today = Moment::now().date();
    let mut out = front(session);
    out.push_str(&super::page_one::markdown(session));
    for index in 0..session.steps.len() {
        out.push_str(&step(session, index, today));
    }
    out.push_str(&parking_lot(session));
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The title, the overview line and the participants.
pub(crate) fn front(session: &Session) -> String {
    let l = session.language;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inline(&session.title));
    let _ = writeln!(out, "{}\n", super::overview(session, inline));
    if !session.participants.is_empty() {
        let _ = writeln!(out, "## {}\n", t(l, Label::Participants));
        for p in &session.participants {
            let _ = writeln!(out, "- {}", inline(&p.with_department()));
        }
        out.push('\n');
    }
    out
}

/// Step `index`: its question, its result as its kind writes it, notes, open checks.
pub(crate) fn step(session: &Session, index: usize, today: Date) -> String {
    let l = session.language;
    let mut out = String::new();
    let Some(step) = session.steps.get(index) else {
        return out;
    };
    let _ = writeln!(out, "## {}. {}\n", index + 1, inline(step.title.get(l)));
    let _ = writeln!(out, "> {}\n", inline(step.question.get(l)));
    if step.result.is_started() {
        step.result.record().handout(&mut out, l);
    } else {
        let _ = writeln!(out, "_{}_\n", t(l, Label::NothingYet));
    }
    super::round_results::handout(&mut out, step, l);
    if !step.notes.trim().is_empty() {
        let _ = writeln!(out, "**{}:** {}\n", t(l, Label::Notes), block(&step.notes));
    }
    let findings = step.result.findings(l, today);
    if !findings.is_empty() {
        let _ = writeln!(out, "**{}:**\n", t(l, Label::OpenChecks));
        for finding in findings {
            let _ = writeln!(out, "- ⚠ {finding}");
        }
        out.push('\n');
    }
    out
}

/// The topics for later, if any.
pub(crate) fn parking_lot(session: &Session) -> String {
    let mut out = String::new();
    if !session.parking_lot.is_empty() {
        let _ = writeln!(out, "## {}\n", t(session.language, Label::ParkingLot));
        for topic in &session.parking_lot {
            let _ = writeln!(out, "- {}", inline(topic));
        }
        out.push('\n');
    }
    out
}
