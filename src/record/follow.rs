//! A follow-up, weeks later: what an earlier session promised (its goals, agreements,
//! pilots, KPIs, changes, next steps), carried into the new session's follow-up step,
//! and last time's readings into the steps that compare (the pulse). Works on whole
//! sessions, so it stands on the record's floor, above the kinds.

use jiff::civil::Date;

use super::Session;
use crate::exercises::Exercise;
use crate::exercises::follow_up::{Carried, FollowUp};

/// Everything `previous` promised, in the order of its agenda, each still open. A next
/// step made from a goal (the same words) is asked about once, with the goal: its who and
/// by when join the goal's line instead of a second item.
pub fn carried_over(previous: &Session, today: Date) -> FollowUp {
    let l = previous.language;
    let mut items: Vec<Carried> = Vec::new();
    for step in &previous.steps {
        let from = step.title.get(l).to_owned();
        for c in step.result.record().carried(l, today) {
            let same = |earlier: &&mut Carried| {
                earlier.item.trim().to_lowercase() == c.item.trim().to_lowercase()
            };
            if let Some(earlier) = items.iter_mut().find(same) {
                if !c.then.trim().is_empty() {
                    earlier.then = match earlier.then.trim() {
                        "" => format!("{from}: {}", c.then.trim()),
                        then => format!("{then} · {from}: {}", c.then.trim()),
                    };
                }
                continue;
            }
            items.push(Carried {
                from: from.clone(),
                item: c.item,
                then: c.then,
                asks_value: c.asks_value,
                ..Carried::default()
            });
        }
    }
    FollowUp {
        follows: previous.id.clone(),
        follows_title: format!(
            "{} ({})",
            previous.title.trim(),
            crate::model::time::show_date(previous.created.date(), l)
        ),
        items,
    }
}

/// Fills the first follow-up step of `session` with what `previous` promised; false when
/// the session's template has no follow-up step.
pub fn carry_into(session: &mut Session, previous: &Session) -> bool {
    let today = session.created.date();
    // The topics parked last time are still open: they come along to be taken up.
    for topic in &previous.parking_lot {
        let topic = topic.trim();
        if !topic.is_empty() && !session.parking_lot.iter().any(|t| t.trim() == topic) {
            session.parking_lot.push(topic.to_owned());
        }
    }
    // Steps that compare with last time (the pulse) take the latest of their kind that
    // was worked on then.
    for step in &mut session.steps {
        let kind = step.result.kind();
        if let Some(earlier) = previous
            .steps
            .iter()
            .rev()
            .find(|s| s.result.kind() == kind && s.result.is_started())
        {
            step.result.record_mut().follow(&earlier.result);
        }
    }
    let step = session
        .steps
        .iter_mut()
        .find(|s| matches!(s.result, Exercise::FollowUp(_)));
    match step {
        Some(step) => {
            step.result = Exercise::FollowUp(carried_over(previous, today));
            true
        }
        None => false,
    }
}
