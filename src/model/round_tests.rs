//! The round's tests: answering, anonymity, the reveal and what it adds up to.

use super::*;

fn at() -> Moment {
    "2026-11-22T09:00:00+01:00"
        .parse::<jiff::Timestamp>()
        .map(Moment::from_timestamp)
        .expect("fits")
}

fn person(name: &str, department: &str) -> Participant {
    Participant::new(name, department)
}

fn figures(euros: u64, units: u64) -> Reply {
    Reply::Amount {
        euros: Euros::from_whole(euros),
        units: Units::new(units),
    }
}

#[test]
fn an_answer_can_change_until_the_reveal_and_not_after() {
    let mut round = Round::new("Markt?".into(), Ask::Amount, at());
    let anna = person("Anna", "Marketing");
    assert_eq!(round.answer(&anna, figures(100, 10), at()), Ok(()));
    assert_eq!(round.answer(&anna, figures(200, 10), at()), Ok(()));
    assert_eq!(round.answers.len(), 1);
    assert_eq!(round.euros(), vec![Decimal::from(200)]);
    assert_eq!(round.reveal(at()), Ok(()));
    assert_eq!(round.reveal(at()), Err(Refusal::Closed));
    assert_eq!(
        round.answer(&anna, figures(300, 10), at()),
        Err(Refusal::Closed)
    );
    round.reopen(at());
    assert!(round.is_open());
    assert_eq!(round.reopened.len(), 1);
    assert_eq!(round.answer(&anna, figures(300, 10), at()), Ok(()));
    assert_eq!(round.euros(), vec![Decimal::from(300)]);
}

#[test]
fn replies_must_fit_the_question() {
    let mut round = Round::new("Markt?".into(), Ask::Amount, at());
    let ben = person("Ben", "Vertrieb");
    assert_eq!(
        round.answer(&ben, Reply::Scale(Closeness::With), at()),
        Err(Refusal::WrongKind)
    );
    let nothing = Reply::Amount {
        euros: None,
        units: None,
    };
    assert_eq!(round.answer(&ben, nothing, at()), Err(Refusal::Empty));
    assert!(round.answers.is_empty());
}

#[test]
fn dots_are_counted_ranked_and_limited() {
    let vote = Vote {
        items: vec!["A".into(), "B".into(), "C".into()],
        dots: 3,
        stack: false,
    };
    let mut round = Round::new("Was zuerst?".into(), Ask::Dots(vote), at());
    let (anna, ben) = (person("Anna", "M"), person("Ben", "V"));
    assert_eq!(
        round.answer(&anna, Reply::Dots(vec![0, 2, 1]), at()),
        Err(Refusal::TooManyDots)
    );
    assert_eq!(
        round.answer(&anna, Reply::Dots(vec![1, 1, 1, 1]), at()),
        Err(Refusal::TooManyDots)
    );
    assert_eq!(
        round.answer(&anna, Reply::Dots(vec![0, 1, 1]), at()),
        Ok(())
    );
    assert_eq!(round.answer(&ben, Reply::Dots(vec![0, 0, 1]), at()), Ok(()));
    assert_eq!(round.dot_counts(), vec![0, 1, 2]);
    assert_eq!(
        round.ranking(),
        vec![("C".into(), 2), ("B".into(), 1), ("A".into(), 0)]
    );
    if let Ask::Dots(vote) = &mut round.ask {
        vote.stack = true;
    }
    assert_eq!(
        round.answer(&anna, Reply::Dots(vec![3, 0, 0]), at()),
        Ok(())
    );
    assert_eq!(round.dot_counts(), vec![3, 0, 1]);
}

