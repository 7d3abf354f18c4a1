//! The handout for participants: title, date, participants, then every step with its
//! question, its result (written by the step's kind with the helpers here) and its open
//! checks.

use std::fmt::Write;

use jiff::civil::Date;

use crate::i18n::{Label, t};
use crate::model::{Moment, Session};
use crate::text::sanitize;

/// The handout as of now: open checks are those of the day it is written (KPIs expire).
/// The facilitator's own notes stay out.
pub fn handout(session: &Session) -> String {
    handout_with(session, false)
}

/// The handout, with the facilitator's notes when `facilitator` (asked for explicitly).
pub fn handout_with(session: &Session, facilitator: bool) -> String {
    let today = Moment::now().date();
    let mut out = front(session);
    for index in 0..session.steps.len() {
        out.push_str(&step(session, index, today, facilitator));
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
    let date = session.created.date().to_string();
    let _ = writeln!(out, "{}\n", super::overview(session, &date, inline));
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
pub(crate) fn step(session: &Session, index: usize, today: Date, facilitator: bool) -> String {
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
    super::rounds::handout(&mut out, step, l);
    if !step.notes.trim().is_empty() {
        let _ = writeln!(out, "**{}:** {}\n", t(l, Label::Notes), block(&step.notes));
    }
    if facilitator && !step.facilitator_notes.trim().is_empty() {
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            t(l, Label::FacilitatorNotes),
            block(&step.facilitator_notes)
        );
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

/// The header of a Markdown table with these column names.
pub(crate) fn table_header(out: &mut String, names: &[&str]) {
    let _ = writeln!(out, "| {} |", names.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(names.len()));
}

/// One row of a Markdown table; the cells are escaped already.
pub(crate) fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// Text for one line of Markdown: no control characters, no line breaks, and nothing a
/// participant typed turns into Markdown or HTML.
pub(crate) fn inline(text: &str) -> String {
    escape_line(crate::text::one_line(text).trim())
}

/// Text for a table cell: as `inline` (pipes are escaped there too).
pub(crate) fn cell(text: &str) -> String {
    inline(text)
}

/// A paragraph that may span lines: kept as hard line breaks, each line escaped as if it
/// began a block (a typed `- ` or `# ` at a line start must not become a list or heading).
pub(crate) fn block(text: &str) -> String {
    sanitize(text.trim())
        .split('\n')
        .map(|line| escape_line(line.trim_end()))
        .collect::<Vec<_>>()
        .join("  \n")
}

/// What CommonMark and GFM read as syntax anywhere in a line: emphasis, code, links and
/// images (`[`), HTML and entities (`<`, `&`), table cells, strikethrough, headings'
/// closing `#`, and `@` (GFM makes an address a mail link).
const SYNTAX: [char; 13] = [
    '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#', '@',
];

/// Escapes a line of typed text for Markdown so that it renders as typed, escaping only
/// what needs it so that the handout still reads as plain text.
pub(crate) fn escape_line(line: &str) -> String {
    let body = line.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
    out.push_str(&line[..line.len() - body.len()]);
    // At a line's start `-`, `+`, `=` and `1.`/`1)` open a list or underline a heading.
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    let lower = body.to_lowercase();
    for (index, c) in body.char_indices() {
        let opens_block = (index == 0 && matches!(c, '-' | '+' | '='))
            || (digits > 0 && index == digits && matches!(c, '.' | ')'));
        // GFM links bare addresses: `https://…` and `www.…` stay text.
        let address = (c == ':' && body[index..].starts_with("://"))
            || (c == '.' && index >= 3 && lower.get(index - 3..index) == Some("www"));
        if SYNTAX.contains(&c) || opens_block || address {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_syntax_is_escaped_and_prose_stays_readable() {
        assert_eq!(
            inline("Leads | Qualität <b>fett</b> [x](javascript:alert(1))"),
            "Leads \\| Qualität \\<b\\>fett\\</b\\> \\[x\\](javascript:alert(1))"
        );
        assert_eq!(inline("z.B. 12 % mehr, 3 Stück"), "z.B. 12 % mehr, 3 Stück");
        assert_eq!(inline("- kein Punkt"), "\\- kein Punkt");
        assert_eq!(inline("2025. Jahr"), "2025\\. Jahr");
        assert_eq!(
            inline("siehe https://x.de und www.y.de"),
            "siehe https\\://x.de und www\\.y.de"
        );
        assert_eq!(
            block("eins\n# zwei\n1) drei"),
            "eins  \n\\# zwei  \n1\\) drei"
        );
    }
}
