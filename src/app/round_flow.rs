//! Rounds at the shared keyboard: putting a question to the whole room, each participant
//! answering in private (masked, with a key to peek), the reveal and the re-opening.
//! Answers from anywhere else (phones) end in the same `Round::answer`.

use super::editor::Editor;
use super::fields::{Field, FieldKind, Value};
use super::keymap::{Action, Intent};
use super::lists::List;
use super::round_selection::{
    first_asked_from_the_top, select_next_asked, selected_is_asked, show,
};
use super::{Undo, Workshop};
use crate::i18n::{Label, t};
use crate::model::round::{MAX_DOTS, Refusal};
use crate::model::{Ask, Closeness, Euros, Moment, Reply, Round};

/// Somebody giving their answer at the shared keyboard. Everything is typed into the
/// workshop's editor, masked — figures, text, dots as item numbers, a step of the scale
/// as its number — so that nothing on the wall (not even a cursor) shows a choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answering {
    /// Index into the session's participants.
    pub who: usize,
    /// Which part of the answer is being typed: 0 (euros, or the only part), 1 units.
    pub part: u8,
    /// The euros, understood, while the units are typed.
    pub euros: Option<Euros>,
    /// The person answering looks at what they typed.
    pub peek: bool,
}

/// `o`: shows the step's open round; else its latest result; else puts the step's
/// question to the room. With `parking`, a dot vote on the parking lot.
pub(super) fn open(w: &mut Workshop, status: &mut Option<String>, now: Moment, parking: bool) {
    let l = w.session.language;
    let latest_open = w
        .current()
        .and_then(|s| s.rounds.last())
        .map(Round::is_open);
    if !parking && latest_open == Some(true) {
        show(w);
        return;
    }
    if !parking && latest_open == Some(false) && !w.round_shown {
        show(w);
        *status = Some(t(l, Label::RoundAgain).to_owned());
        return;
    }
    start(w, status, now, parking);
}

/// Puts a new question to the room: the step's own, or a vote on the parking lot. One
/// round collects at a time, so that every answer knows its question.
fn start(w: &mut Workshop, status: &mut Option<String>, now: Moment, parking: bool) {
    let l = w.session.language;
    if let Some((index, _)) = w.session.open_round() {
        *status = Some(format!(
            "{} {}.",
            t(l, Label::RoundOpenElsewhere),
            index + 1
        ));
        return;
    }
    let question = if parking {
        let items: Vec<String> = w
            .session
            .parking_lot
            .iter()
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect();
        Some((
            t(l, Label::VoteParkingQuestion).to_owned(),
            Ask::vote(items),
        ))
    } else {
        // A kind without a question of its own puts the step's guiding question to the
        // room: everybody's few words, blind, before the discussion.
        let mut departments: Vec<String> = Vec::new();
        for person in &w.session.participants {
            let department = person.department.trim().to_owned();
            if !department.is_empty() && !departments.contains(&department) {
                departments.push(department);
            }
        }
        let asking = crate::exercises::kind::Asking {
            language: l,
            departments,
            earlier: w.current().map_or(&[][..], |s| &s.rounds[..]),
        };
        w.record().and_then(|r| r.round(&asking)).or_else(|| {
            let question = w.current()?.question.get(l).to_owned();
            Some((question, Ask::Text))
        })
    };
    let Some((question, ask)) = question else {
        return;
    };
    if matches!(&ask, Ask::Dots(vote) if vote.items.is_empty()) {
        *status = Some(t(l, Label::RoundNoList).to_owned());
        return;
    }
    w.remember_step();
    // Where the room places itself on the scale of working together, nobody should have
    // to say "against each other" under their name: the pulse is anonymous unless the
    // facilitator switches it (Ctrl-A) before the first answer — or fewer than three are
    // asked, whose answers could never be revealed anonymously.
    let is_scale = matches!(ask, Ask::Scale);
    let not_asked = w.record().and_then(|r| r.not_asked(&question));
    let people = w.session.participants.clone();
    if let Some(step) = w.session.steps.get_mut(w.step) {
        let mut round = Round::new(question, ask, now);
        round.not_asked = not_asked;
        let asked = people.iter().filter(|p| round.asks(p)).count();
        round.anonymous = is_scale && asked >= crate::model::round::FEWEST_ANONYMOUS;
        step.rounds.push(round);
    }
    w.changed();
    // A new question starts with the first person in the list it asks.
    w.round_row = first_asked_from_the_top(w);
    show(w);
}