#[test]
fn dots_and_steps_are_typed_as_numbers() {
    let vote = Vote {
        items: vec!["A".into(), "B".into(), "C".into()],
        dots: 3,
        stack: true,
    };
    assert_eq!(vote.read("1 3 3"), Ok(vec![1, 0, 2]));
    assert_eq!(vote.read("2,2"), Ok(vec![0, 2, 0]));
    assert_eq!(vote.read(" "), Err(Refusal::Empty));
    assert_eq!(vote.read("4"), Err(Refusal::NoSuchItem));
    assert_eq!(vote.read("0"), Err(Refusal::NoSuchItem));
    assert_eq!(vote.read("eins"), Err(Refusal::NoSuchItem));
    assert_eq!(vote.read("1 1 1 1"), Err(Refusal::TooManyDots));
    let single = Vote {
        stack: false,
        ..vote
    };
    assert_eq!(single.read("1 1"), Err(Refusal::TooManyDots));
    assert_eq!(Closeness::read(" 3 "), Ok(Closeness::With));
    assert_eq!(Closeness::read("5"), Err(Refusal::NotOnScale));
    assert_eq!(Closeness::read("zwei"), Ok(Closeness::SideBySide));
    assert_eq!(Closeness::read("Vier."), Ok(Closeness::ForEachOther));
    assert_eq!(Closeness::read(" three "), Ok(Closeness::With));
    assert_eq!(Closeness::read("fünf"), Err(Refusal::NotOnScale));
    assert_eq!(Closeness::read(""), Err(Refusal::Empty));
}

#[test]
fn the_scale_has_a_median_and_a_distribution() {
    let mut round = Round::new("Wie arbeiten wir?".into(), Ask::Scale, at());
    assert_eq!(round.scale_median(), None);
    for (name, c) in [("A", 1), ("B", 2), ("C", 3), ("D", 3)] {
        let reply = Reply::Scale(Closeness::from_number(c).expect("fits"));
        round.answer(&person(name, ""), reply, at()).expect("fits");
    }
    assert_eq!(round.scale_counts(), [1, 1, 2, 0]);
    assert_eq!(round.scale_median(), Some(Closeness::SideBySide));
}

#[test]
fn the_spread_of_estimates() {
    let values = [
        Decimal::from(300),
        Decimal::from(100),
        Decimal::from(200),
        Decimal::from(400),
    ];
    let spread = Spread::of(&values).expect("fits");
    assert_eq!(
        (spread.min, spread.median, spread.max),
        (Decimal::from(100), Decimal::from(250), Decimal::from(400))
    );
    assert_eq!(spread.factor, Some(Decimal::from(4)));
    assert_eq!(Spread::of(&[Decimal::from(5)]).expect("fits").factor, None);
    assert_eq!(Spread::of(&[]), None);
}

#[test]
fn a_round_reads_back_from_its_file_form() {
    let mut round = Round::new("Markt?".into(), Ask::Amount, at());
    round
        .answer(&person("Anna", "Marketing"), figures(100, 10), at())
        .expect("fits");
    round.reveal(at()).expect("named: revealed with one answer");
    let text = ron::ser::to_string_pretty(&round, ron::ser::PrettyConfig::default()).expect("fits");
    let back: Round = ron::from_str(&text).expect("fits");
    assert_eq!(back, round);
}

fn scale(step: u8) -> Reply {
    Reply::Scale(Closeness::from_number(step).expect("on the scale"))
}

fn anonymous_pulse() -> Round {
    let mut round = Round::new("Wie arbeiten wir?".into(), Ask::Scale, at());
    round.anonymous = true;
    round
}

#[test]
fn an_anonymous_round_reveals_only_with_three_answers() {
    let mut round = anonymous_pulse();
    assert!(round.too_few_to_reveal());
    assert_eq!(round.reveal(at()), Err(Refusal::TooFewAnonymous));
    for (name, step) in [("Anna", 2), ("Ben", 4)] {
        round
            .answer(&person(name, ""), scale(step), at())
            .expect("taken");
        assert_eq!(round.reveal(at()), Err(Refusal::TooFewAnonymous));
        assert!(round.is_open(), "one or two answers are never shown");
    }
    round
        .answer(&person("Cem", ""), scale(1), at())
        .expect("taken");
    assert!(!round.too_few_to_reveal());
    assert_eq!(round.reveal(at()), Ok(()));
    // A named round has no such floor.
    let mut named = Round::new("Markt?".into(), Ask::Amount, at());
    named
        .answer(&person("Anna", ""), figures(1, 1), at())
        .expect("taken");
    assert_eq!(named.reveal(at()), Ok(()));
}

