//! The split between the session file and the facilitator's private file: what each
//! holds, and the whole session again from both, also after a crash between the writes.

use super::*;
use crate::model::{Ask, Closeness};

fn at(minute: u32) -> Moment {
    format!("2026-11-22T09:{minute:02}:00+01:00")
        .parse::<jiff::Timestamp>()
        .map(Moment::from_timestamp)
        .expect("fits")
}

fn person(name: &str, department: &str) -> Participant {
    Participant::new(name, department)
}

fn people() -> Vec<Participant> {
    vec![
        person("Anna-Lena Schäfer", "Vertrieb"),
        person("Jörg Hölzl", "Service"),
        person("Käthe Groß", "Vertrieb"),
        person("Jonas Weber", "Marketing"),
    ]
}

const HIDDEN: &str = "Jürgen ist unfähig, das weiß jeder";
const NOTE: &str = "Anna-Lena nach der Pause ansprechen";

/// The example with a note, a revealed named text round with one answer held back, and
/// an anonymous scale round still collecting three answers.
fn day() -> Session {
    let mut session = crate::workshops::example_session().expect("the example");
    session.participants = people();
    let room = people();
    session.steps[0].facilitator_notes = NOTE.into();
    let mut named = Round::new("Was bremst uns?".into(), Ask::Text, at(0));
    for (who, text) in room
        .iter()
        .zip([HIDDEN, "Zu viele Freigaben", "Lange Wege"])
    {
        named
            .answer(who, Reply::Text(text.into()), at(1))
            .expect("answers");
    }
    assert!(named.hold_back(HIDDEN));
    named.reveal(at(5)).expect("reveals");
    let mut pulse = Round::new("Wie arbeiten wir?".into(), Ask::Scale, at(10));
    pulse.anonymous = true;
    for (who, scale) in room.iter().zip([
        Closeness::SideBySide,
        Closeness::With,
        Closeness::SideBySide,
    ]) {
        pulse
            .answer_among(who, &room, Reply::Scale(scale), at(11))
            .expect("answers");
    }
    session.steps[1].rounds = vec![named, pulse];
    session
}

fn ron(session: &Session) -> String {
    ron::ser::to_string_pretty(session, ron::ser::PrettyConfig::default()).expect("writes")
}

#[test]
fn the_session_file_holds_only_what_the_wall_showed() {
    let (shared, private) = split(&day());
    let file = ron(&shared);
    for secret in [HIDDEN, NOTE, "Anna-Lena Schäfer\"),", "Scale("] {
        assert!(
            !file.contains(secret),
            "{secret} in the session file:\n{file}"
        );
    }
    let named = &shared.steps[1].rounds[0];
    assert_eq!((named.answers.len(), named.withheld), (2, 1));
    assert_eq!(named.held_back(), 1, "the count the wall said");
    let pulse = &shared.steps[1].rounds[1];
    assert_eq!((pulse.answers.len(), pulse.collected), (0, 3));
    // The private file has it all: the note, the held-back words and their author, and
    // whose each collecting anonymous answer is.
    assert_eq!(private.notes[0].notes, NOTE);
    let held = &private.rounds[0].answers[0];
    assert_eq!(
        (held.who.name.as_str(), held.held_back),
        ("Anna-Lena Schäfer", true)
    );
    assert!(private.rounds[1].answers.iter().all(|a| !a.who.is_nobody()));
    assert_eq!(private.rounds[1].answered.len(), 3);
}

#[test]
fn both_files_make_the_whole_session_again() {
    let whole = day();
    let (mut shared, private) = split(&whole);
    let joined = join(&mut shared, &private);
    assert_eq!(joined, Joined::default());
    assert_eq!(shared.steps[0].facilitator_notes, NOTE);
    assert_eq!(
        shared.steps[1].rounds[0], whole.steps[1].rounds[0],
        "the held-back answer is back with its author"
    );
    let (pulse, before) = (&shared.steps[1].rounds[1], &whole.steps[1].rounds[1]);
    assert_eq!(
        pulse.answers, before.answers,
        "with whose each is, in memory"
    );
    assert_eq!(pulse.answered, before.answered);
    // Whose they are is known again: Käthe may change hers until the reveal.
    let mut pulse = pulse.clone();
    let kathe = person("Käthe Groß", "Vertrieb");
    assert_eq!(
        pulse.answer_among(
            &kathe,
            &people(),
            Reply::Scale(Closeness::ForEachOther),
            at(12)
        ),
        Ok(())
    );
    assert_eq!(pulse.answers.len(), 3);
}

#[test]
fn revealed_anonymous_answers_name_nobody_in_either_file() {
    let mut whole = day();
    whole.steps[1].rounds[1]
        .reveal(at(20))
        .expect("three answers");
    let (shared, private) = split(&whole);
    assert_eq!(
        shared.steps[1].rounds[1].answers.len(),
        3,
        "revealed: shared"
    );
    assert!(private.rounds[1].answers.iter().all(|a| a.who.is_nobody()));
    assert!(private.rounds[1].answered.is_empty());
    let private_file = ron::to_string(&private.rounds[1]).expect("writes");
    for name in ["Jörg", "Käthe", "Jonas"] {
        assert!(!private_file.contains(name), "{name}: {private_file}");
    }
}

#[test]
fn a_crash_between_the_two_writes_of_a_reveal_loses_no_answer() {
    let before = day();
    let mut after = before.clone();
    after.steps[1].rounds[1].reveal(at(20)).expect("reveals");
    // The private file is written first: the reveal's, beside the session file of before.
    let (mut shared, _) = split(&before);
    let (_, private) = split(&after);
    join(&mut shared, &private);
    let pulse = &shared.steps[1].rounds[1];
    assert!(pulse.is_open(), "the reveal is done again");
    assert_eq!(pulse.answers.len(), 3);
    assert_eq!(pulse.collected, 0);
}

#[test]
fn without_the_private_file_the_session_says_what_is_not_here() {
    let (shared, private) = split(&day());
    let mut alone = shared.clone();
    let other = Private {
        session: "another".into(),
        ..private.clone()
    };
    let joined = join(&mut alone, &other);
    assert_eq!(
        joined,
        Joined {
            missing_answers: 3,
            missing_held_back: 1
        }
    );
    assert_eq!(alone, shared, "another session's private file adds nothing");
    // Saved again without it, the counts stay.
    let (again, _) = split(&alone);
    assert_eq!(again, shared);
}

#[test]
fn an_unchanged_session_shares_its_steps_with_the_file_version() {
    let session = crate::workshops::example_session().expect("the example");
    let (shared, private) = split(&session);
    assert_eq!(shared, session, "nothing private in the example");
    assert!(private.notes.is_empty() && private.rounds.is_empty());
}

#[test]
fn a_reopened_anonymous_round_keeps_what_the_room_saw_through_a_restart() {
    let mut whole = day();
    let pulse = &mut whole.steps[1].rounds[1];
    pulse.reveal(at(20)).expect("three");
    pulse.reopen(at(21));
    let (mut shared, private) = split(&whole);
    join(&mut shared, &private);
    let pulse = &shared.steps[1].rounds[1];
    assert_eq!(
        pulse.shown_before.len(),
        3,
        "so one new answer is not revealed alone"
    );
}