/// Keys while a round is on screen and nobody is answering. `false`: not a round key,
/// the workshop's own handling goes on (next step, help, the timer …).
pub(super) fn on_round_action(
    w: &mut Workshop,
    status: &mut Option<String>,
    action: Action,
    now: Moment,
) -> bool {
    let l = w.session.language;
    let Some(round) = w.shown_round() else {
        return false;
    };
    let collecting = round.is_open();
    let answered = !round.answers.is_empty();
    let people = w.session.participants.len();
    match action {
        Action::Up => select_next_asked(w, -1),
        Action::Down => select_next_asked(w, 1),
        Action::Back => w.round_shown = false,
        Action::Edit if people == 0 => *status = Some(t(l, Label::RoundNoParticipants).to_owned()),
        Action::Edit if !collecting => *status = Some(t(l, Label::RoundClosed).to_owned()),
        Action::Edit if !selected_is_asked(w) => {
            *status = Some(t(l, Label::RoundNotAsked).to_owned());
        }
        Action::Edit => begin_answer(w),
        Action::Reveal if !collecting => {}
        Action::Reveal if !answered => {
            *status = Some(t(l, Label::RoundNothingToReveal).to_owned());
        }
        Action::Reveal if round.too_few_to_reveal() => *status = Some(too_few(l)),
        Action::Reveal => reveal(w, status, now),
        Action::Reopen if collecting => {}
        Action::Reopen => {
            if let Some((index, _)) = w.session.open_round() {
                *status = Some(format!(
                    "{} {}.",
                    t(l, Label::RoundOpenElsewhere),
                    index + 1
                ));
            } else {
                change_round(w, |round| round.reopen(now));
            }
        }
        Action::DiscardRound if !collecting => *status = Some(t(l, Label::RoundClosed).to_owned()),
        Action::DiscardRound if answered => *status = Some(t(l, Label::RoundHasAnswers).to_owned()),
        Action::DiscardRound => {
            // A round opened by mistake goes as it came, undoably; nobody said anything.
            w.remember_step();
            if let Some(step) = w.session.steps.get_mut(w.step) {
                step.rounds.pop();
            }
            w.round_shown = false;
            w.changed();
            *status = Some(t(l, Label::RoundDiscarded).to_owned());
        }
        Action::OpenRound if collecting => {}
        Action::OpenRound => start(w, status, now, false),
        Action::Anonymous if collecting && answered && round.too_few_to_reveal() => {
            // Confirmed first (`update::confirmation`): the room agreed to names.
            change_round(w, |round| {
                round.ask_by_name();
            });
            *status = Some(t(l, Label::AskedByName).to_owned());
        }
        Action::Anonymous | Action::WhenAll => {
            if answered || !collecting {
                *status = Some(t(l, Label::RoundDotsOnlyBefore).to_owned());
                return true;
            }
            change_round(w, |round| {
                if action == Action::Anonymous {
                    round.anonymous = !round.anonymous;
                } else {
                    round.reveal_when_all = !round.reveal_when_all;
                }
            });
        }
        Action::MoreDots | Action::FewerDots | Action::Stacking => {
            if !matches!(round.ask, Ask::Dots(_)) {
                return false;
            }
            if answered || !collecting {
                *status = Some(t(l, Label::RoundDotsOnlyBefore).to_owned());
                return true;
            }
            change_round(w, |round| {
                if let Ask::Dots(vote) = &mut round.ask {
                    match action {
                        Action::MoreDots => vote.dots = (vote.dots + 1).min(MAX_DOTS),
                        Action::FewerDots => vote.dots = vote.dots.saturating_sub(1).max(1),
                        _ => vote.stack = !vote.stack,
                    }
                }
            });
        }
        _ => return false,
    }
    true
}

