//! A round: one question put to the whole room, answered by every participant on their
//! own and revealed all at once, so that nobody anchors on the first number said aloud
//! (the highest paid person's opinion). Answers may come from the shared keyboard or,
//! later, from phones: the round only knows who answered what, and when.
//!
//! Stored with the step it was asked in. Derived figures (median, spread, ranks) are
//! computed here, never stored.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub use super::closeness::Closeness;
use super::money::{Euros, Units};
use super::participant::Participant;
pub use super::refusal::Refusal;
pub use super::spread::Spread;
use super::time::Moment;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    pub question: String,
    pub ask: Ask,
    pub opened: Moment,
    /// When the answers were shown; `None` while the round collects.
    #[serde(default)]
    pub revealed: Option<Moment>,
    /// When a reveal was taken back to collect again: the record keeps that it happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reopened: Vec<Moment>,
    /// One answer per participant, the latest they gave; in the order first given. In
    /// an anonymous round: without who and when, ordered by value, so that neither the
    /// file nor any output can tell whose an answer is.
    #[serde(default)]
    pub answers: Vec<Answer>,
    /// Revealed without names (`#1`, `#2` … in the order of the values): set before the
    /// first answer, shown to the room and on every phone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    /// Who has answered an anonymous round, in alphabetical order: what the wall shows
    /// while it collects (● by a name), kept apart from the answers so that one answer
    /// each holds. In memory only, never written: beside one or two answers, or from one
    /// save to the next, a name in the file would say whose an answer is. A file written
    /// before still reads (its names serve while seam runs) and loses them when saved.
    #[serde(default, skip_serializing)]
    pub answered: Vec<String>,
    /// An anonymous round's answers as the facilitator's screen lists them while it
    /// collects: caught up only once at least `FEWEST_ANONYMOUS` answers came or changed
    /// since, so that no single answer shows up or changes there while the wall shows
    /// who just answered. In memory only.
    #[serde(skip)]
    pub screened: Vec<Reply>,
    /// A re-opened anonymous round's answers as the room last saw them: revealed again,
    /// what came or changed since shows beside them, so it must be none or at least
    /// `FEWEST_ANONYMOUS` (one late answer would stand alone). Kept in the private file.
    #[serde(skip)]
    pub shown_before: Vec<Reply>,
    /// The department this round does not ask (a round about it, on the perspectives):
    /// its people are not counted as missing and their answers are not taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_asked: Option<String>,
    /// Revealed by itself as soon as every participant has answered.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reveal_when_all: bool,
    /// Answers held back whose words are not here: the session file holds only how
    /// many, the words and who wrote them stay in the facilitator's private file
    /// (`record::private`). 0 in memory where that file was read.
    #[serde(default, skip_serializing_if = "is_none_at_all")]
    pub withheld: usize,
    /// How many answers an open round has collected: until the reveal the answers stay
    /// in the facilitator's private file, so that no version of the session file holds
    /// one. Written by `record::private::split`; only read here.
    #[serde(default, skip_serializing_if = "is_none_at_all")]
    pub collected: usize,
}

fn is_none_at_all(count: &usize) -> bool {
    *count == 0
}

/// What kind of answer a round asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ask {
    /// A size in euros and in units (the market).
    Amount,
    /// Dots placed on a list of items (goals, agreements, parking-lot topics).
    Dots(Vote),
    /// A point on the four-step scale of working together.
    Scale,
    /// A few words.
    Text,
}

impl Ask {
    /// A dot vote on `items` with the default rules (the facilitator may change them
    /// before the first vote).
    pub fn vote(items: Vec<String>) -> Ask {
        Ask::Dots(Vote {
            items,
            dots: DEFAULT_DOTS,
            stack: true,
        })
    }
}

/// A dot vote's list and its rules, fixed when the round opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    /// The items as they read when the vote opened, so the record stays whole when the
    /// list is edited later.
    pub items: Vec<String>,
    pub dots: u8,
    /// Whether one person may put several dots on one item.
    pub stack: bool,
}

impl Vote {
    /// Reads dots typed as the items' numbers, one number per dot: `1 3 3` or `1,3,3`.
    /// Typed, not pointed at: a cursor on the wall would show the room where the dots go.
    pub fn read(&self, typed: &str) -> Result<Vec<u8>, Refusal> {
        let mut dots = vec![0_u8; self.items.len()];
        let numbers = typed
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|n| !n.is_empty());
        for number in numbers {
            let index = number
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .filter(|i| *i < self.items.len())
                .ok_or(Refusal::NoSuchItem)?;
            dots[index] = dots[index].saturating_add(1);
        }
        let total: u32 = dots.iter().map(|d| u32::from(*d)).sum();
        if total == 0 {
            return Err(Refusal::Empty);
        }
        if total > u32::from(self.dots) || (!self.stack && dots.iter().any(|d| *d > 1)) {
            return Err(Refusal::TooManyDots);
        }
        Ok(dots)
    }
}

