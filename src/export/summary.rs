//! `seam show`: a short plain-text summary of a session for the terminal.

use std::fmt::Write;

use crate::i18n::{self, Label, t};
use crate::model::{Exercise, Session};
use crate::text::one_line;

pub fn summary(session: &Session) -> String {
    let l = session.language;
    let mut out = String::new();
    let _ = writeln!(out, "{}", one_line(&session.title));
    let _ = writeln!(
        out,
        "{}",
        super::overview(session, &session.created.short())
    );
    if !session.participants.is_empty() {
        let people: Vec<String> = session
            .participants
            .iter()
            .map(|p| one_line(&p.with_department()).into_owned())
            .collect();
        let _ = writeln!(out, "{}: {}", t(l, Label::Participants), people.join(", "));
    }
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
        match &step.result {
            Exercise::Market(m) => {
                if !m.definition.trim().is_empty() {
                    let _ = writeln!(out, "    {}", one_line(&m.definition));
                }
                let _ = writeln!(out, "    {}: {}", t(l, Label::Estimates), m.estimates.len());
                if let Some(agreed) = m.agreed {
                    let money = agreed
                        .euros
                        .map(|e| e.compact(l))
                        .unwrap_or_else(|| "–".into());
                    let count = agreed
                        .units
                        .map(|u| u.compact(l))
                        .unwrap_or_else(|| "–".into());
                    let price = agreed
                        .price_per_unit()
                        .map(|e| e.full(l))
                        .unwrap_or_else(|| "–".into());
                    let _ = writeln!(
                        out,
                        "    {}: {money} · {count} · {} {price}",
                        t(l, Label::Agreed),
                        t(l, Label::PricePerUnit)
                    );
                }
            }
            Exercise::BusinessModel(b) => {
                if !b.sentence.trim().is_empty() {
                    let _ = writeln!(out, "    „{}“", one_line(b.sentence.trim()));
                }
            }
            Exercise::SharedGoals(g) => {
                for (n, goal) in g.goals.iter().enumerate() {
                    let _ = writeln!(out, "    {}. {}", n + 1, one_line(&goal.statement));
                }
            }
            Exercise::Agreements(a) => {
                for (n, ag) in a.agreements.iter().enumerate() {
                    let _ = writeln!(out, "    {}. {}", n + 1, super::agreement_title(ag, l));
                }
            }
        }
        for finding in step.result.findings() {
            let _ = writeln!(out, "    ⚠ {}", i18n::finding(l, &finding));
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