/// Changes the shown round, undoably.
fn change_round(w: &mut Workshop, change: impl FnOnce(&mut Round)) {
    w.remember_step();
    if let Some(round) = w
        .session
        .steps
        .get_mut(w.step)
        .and_then(|s| s.rounds.last_mut())
    {
        change(round);
    }
    w.changed();
}

/// Shows every answer at once; a kind that works with the answers (the market's
/// estimates) takes them into its record.
fn reveal(w: &mut Workshop, status: &mut Option<String>, now: Moment) {
    if reveal_on(w, w.step, now) {
        *status = Some(t(w.session.language, Label::RoundTaken).to_owned());
    }
}

/// Why an anonymous round with one or two answers is not revealed, and what to do.
pub fn too_few(l: crate::model::Language) -> String {
    format!(
        "{} {}",
        t(l, Label::RoundTooFew),
        t(l, Label::RoundTooFewWhatToDo)
    )
}

/// What the wall and the presenter say under an anonymous round that cannot be revealed
/// yet: once somebody answered, or from the start where fewer than three are asked.
pub fn shows_too_few(round: &Round, people: &[crate::model::Participant]) -> bool {
    let asked = people.iter().filter(|p| round.asks(p)).count();
    round.is_open()
        && round.too_few_to_reveal()
        && (!round.answers.is_empty() || asked < crate::model::round::FEWEST_ANONYMOUS)
}

/// Reveals the last round of step `index` (undoable as a whole step, though undo stops
/// at a reveal); `true` when its kind took the answers into its record. An anonymous
/// round with too few answers is left as it is.
fn reveal_on(w: &mut Workshop, index: usize, now: Moment) -> bool {
    let revealable = w
        .session
        .steps
        .get(index)
        .and_then(|s| s.rounds.last())
        .is_some_and(|r| r.is_open() && !r.too_few_to_reveal());
    if !revealable {
        return false;
    }
    w.remember_step_at(index);
    w.changed();
    let language = w.session.language;
    let Some(step) = w.session.steps.get_mut(index) else {
        return false;
    };
    let Some(round) = step.rounds.last_mut() else {
        return false;
    };
    if round.reveal(now).is_err() {
        return false;
    }
    let round = round.clone();
    let number = step.rounds.len();
    step.result.record_mut().take(&round, number, language)
}

/// After an answer: a round set to reveal itself does so once everybody has answered.
pub(super) fn reveal_if_all(w: &mut Workshop, index: usize, now: Moment) {
    let ready = w
        .session
        .steps
        .get(index)
        .and_then(|s| s.rounds.last())
        .is_some_and(|r| {
            r.is_open()
                && r.reveal_when_all
                && !r.too_few_to_reveal()
                && r.all_answered(&w.session.participants)
        });
    if ready {
        reveal_on(w, index, now);
    }
}

pub(super) fn begin_answer(w: &mut Workshop) {
    let Some(round) = w.shown_round() else { return };
    let kind = match round.ask {
        Ask::Amount => FieldKind::Euros,
        Ask::Text | Ask::Dots(_) | Ask::Scale => FieldKind::Line,
    };
    w.answering = Some(Answering {
        who: w.round_row,
        part: 0,
        euros: None,
        peek: false,
    });
    w.editor = Some(Editor::masked(Field::Answer(0), kind, w.session.language));
}