#[test]
fn too_few_anonymous_answers_are_dropped_when_the_round_is_asked_by_name() {
    let mut round = anonymous_pulse();
    let anna = person("Anna", "Marketing");
    round.answer(&anna, scale(1), at()).expect("taken");
    round
        .answer(&person("Ben", "Vertrieb"), scale(4), at())
        .expect("taken");
    assert_eq!(round.ask_by_name(), Some(2));
    assert!(!round.anonymous);
    assert!(round.answers.is_empty() && round.answered.is_empty());
    assert!(!round.answered_by(&anna), "everybody answers again");
    round.answer(&anna, scale(3), at()).expect("now by name");
    assert_eq!(round.answers[0].who, anna);
    assert_eq!(round.ask_by_name(), None, "named already");
    let mut enough = anonymous_pulse();
    for name in ["A", "B", "C"] {
        enough
            .answer(&person(name, ""), scale(2), at())
            .expect("taken");
    }
    assert_eq!(enough.ask_by_name(), None, "three answers can be revealed");
    assert!(enough.anonymous && enough.answers.len() == 3);
}

#[test]
fn the_file_of_an_anonymous_round_names_nobody_at_any_count() {
    let mut round = anonymous_pulse();
    for (count, name) in ["Jonas Weber", "Anna Berger", "Cem Yilmaz"]
        .iter()
        .enumerate()
    {
        round
            .answer(&person(name, "Service"), scale(2), at())
            .expect("taken");
        let text =
            ron::ser::to_string_pretty(&round, ron::ser::PrettyConfig::default()).expect("fits");
        assert!(!text.contains("Service"), "{text}");
        for name in ["Jonas", "Anna", "Cem"] {
            assert!(!text.contains(name), "{count}: {text}");
        }
        let back: Round = ron::from_str(&text).expect("reads");
        assert_eq!(back.answers.len(), count + 1, "the count is the answers");
        assert_eq!(back.answered_count(&[]), count + 1);
        assert!(back.answered.is_empty());
    }
    round.reveal(at()).expect("three");
    let text = ron::ser::to_string_pretty(&round, ron::ser::PrettyConfig::default()).expect("fits");
    assert!(
        !text.contains("Jonas") && !text.contains("answered"),
        "{text}"
    );
}

#[test]
fn a_file_written_before_with_names_still_reads_and_keeps_one_answer_each() {
    let old = r#"(
        question: "Wie arbeiten wir?",
        ask: Scale,
        opened: "2026-11-22T09:00:00+01:00",
        revealed: None,
        answers: [(at: "2026-11-22T09:00:00+01:00", reply: Scale(With))],
        anonymous: true,
        answered: ["Jonas Weber"],
    )"#;
    let mut round: Round = ron::from_str(old).expect("an old file reads");
    assert!(round.answered_by(&person("Jonas Weber", "")));
    assert_eq!(
        round.answer(&person("Jonas Weber", ""), scale(1), at()),
        Err(Refusal::Sealed),
        "not counted twice while seam runs"
    );
    let text = ron::ser::to_string_pretty(&round, ron::ser::PrettyConfig::default()).expect("fits");
    assert!(
        !text.contains("Jonas"),
        "saved again, the name is gone: {text}"
    );
}

