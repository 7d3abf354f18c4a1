//! What only the facilitator may see, kept apart from the session file participants
//! receive: the facilitator's notes, the answers held back (words and authors), and the
//! answers of a round that still collects (in an anonymous round: whose they are, so a
//! person may change theirs until the reveal). The session file — and so every version
//! of it that OneDrive, Time Machine or git ever keep — holds only what the wall showed:
//! a round's answers from its reveal on, held-back answers as a count, no note.
//!
//! The wall keeps one whole session in memory; each save `split`s it into the two, and
//! opening `join`s them again. The private part lives in the facilitator's own data
//! folder (`store::private_path`), not beside the session file, and is written first:
//! whatever a crash between the two writes leaves, the private file is as new as the
//! session file or newer, and it holds every answer a round has, so none is lost.

use serde::{Deserialize, Serialize};

use super::session::Session;
use crate::model::{Answer, Moment, Participant, Reply, Round, Text};

/// The facilitator's part of one session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Private {
    /// The session's id: a private file never lends its notes to another session.
    pub session: String,
    /// Where the session file was when this was written: a session file moved to
    /// another folder finds its private file by it (`store::DataDir::read_private_of`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<StepNotes>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<RoundAnswers>,
    /// A blind answer being typed at the shared keyboard when this was written: after a
    /// crash the person goes on where they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft>,
}

/// A blind answer half typed: whose, to which round, and what so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub step: usize,
    pub round: usize,
    pub who: Participant,
    /// 0: the euros (or the only part), 1: the units, with the euros understood.
    pub part: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub euros: Option<crate::model::Euros>,
    pub typed: String,
}

/// A step's notes, found again by its place and its title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepNotes {
    /// The step's index in the session (0 = the first).
    pub step: usize,
    pub title: Text,
    pub notes: String,
}

/// Every answer of one round, found again by its place, its question and its opening.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundAnswers {
    pub step: usize,
    pub round: usize,
    pub question: String,
    pub opened: Moment,
    pub answers: Vec<KeptAnswer>,
    /// Who has answered an anonymous round that collects (the wall's ● list).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answered: Vec<String>,
    /// A re-opened anonymous round's answers as the room last saw them
    /// (`Round::shown_before`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shown: Vec<Reply>,
}

/// An answer as the facilitator's file keeps it. `who` is nobody in an anonymous round
/// once revealed: from then on no file links an answer to a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptAnswer {
    #[serde(default, skip_serializing_if = "Participant::is_nobody")]
    pub who: Participant,
    pub at: Moment,
    pub reply: Reply,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub held_back: bool,
}

/// What `join` found in the private file, for the wall to say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Joined {
    /// Answers an open round collected that the private file does not hold (it is
    /// missing, or another machine's): they cannot be revealed here.
    pub missing_answers: usize,
    /// Held-back answers whose words are not here.
    pub missing_held_back: usize,
}

/// The session file's content and the facilitator's, from the whole session. Only the
/// steps that hold something private are copied (`Steps` shares the others).
pub fn split(session: &Session) -> (Session, Private) {
    let mut shared = session.clone();
    let mut private = Private {
        session: session.id.clone(),
        ..Private::default()
    };
    for (index, step) in session.steps.iter().enumerate() {
        let has_notes = !step.facilitator_notes.is_empty();
        if has_notes {
            private.notes.push(StepNotes {
                step: index,
                title: step.title.clone(),
                notes: step.facilitator_notes.clone(),
            });
        }
        // Every answer goes to the private file, also those the session file holds: a
        // crash between the two writes of a reveal then loses none.
        for (number, round) in step.rounds.iter().enumerate() {
            if !round.answers.is_empty() {
                private.rounds.push(kept(index, number, round));
            }
        }
        if !has_notes && !step.rounds.iter().any(holds_more_than_the_wall_showed) {
            continue;
        }
        let shared_step = &mut shared.steps[index];
        shared_step.facilitator_notes.clear();
        for round in &mut shared_step.rounds {
            only_what_the_wall_showed(round);
        }
    }
    (shared, private)
}

fn holds_more_than_the_wall_showed(round: &Round) -> bool {
    if round.is_open() {
        !round.answers.is_empty()
    } else {
        round.answers.iter().any(|a| a.held_back) || round.collected > 0
    }
}