/// Keys while somebody answers: typing (masked), peeking, storing, dropping.
pub(super) fn on_answer(
    w: &mut Workshop,
    status: &mut Option<String>,
    intent: Intent,
    now: Moment,
) {
    let l = w.session.language;
    let action = match &intent {
        Intent::Do(action) => Some(*action),
        Intent::Type(_) | Intent::Nothing => None,
    };
    match action {
        Some(Action::Cancel) => {
            // Ctrl-Z, as it cancels every edit: nothing of a dropped answer stays.
            w.answering = None;
            w.editor = None;
            *status = Some(t(l, Label::RoundDropped).to_owned());
            return;
        }
        Some(Action::Back) => {
            // Esc never throws typed text away: what is typed is stored as Enter would.
            store_typed(w, status, now);
            return;
        }
        Some(Action::Peek) => {
            if let Some(answering) = &mut w.answering {
                answering.peek = !answering.peek;
            }
            return;
        }
        Some(Action::Edit | Action::NextField) => {
            next_part(w, status, now);
            return;
        }
        Some(Action::ClearLine) => {
            if let Some(editor) = &mut w.editor {
                editor.area.delete_line_by_head();
                editor.after_input(l);
            }
        }
        _ => {
            if let (Some(editor), Intent::Type(input)) = (&mut w.editor, intent) {
                editor.input(input, l);
            }
        }
    }
    // What is typed so far is saved too (into the private file): a crash mid-answer
    // loses none of it.
    w.changed();
    judge(w);
}

/// Stores what is typed of an answer as it stands (the euros alone, if the units were
/// not typed yet); an answer with nothing typed is left without a word stored. An answer
/// that does not read stays open with its reason.
pub(super) fn store_typed(w: &mut Workshop, status: &mut Option<String>, now: Moment) {
    let typed = |w: &Workshop| {
        w.editor
            .as_ref()
            .is_some_and(|e| !e.text().trim().is_empty())
    };
    let started = w
        .answering
        .as_ref()
        .is_some_and(|a| a.part > 0 || a.euros.is_some());
    if !typed(w) && !started {
        w.answering = None;
        w.editor = None;
        return;
    }
    // At most two parts (euros, then units): each Enter stores one.
    for _ in 0..2 {
        if w.answering.is_none() {
            return;
        }
        next_part(w, status, now);
    }
}

/// Dots and steps of the scale are read as they are typed, like a figure: the echo says
/// how they were understood (to the person peeking) or only whether (to the room).
fn judge(w: &mut Workshop) {
    let l = w.session.language;
    let Some(ask) = w.shown_round().map(|r| r.ask.clone()) else {
        return;
    };
    let Some(editor) = &mut w.editor else { return };
    let text = editor.text();
    let judged = match &ask {
        Ask::Dots(vote) => vote.read(&text).map(|dots| {
            vote.items
                .iter()
                .zip(dots)
                .filter(|(_, n)| *n > 0)
                .map(|(item, n)| format!("{n} × {}", crate::text::one_line(item)))
                .collect::<Vec<_>>()
                .join(", ")
        }),
        Ask::Scale => Closeness::read(&text).map(|c| crate::i18n::closeness(l, c).to_owned()),
        Ask::Amount | Ask::Text => return,
    };
    match judged {
        Ok(echo) => {
            editor.echo = Some(echo);
            editor.error = None;
        }
        Err(_) if text.trim().is_empty() => {
            editor.echo = None;
            editor.error = None;
        }
        Err(refusal) => {
            editor.echo = None;
            editor.error = Some(t(l, refusal_label(refusal)).to_owned());
        }
    }
}

fn refusal_label(refusal: Refusal) -> Label {
    match refusal {
        Refusal::Closed => Label::RoundClosed,
        Refusal::TooManyDots => Label::RoundTooManyDots,
        Refusal::NoSuchItem => Label::RoundNoSuchItem,
        Refusal::NotOnScale => Label::RoundNotOnScale,
        Refusal::Empty | Refusal::WrongKind => Label::RoundEmptyAnswer,
        Refusal::Sealed => Label::RoundSealed,
        Refusal::NotAsked => Label::RoundNotAsked,
        Refusal::TooFewAnonymous => Label::RoundTooFew,
    }
}