/// The fewest answers an anonymous round is revealed with: with one or two, everybody in
/// the room knows (or narrows down to two) whose an answer is.
pub const FEWEST_ANONYMOUS: usize = 3;

/// Dots per person unless the facilitator says otherwise.
pub const DEFAULT_DOTS: u8 = 3;
/// More dots than this make a vote meaningless and the screen unreadable.
pub const MAX_DOTS: u8 = 9;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Nobody in an anonymous round's answer.
    #[serde(default, skip_serializing_if = "Participant::is_nobody")]
    pub who: Participant,
    /// When it was given; an anonymous answer carries the round's opening instead, so
    /// that the order of answering (which the wall showed) names nobody either.
    pub at: Moment,
    pub reply: Reply,
    /// Whose anonymous answer this is, so that a person may change their answer until
    /// the reveal: never in the session file; in the facilitator's private file while the
    /// round collects (so it survives a restart), forgotten there too at the reveal.
    #[serde(skip)]
    pub sealed_for: Option<Participant>,
    /// Held back by the facilitator before the reveal (words that must not go on the
    /// wall): the words stay in the facilitator's private file, the session file counts
    /// them (`Round::withheld`), no output shows them. An answer changed afterwards is
    /// screened again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub held_back: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reply {
    Amount {
        euros: Option<Euros>,
        units: Option<Units>,
    },
    /// Dots per item, in the vote's order.
    Dots(Vec<u8>),
    Scale(Closeness),
    Text(String),
}

impl Reply {
    /// The order of values, lowest first: how an anonymous round's answers stand, so
    /// that `#1` is the lowest estimate and not the first to answer.
    pub fn order(&self, other: &Reply) -> std::cmp::Ordering {
        match (self, other) {
            (
                Reply::Amount { euros, units },
                Reply::Amount {
                    euros: other_euros,
                    units: other_units,
                },
            ) => (euros.map(Euros::value), units.map(Units::count))
                .cmp(&(other_euros.map(Euros::value), other_units.map(Units::count))),
            (Reply::Dots(a), Reply::Dots(b)) => a.cmp(b),
            (Reply::Scale(a), Reply::Scale(b)) => a.cmp(b),
            (Reply::Text(a), Reply::Text(b)) => a.to_lowercase().cmp(&b.to_lowercase()),
            _ => std::cmp::Ordering::Equal,
        }
    }
}

impl Answer {
    /// The euros divided by the units, to the cent: the estimate's implied price.
    pub fn price_per_unit(&self) -> Option<Euros> {
        match self.reply {
            Reply::Amount {
                euros: Some(euros),
                units: Some(units),
            } if units.count() > 0 => {
                Euros::new((euros.value() / Decimal::from(units.count())).round_dp(2))
            }
            _ => None,
        }
    }
}

impl Round {
    pub fn new(question: String, ask: Ask, opened: Moment) -> Round {
        Round {
            question,
            ask,
            opened,
            revealed: None,
            reopened: Vec::new(),
            answers: Vec::new(),
            anonymous: false,
            answered: Vec::new(),
            screened: Vec::new(),
            shown_before: Vec::new(),
            not_asked: None,
            reveal_when_all: false,
            withheld: 0,
            collected: 0,
        }
    }

    /// Who gave answer `index`, as the room sees it after the reveal: the name with the
    /// department, or `#n` in an anonymous round.
    /// The numbers count the answers shown only, so that the session file, which holds
    /// no held-back answer, numbers them as the wall did.
    pub fn shown_name(&self, index: usize) -> String {
        match self.answers.get(index) {
            Some(answer) if self.anonymous && answer.held_back => "–".to_owned(),
            Some(_) if self.anonymous => {
                let shown_before = self.answers[..index].iter().filter(|a| !a.held_back);
                format!("#{}", shown_before.count() + 1)
            }
            Some(answer) => answer.who.with_department(),
            None => String::new(),
        }
    }

    /// Whether everybody in `people` who is asked has answered.
    pub fn all_answered(&self, people: &[Participant]) -> bool {
        let mut asked = people.iter().filter(|p| self.asks(p)).peekable();
        asked.peek().is_some() && asked.all(|p| self.answered_by(p))
    }

    /// Whether this round asks `who` (not when it is about their own department).
    pub fn asks(&self, who: &Participant) -> bool {
        self.not_asked
            .as_deref()
            .is_none_or(|department| department.trim() != who.department.trim())
    }