fn kept(step: usize, number: usize, round: &Round) -> RoundAnswers {
    let collecting_anonymously = round.anonymous && round.is_open();
    RoundAnswers {
        step,
        round: number,
        question: round.question.clone(),
        opened: round.opened,
        answers: round
            .answers
            .iter()
            .map(|answer| KeptAnswer {
                who: match (&answer.sealed_for, collecting_anonymously) {
                    (Some(who), true) => who.clone(),
                    _ => answer.who.clone(),
                },
                at: answer.at,
                reply: answer.reply.clone(),
                held_back: answer.held_back,
            })
            .collect(),
        answered: if collecting_anonymously {
            round.answered.clone()
        } else {
            Vec::new()
        },
        shown: if collecting_anonymously {
            round.shown_before.clone()
        } else {
            Vec::new()
        },
    }
}

/// A round as the session file holds it: while it collects, only how many answered;
/// once revealed, the answers the wall showed and how many were held back.
fn only_what_the_wall_showed(round: &mut Round) {
    if round.is_open() {
        // With no answer here (the private file was missing), the count read stays.
        if !round.answers.is_empty() {
            round.collected = round.answers.len();
        }
        round.answers.clear();
        round.answered.clear();
        round.screened.clear();
        return;
    }
    let before = round.answers.len();
    round.answers.retain(|a| !a.held_back);
    round.withheld += before - round.answers.len();
    round.collected = 0;
}

/// The whole session again: `shared` as read from the session file, with what the
/// private file holds for it. A private file of another session adds nothing.
pub fn join(shared: &mut Session, private: &Private) -> Joined {
    if private.session != shared.id {
        return missing(shared);
    }
    for kept in &private.notes {
        if let Some(step) = shared.steps.get_mut(kept.step)
            && step.title == kept.title
            && !step.facilitator_notes.contains(&kept.notes)
        {
            // A file written before notes moved here may hold some itself: both stay.
            if step.facilitator_notes.is_empty() {
                step.facilitator_notes.clone_from(&kept.notes);
            } else {
                step.facilitator_notes = format!("{}\n\n{}", step.facilitator_notes, kept.notes);
            }
        }
    }
    for kept in &private.rounds {
        let round = shared
            .steps
            .get_mut(kept.step)
            .and_then(|step| step.rounds.get_mut(kept.round))
            .filter(|r| r.question == kept.question && r.opened == kept.opened);
        if let Some(round) = round {
            restore(round, kept);
        }
    }
    missing(shared)
}

fn restore(round: &mut Round, kept: &RoundAnswers) {
    let (anonymous, open, opened) = (round.anonymous, round.is_open(), round.opened);
    let answers = kept.answers.iter().map(|k| Answer {
        who: if anonymous {
            Participant::default()
        } else {
            k.who.clone()
        },
        at: if anonymous { opened } else { k.at },
        reply: k.reply.clone(),
        sealed_for: (anonymous && open && !k.who.is_nobody()).then(|| k.who.clone()),
        held_back: k.held_back,
    });
    if round.is_open() {
        // Collecting (or revealed when the session file was last written, and not since
        // a crash): every answer is the private file's.
        round.answers = answers.collect();
        round.answered.clone_from(&kept.answered);
        round.shown_before.clone_from(&kept.shown);
        round.collected = 0;
        round.withheld = 0;
    } else {
        // Revealed: the session file's answers are what the room saw (and may have been
        // corrected by hand); the words held back come back beside them.
        // Each at its place among all, as it stood.
        for (place, held) in answers.enumerate().filter(|(_, a)| a.held_back) {
            round.withheld = round.withheld.saturating_sub(1);
            let place = place.min(round.answers.len());
            round.answers.insert(place, held);
        }
    }
    if round.anonymous {
        round.answers.sort_by(|a, b| a.reply.order(&b.reply));
    }
}

/// What the session file counts but nothing here holds.
fn missing(session: &Session) -> Joined {
    let mut joined = Joined::default();
    for round in session.steps.iter().flat_map(|s| s.rounds.iter()) {
        if round.is_open() && round.answers.is_empty() {
            joined.missing_answers += round.collected;
        }
        joined.missing_held_back += round.withheld;
    }
    joined
}

#[cfg(test)]
#[path = "private_tests.rs"]
mod tests;