/// Enter: the typed part is understood and the next one is asked, or the answer is
/// complete and stored.
fn next_part(w: &mut Workshop, status: &mut Option<String>, now: Moment) {
    let l = w.session.language;
    let Some(answering) = w.answering.clone() else {
        return;
    };
    let Some(ask) = w.shown_round().map(|r| r.ask.clone()) else {
        return;
    };
    let Some(editor) = &mut w.editor else { return };
    let text = editor.text();
    let typed = if text.trim().is_empty() || !editor.kind.is_parsed() {
        None
    } else {
        match editor.value(l) {
            Ok(value) => Some(value),
            // Not understood: the editor stays with the reason (masked), nothing moves
            // on; selected, so that the next try replaces it instead of being added.
            Err(_) => {
                editor.area.select_all();
                return;
            }
        }
    };
    let reply = match ask {
        Ask::Amount if answering.part == 0 => {
            let euros = match typed {
                Some(Value::Euros(euros)) => euros,
                _ => None,
            };
            if let Some(a) = &mut w.answering {
                a.euros = euros;
                a.part = 1;
            }
            w.editor = Some(Editor::masked(Field::Answer(1), FieldKind::Units, l));
            return;
        }
        Ask::Amount => Ok(Reply::Amount {
            euros: answering.euros,
            units: match typed {
                Some(Value::Units(units)) => units,
                _ => None,
            },
        }),
        Ask::Text => Ok(Reply::Text(text.trim().to_owned())),
        Ask::Dots(vote) => vote.read(&text).map(Reply::Dots),
        Ask::Scale => Closeness::read(&text).map(Reply::Scale),
    };
    let reply = match reply {
        Ok(reply) => reply,
        // Dots or a step that do not read: the reason shows (masked), selected so the
        // next try replaces them.
        Err(_) if !text.trim().is_empty() => {
            if let Some(editor) = &mut w.editor {
                editor.area.select_all();
            }
            return;
        }
        Err(refusal) => {
            *status = Some(t(l, refusal_label(refusal)).to_owned());
            return;
        }
    };
    let Some(who) = w.session.participants.get(answering.who).cloned() else {
        w.answering = None;
        w.editor = None;
        return;
    };
    w.remember_step();
    let result = w
        .session
        .steps
        .get_mut(w.step)
        .and_then(|s| s.rounds.last_mut())
        .map(|round| round.answer_among(&who, &w.session.participants, reply, now));
    w.answering = None;
    w.editor = None;
    match result {
        Some(Ok(())) => {
            w.changed();
            // The next person asked is next: the keyboard goes round the room.
            w.round_row = answering.who;
            select_next_asked(w, 1);
            reveal_if_all(w, w.step, now);
            *status = Some(format!(
                "✓ {}: {}",
                who.with_department(),
                t(l, Label::RoundStored)
            ));
        }
        Some(Err(refusal)) => {
            w.undo.pop();
            *status = Some(t(l, refusal_label(refusal)).to_owned());
        }
        None => {
            w.undo.pop();
        }
    }
}

/// Whether undoing `entry` would take back a reveal (or a revealed round): that is only
/// done by re-opening the round, so the record keeps that it was seen.
pub(super) fn undo_unreveals(w: &Workshop, entry: &Undo) -> bool {
    let Undo::Step { index, before } = entry else {
        return false;
    };
    let Some(now) = w.session.steps.get(*index) else {
        return false;
    };
    now.rounds.iter().enumerate().any(|(i, round)| {
        round.revealed.is_some() && before.rounds.get(i).is_none_or(Round::is_open)
    })
}

/// The dot vote on the parking lot, from its overlay.
pub(super) fn vote_on_parking(
    w: &mut Workshop,
    overlay: &mut Option<super::Overlay>,
    status: &mut Option<String>,
    now: Moment,
) {
    if List::Parking.len(&w.session) == 0 {
        *status = Some(t(w.session.language, Label::RoundNoList).to_owned());
        return;
    }
    *overlay = None;
    open(w, status, now, true);
}
