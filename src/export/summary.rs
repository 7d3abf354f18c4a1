//! `seam show`: a short plain-text summary of a session for the terminal.

use std::fmt::Write;

use crate::i18n::{Label, t};
use crate::model::Moment;
use crate::record::Session;
use crate::text::one_line;

pub fn summary(session: &Session) -> String {
    let l = session.language;
    let today = Moment::now().date();
    let mut out = String::new();
    let _ = writeln!(out, "{}", one_line(&session.title));
    let _ = writeln!(out, "{}", super::overview(session, super::plain));
    if !session.participants.is_empty() {
        let people: Vec<String> = session
            .participants
            .iter()
            .map(|p| one_line(&p.with_department()).into_owned())
            .collect();
        let _ = writeln!(out, "{}: {}", t(l, Label::Participants), people.join(", "));
    }
    out.push_str(&super::page_one::plain(session));
    for (index, step) in session.steps.iter().enumerate() {
        let mark = if step.result.is_done() {
            "[x]"
        } else if step.result.is_started() {
            "[~]"
        } else {
            "[ ]"
        };
        let _ = writeln!(
            out,
            "\n{mark} {}. {}",
            index + 1,
            one_line(step.title.get(l))
        );
        step.result.record().summary(&mut out, l);
        for finding in step.result.findings(l, today) {
            let _ = writeln!(out, "    ⚠ {finding}");
        }
    }
    if !session.parking_lot.is_empty() {
        let _ = writeln!(out, "\n{}:", t(l, Label::ParkingLot));
        for topic in &session.parking_lot {
            let _ = writeln!(out, "    - {}", one_line(topic));
        }
    }
    out
}