    pub fn is_open(&self) -> bool {
        self.revealed.is_none()
    }

    /// The answer of this participant (name and department: two of one name are two
    /// people), if they gave one and, in an anonymous round, seam still knows which it is.
    pub fn answer_of(&self, who: &Participant) -> Option<&Answer> {
        if self.anonymous {
            return self
                .answers
                .iter()
                .find(|a| a.sealed_for.as_ref().is_some_and(|p| p.is(who)));
        }
        self.answers.iter().find(|a| a.who.is(who))
    }

    /// Whether this participant has answered. In an anonymous round whose answers seam
    /// no longer links to people (a file read) by the list of who answered: a name
    /// with its department is that person; a name alone is theirs unless seam knows a
    /// namesake answered under it (who was listed so while nobody else had the name).
    pub fn answered_by(&self, who: &Participant) -> bool {
        if self.answer_of(who).is_some() {
            return true;
        }
        if !self.anonymous {
            return false;
        }
        let key = who.key();
        if self.answered.contains(&key) {
            return true;
        }
        let name = who.name.trim();
        let alone = self.answered.iter().filter(|n| *n == name).count();
        let namesakes = self
            .answers
            .iter()
            .filter_map(|a| a.sealed_for.as_ref())
            .filter(|p| p.is_namesake_of(who))
            .filter(|p| p.key() == name || !self.answered.contains(&p.key()))
            .count();
        alone > namesakes
    }

    /// Anonymous answers given before seam restarted: they count, and cannot be changed.
    pub fn sealed(&self) -> usize {
        if !self.anonymous {
            return 0;
        }
        self.answers
            .iter()
            .filter(|a| a.sealed_for.is_none())
            .count()
    }

    /// Takes a participant's answer, replacing one they gave before. Answers change
    /// freely until the reveal, never after it.
    pub fn answer(&mut self, who: &Participant, reply: Reply, at: Moment) -> Result<(), Refusal> {
        self.answer_among(who, &[], reply, at)
    }

    /// `answer`, from one of `people` (the room): in an anonymous round somebody whose
    /// name another has too is listed with their department.
    pub fn answer_among(
        &mut self,
        who: &Participant,
        people: &[Participant],
        reply: Reply,
        at: Moment,
    ) -> Result<(), Refusal> {
        if !self.is_open() {
            return Err(Refusal::Closed);
        }
        self.fits(&reply)?;
        if !self.asks(who) {
            return Err(Refusal::NotAsked);
        }
        if self.anonymous {
            return self.answer_anonymously(who, people, reply);
        }
        let answer = Answer {
            who: who.clone(),
            at,
            reply,
            sealed_for: None,
            held_back: false,
        };
        match self.answers.iter_mut().find(|a| a.who.is(who)) {
            Some(before) => *before = answer,
            None => self.answers.push(answer),
        }
        Ok(())
    }

    fn answer_anonymously(
        &mut self,
        who: &Participant,
        people: &[Participant],
        reply: Reply,
    ) -> Result<(), Refusal> {
        let sealed = self.answered_by(who);
        let asked = people.iter().filter(|p| self.asks(p)).count();
        let all_in = !people.is_empty() && self.answers.len() >= asked;
        match self
            .answers
            .iter_mut()
            .find(|a| a.sealed_for.as_ref().is_some_and(|p| p.is(who)))
        {
            Some(before) => {
                before.reply = reply;
                before.held_back = false;
            }
            None if sealed => return Err(Refusal::Sealed),
            // Answers seam can no longer tell apart (given before a restart, the round
            // revealed since): never more answers than people asked.
            None if all_in => return Err(Refusal::Sealed),
            None => {
                // The name alone would be a namesake's too: one listed under it
                // already, or one in the room.
                let named = if self.answered.iter().any(|n| n == who.name.trim()) {
                    who.key()
                } else {
                    who.named_among(people)
                };
                self.answers.push(Answer {
                    who: Participant::default(),
                    at: self.opened,
                    reply,
                    sealed_for: Some(who.clone()),
                    held_back: false,
                });
                self.answered.push(named);
                self.answered.sort();
            }
        }
        // By value, never in the order given: the wall showed who answered when.
        self.answers.sort_by(|a, b| a.reply.order(&b.reply));
        if self.unscreened() >= FEWEST_ANONYMOUS {
            self.screened = self.replies();
        }
        Ok(())
    }

    fn replies(&self) -> Vec<Reply> {
        self.answers.iter().map(|a| a.reply.clone()).collect()
    }