#[test]
fn the_facilitators_list_of_an_anonymous_round_moves_three_answers_at_a_time() {
    let mut round = anonymous_pulse();
    let people: Vec<Participant> = ["A", "B", "C", "D", "E", "F"]
        .iter()
        .map(|n| person(n, ""))
        .collect();
    let shown =
        |round: &Round| -> Vec<Reply> { round.screen().into_iter().map(|(r, _)| r).collect() };
    round.answer(&people[0], scale(4), at()).expect("taken");
    round.answer(&people[1], scale(1), at()).expect("taken");
    assert!(shown(&round).is_empty(), "nothing before three");
    assert_eq!(round.unscreened(), 2);
    round.answer(&people[2], scale(3), at()).expect("taken");
    assert_eq!(
        shown(&round),
        vec![scale(1), scale(3), scale(4)],
        "by value"
    );
    assert_eq!(round.unscreened(), 0);
    // The fourth answer, and a changed one: the list stays as it was.
    round.answer(&people[3], scale(2), at()).expect("taken");
    round.answer(&people[0], scale(3), at()).expect("changed");
    assert_eq!(shown(&round), vec![scale(1), scale(3), scale(4)]);
    assert_eq!(round.unscreened(), 2);
    round.answer(&people[4], scale(2), at()).expect("taken");
    assert_eq!(
        shown(&round),
        vec![scale(1), scale(2), scale(2), scale(3), scale(3)]
    );
    round.answer(&people[5], scale(4), at()).expect("taken");
    assert_eq!(round.unscreened(), 1);
    round.reveal(at()).expect("six");
    assert_eq!(shown(&round).len(), 6, "revealed: all, as the wall");
    round.reopen(at());
    assert_eq!(shown(&round).len(), 6, "re-opened: as the wall showed them");
    assert_eq!(round.unscreened(), 0);
    // A named round's list is every answer as it comes.
    let mut named = Round::new("Markt?".into(), Ask::Scale, at());
    named.answer(&people[0], scale(2), at()).expect("taken");
    assert_eq!(shown(&named), vec![scale(2)]);
}

#[test]
fn a_reopened_anonymous_round_never_reveals_one_or_two_new_answers_alone() {
    let people = [
        person("Anna", "Marketing"),
        person("Ben", "Vertrieb"),
        person("Cem", "Service"),
        person("Lena", "Finanzen"),
    ];
    let mut round = anonymous_pulse();
    for (who, step) in people[..3].iter().zip([1, 2, 3]) {
        round
            .answer_among(who, &people[..3], scale(step), at())
            .expect("taken");
    }
    round.reveal(at()).expect("three");
    round.reopen(at());
    assert!(
        !round.too_few_to_reveal(),
        "nothing new: the same as the room saw"
    );
    // Lena, a late arrival, answers alone: revealed again her answer would stand out.
    round
        .answer_among(&people[3], &people, scale(4), at())
        .expect("taken");
    assert_eq!(round.changed_since_shown(), 1);
    assert_eq!(round.reveal(at()), Err(Refusal::TooFewAnonymous));
    // Two more change theirs: three came or changed, none stands alone.
    round
        .answer_among(&people[0], &people, scale(4), at())
        .expect("changed");
    round
        .answer_among(&people[1], &people, scale(3), at())
        .expect("changed");
    assert_eq!(round.changed_since_shown(), 3);
    assert_eq!(round.reveal(at()), Ok(()));
}

#[test]
fn answers_no_longer_told_apart_are_never_more_than_the_people_asked() {
    // After a restart a re-opened anonymous round's answers belong to nobody seam knows:
    // nobody is marked as having answered, but no fourth answer comes from three people.
    let people = [
        person("Anna", "Marketing"),
        person("Ben", "Vertrieb"),
        person("Cem", "Service"),
    ];
    let mut round = anonymous_pulse();
    for step in [1, 2, 3] {
        round.answers.push(Answer {
            who: Participant::default(),
            at: at(),
            reply: scale(step),
            sealed_for: None,
            held_back: false,
        });
    }
    assert_eq!(
        round.answer_among(&people[0], &people, scale(4), at()),
        Err(Refusal::Sealed)
    );
    assert_eq!(round.answers.len(), 3);
    let mut more = people.to_vec();
    more.push(person("Lena", "Finanzen"));
    assert_eq!(
        round.answer_among(&more[3], &more, scale(4), at()),
        Ok(()),
        "a late arrival"
    );
}
