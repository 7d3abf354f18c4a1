//! The handout for participants: title, date, participants, then every step with its
//! question, its result (written by the step's kind with the helpers here) and its open
//! checks.

use std::fmt::Write;

use crate::i18n::{Label, t};
use crate::model::Session;
use crate::text::sanitize;

pub fn handout(session: &Session) -> String {
    let l = session.language;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inline(&session.title));
    let date = session.created.date().to_string();
    let _ = writeln!(out, "{}\n", super::overview(session, &date));
    if !session.participants.is_empty() {
        let _ = writeln!(out, "## {}\n", t(l, Label::Participants));
        for p in &session.participants {
            let _ = writeln!(out, "- {}", inline(&p.with_department()));
        }
        out.push('\n');
    }
    for (index, step) in session.steps.iter().enumerate() {
        let _ = writeln!(out, "## {}. {}\n", index + 1, inline(step.title.get(l)));
        let _ = writeln!(out, "> {}\n", inline(step.question.get(l)));
        if !step.result.is_started() {
            let _ = writeln!(out, "_{}_\n", t(l, Label::NothingYet));
        }
        if step.result.is_started() {
            step.result.record().handout(&mut out, l);
        }
        if !step.notes.trim().is_empty() {
            let _ = writeln!(out, "**{}:** {}\n", t(l, Label::Notes), block(&step.notes));
        }
        let findings = step.result.findings(l);
        if !findings.is_empty() {
            let _ = writeln!(out, "**{}:**\n", t(l, Label::OpenChecks));
            for finding in findings {
                let _ = writeln!(out, "- ⚠ {finding}");
            }
            out.push('\n');
        }
    }
    if !session.parking_lot.is_empty() {
        let _ = writeln!(out, "## {}\n", t(l, Label::ParkingLot));
        for topic in &session.parking_lot {
            let _ = writeln!(out, "- {}", inline(topic));
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The header of a Markdown table with these column names.
pub(crate) fn table_header(out: &mut String, names: &[&str]) {
    let _ = writeln!(out, "| {} |", names.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(names.len()));
}

/// One row of a Markdown table; the cells are escaped already.
pub(crate) fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// Text for one line of Markdown: no control characters, no line breaks.
pub(crate) fn inline(text: &str) -> String {
    crate::text::one_line(text).trim().to_owned()
}

/// Text for a table cell: as `inline`, with pipes escaped.
pub(crate) fn cell(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

/// A paragraph that may span lines: kept as hard line breaks.
pub(crate) fn block(text: &str) -> String {
    sanitize(text.trim()).replace('\n', "  \n")
}