    /// How many have answered: of a named round those in `people` it asks, of an
    /// anonymous round every answer (whose they are may be forgotten since a restart).
    pub fn answered_count(&self, people: &[Participant]) -> usize {
        if self.anonymous {
            return self.answers.len();
        }
        people
            .iter()
            .filter(|p| self.asks(p) && self.answered_by(p))
            .count()
    }

    /// How many answers were given, as every output counts them: those here, those held
    /// back whose words are only in the private file, and those an open round collected
    /// that the session file does not hold yet.
    pub fn given(&self) -> usize {
        self.answers.len() + self.withheld + self.collected
    }

    /// Whether the round is anonymous with too few answers to be revealed as such: fewer
    /// than `FEWEST_ANONYMOUS` in all, or, re-opened, one or two that came or changed
    /// since the room last saw the answers.
    pub fn too_few_to_reveal(&self) -> bool {
        if !self.anonymous {
            return false;
        }
        let changed = self.changed_since_shown();
        self.answers.len() < FEWEST_ANONYMOUS || (changed > 0 && changed < FEWEST_ANONYMOUS)
    }

    fn fits(&self, reply: &Reply) -> Result<(), Refusal> {
        match (&self.ask, reply) {
            (Ask::Amount, Reply::Amount { euros, units }) => {
                if euros.is_none() && units.is_none() {
                    return Err(Refusal::Empty);
                }
            }
            (Ask::Dots(vote), Reply::Dots(dots)) => {
                let total: u32 = dots.iter().map(|d| u32::from(*d)).sum();
                if total == 0 {
                    return Err(Refusal::Empty);
                }
                if dots.len() != vote.items.len()
                    || total > u32::from(vote.dots)
                    || (!vote.stack && dots.iter().any(|d| *d > 1))
                {
                    return Err(Refusal::TooManyDots);
                }
            }
            (Ask::Scale, Reply::Scale(_)) => {}
            (Ask::Text, Reply::Text(text)) => {
                if text.trim().is_empty() {
                    return Err(Refusal::Empty);
                }
            }
            _ => return Err(Refusal::WrongKind),
        }
        Ok(())
    }

    /// Who an answer comes from, as an exercise's table names it: the department, or
    /// the person where the department answered more than once or is not given.
    pub fn source_of(&self, answer: &Answer) -> String {
        if self.anonymous {
            let index = self
                .answers
                .iter()
                .position(|a| std::ptr::eq(a, answer) || a == answer)
                .unwrap_or(0);
            return self.shown_name(index);
        }
        let department = answer.who.department.trim();
        let answers_from_it = self
            .answers
            .iter()
            .filter(|a| a.who.department.trim() == department)
            .count();
        if department.is_empty() || answers_from_it > 1 {
            answer.who.with_department()
        } else {
            department.to_owned()
        }
    }

    /// Holds back (or lets through again) the text answers that read `text`, while the
    /// round collects: `false` where there is none, or the round was revealed.
    pub fn hold_back(&mut self, text: &str) -> bool {
        if !self.is_open() || self.ask != Ask::Text {
            return false;
        }
        let mut found = false;
        for answer in &mut self.answers {
            if matches!(&answer.reply, Reply::Text(t) if t == text) {
                answer.held_back = !answer.held_back;
                found = true;
            }
        }
        found
    }

    /// How many answers the facilitator held back (those whose words are only in the
    /// private file too).
    pub fn held_back(&self) -> usize {
        self.answers.iter().filter(|a| a.held_back).count() + self.withheld
    }

    /// The answers every output may show, with their place among all answers (which
    /// names them `#n` in an anonymous round): all but those held back.
    pub fn shown_answers(&self) -> impl Iterator<Item = (usize, &Answer)> {
        self.answers
            .iter()
            .enumerate()
            .filter(|(_, a)| !a.held_back)
    }

    /// Shows every answer at once; an anonymous round only with at least
    /// `FEWEST_ANONYMOUS` answers.
    pub fn reveal(&mut self, at: Moment) -> Result<(), Refusal> {
        if !self.is_open() {
            return Err(Refusal::Closed);
        }
        if self.too_few_to_reveal() {
            return Err(Refusal::TooFewAnonymous);
        }
        self.revealed = Some(at);
        Ok(())
    }

    /// Collects again after a reveal; the answers stay and may be changed.
    pub fn reopen(&mut self, at: Moment) {
        if self.revealed.take().is_some() {
            self.reopened.push(at);
            // Everybody has seen them: the facilitator's list starts as the wall's was.
            self.screened = self.replies();
            self.shown_before = self.replies();
        }
    }
}

#[cfg(test)]
#[path = "round_tests.rs"]
mod tests;
