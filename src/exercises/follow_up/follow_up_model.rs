//! The follow-up's record, how it is carried over from the previous session, and its
//! checks.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::{Carry, Record};
use crate::i18n::Words;
use crate::model::Language;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// The id of the session this one follows (its file name without `.ron`), so a
    /// chain of sessions reads in order.
    #[serde(default)]
    pub follows: String,
    /// That session's title and day, as shown to the room.
    #[serde(default)]
    pub follows_title: String,
    pub items: Vec<Carried>,
}

/// One promise from last time and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Carried {
    /// The step it came from: "Gemeinsame Ziele", "Vereinbarungen".
    pub from: String,
    pub item: String,
    /// What it aimed at then: target, quantity, expiry.
    pub then: String,
    /// Goals and pilots are asked for their value now.
    #[serde(default)]
    pub asks_value: bool,
    pub status: Status,
    pub now: String,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Status {
    /// Not talked about yet.
    #[default]
    Open,
    Kept,
    Partly,
    Missed,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Open,
        Status::Kept,
        Status::Partly,
        Status::Missed,
        Status::Dropped,
    ];

    pub fn next(self) -> Status {
        let at = Status::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Status::ALL[(at + 1) % Status::ALL.len()]
    }

    /// Still to be done next time: what was only partly kept or missed, and what the
    /// room did not get to (a promise never talked about must not vanish).
    pub fn carries_on(self) -> bool {
        matches!(self, Status::Open | Status::Partly | Status::Missed)
    }
}

/// What the follow-up's checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    NotTalkedAbout { number: usize },
    NoValueNow { number: usize },
    NoReason { number: usize },
}

impl FollowUp {
    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (index, c) in self.items.iter().enumerate() {
            let number = index + 1;
            match c.status {
                Status::Open => findings.push(Finding::NotTalkedAbout { number }),
                Status::Missed | Status::Dropped if c.note.trim().is_empty() => {
                    findings.push(Finding::NoReason { number })
                }
                _ => {}
            }
            let settled = matches!(c.status, Status::Open | Status::Dropped);
            if c.asks_value && !settled && c.now.trim().is_empty() {
                findings.push(Finding::NoValueNow { number });
            }
        }
        findings
    }
}

impl Record for FollowUp {
    fn name(&self) -> Words {
        super::follow_up_texts::NAME
    }

    fn is_started(&self) -> bool {
        self.items.iter().any(|c| c.status != Status::Open)
    }

    fn is_done(&self) -> bool {
        self.is_started() && self.checks().is_empty()
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        crate::exercises::kind::worded(&self.checks(), l, super::follow_up_texts::finding)
    }

    /// A follow-up of a follow-up asks again about what is not settled.
    fn carried(&self, _l: Language, _today: Date) -> Vec<Carry> {
        self.items
            .iter()
            .filter(|c| c.status.carries_on())
            .map(|c| Carry {
                item: c.item.clone(),
                then: c.then.clone(),
                asks_value: c.asks_value,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(status: Status, asks_value: bool) -> Carried {
        Carried {
            from: "Ziele".into(),
            item: "Abschlussquote auf 20 %".into(),
            asks_value,
            status,
            ..Carried::default()
        }
    }

    #[test]
    fn every_item_is_talked_about_with_a_reason_and_a_value() {
        let mut f = FollowUp {
            items: vec![item(Status::Open, true), item(Status::Missed, false)],
            ..FollowUp::default()
        };
        assert_eq!(
            f.checks(),
            vec![
                Finding::NotTalkedAbout { number: 1 },
                Finding::NoReason { number: 2 },
            ]
        );
        f.items[0].status = Status::Partly;
        assert_eq!(
            f.checks(),
            vec![
                Finding::NoValueNow { number: 1 },
                Finding::NoReason { number: 2 },
            ]
        );
        f.items[0].now = "16".into();
        f.items[1].note = "Niemand hatte Zeit".into();
        assert_eq!(f.checks(), vec![]);
        f.items[0].now.clear();
        f.items[0].status = Status::Dropped;
        f.items[0].note = "anderes Ziel wichtiger".into();
        assert_eq!(f.checks(), vec![], "a dropped goal needs no value now");
    }

    #[test]
    fn status_goes_round_and_only_unfinished_work_carries_on() {
        let mut s = Status::Open;
        for _ in 0..Status::ALL.len() {
            s = s.next();
        }
        assert_eq!(s, Status::Open);
        let f = FollowUp {
            items: vec![item(Status::Kept, true), item(Status::Missed, true)],
            ..FollowUp::default()
        };
        let today = jiff::civil::date(2027, 1, 15);
        assert_eq!(f.carried(Language::De, today).len(), 1);
    }
}
