//! The round's tests: answering, anonymity, the reveal and what it adds up to.

use super::*;

fn at() -> Moment {
    "2026-11-22T09:00:00+01:00"
        .parse::<jiff::Timestamp>()
        .map(Moment::from_timestamp)
        .expect("fits")
}

fn person(name: &str, department: &str) -> Participant {
    Participant {
        name: name.into(),
        department: department.into(),
    }
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
    round.reveal(at());
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
    round.reveal(at());
    let text = ron::ser::to_string_pretty(&round, ron::ser::PrettyConfig::default()).expect("fits");
    let back: Round = ron::from_str(&text).expect("fits");
    assert_eq!(back, round);
}
