//! session → RON → session is the identity, for generated sessions of every shape:
//! any text (quotes, newlines, umlauts, CJK, emoji, control characters), any money with
//! cents, negative figures, empty and full optionals, facilitator notes, rounds of every
//! kind (named and anonymous, open and revealed), and every one of the fourteen kinds:
//! four generated field by field, the others as the full-day example fills them.

use proptest::prelude::*;
use rust_decimal::Decimal;
use seam::exercises::Exercise;
use seam::exercises::agreements::*;
use seam::exercises::business_model::*;
use seam::exercises::market::*;
use seam::exercises::shared_goals::*;
use seam::model::*;
use seam::record::*;
use seam::store;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-ZäöüÄÖÜß0-9 .,;:!?\"'()\\\\/-]{0,30}",
        "\\PC{0,20}",
        Just("Zeile eins\nZeile zwei\t\"zitiert\" \\ 日本 🚀 e\u{301}".to_owned()),
        Just("\u{1b}[31m\u{0}\u{7f}\u{202e}".to_owned()),
    ]
}

fn euros() -> impl Strategy<Value = Option<Euros>> {
    proptest::option::of(
        (0_i64..1_000_000_000_000_000)
            .prop_map(|c| Euros::new(Decimal::new(c, 2)).expect("in range")),
    )
}

fn units() -> impl Strategy<Value = Option<Units>> {
    proptest::option::of((0_u64..1_000_000_000_000).prop_map(|n| Units::new(n).expect("in range")))
}

fn number() -> impl Strategy<Value = Option<Decimal>> {
    proptest::option::of((0_i64..10_000_000, 0_u32..4).prop_map(|(m, s)| Decimal::new(m, s)))
}

/// A figure that may be below zero (a baseline such as a net promoter score).
fn signed() -> impl Strategy<Value = Option<Decimal>> {
    proptest::option::of(
        (-10_000_000_i64..10_000_000, 0_u32..4).prop_map(|(m, s)| Decimal::new(m, s)),
    )
}

fn moment() -> impl Strategy<Value = Moment> {
    (0_i64..4_000_000_000)
        .prop_map(|s| Moment::from_timestamp(jiff::Timestamp::from_second(s).expect("in range")))
}

/// Any kind as the full-day example fills it: the ten not generated field by field.
fn filled() -> impl Strategy<Value = Exercise> {
    let kinds: Vec<Exercise> = seam::workshops::full_day_example()
        .expect("the full day")
        .steps
        .into_iter()
        .map(|s| s.result)
        .collect();
    prop::sample::select(kinds)
}

fn reply() -> impl Strategy<Value = Reply> {
    prop_oneof![
        (euros(), units()).prop_map(|(euros, units)| Reply::Amount { euros, units }),
        proptest::collection::vec(0_u8..4, 1..5).prop_map(Reply::Dots),
        (0_usize..4).prop_map(|i| Reply::Scale(Closeness::ALL[i])),
        text().prop_map(Reply::Text),
    ]
}

fn round() -> impl Strategy<Value = Round> {
    (
        text(),
        prop_oneof![
            Just(Ask::Amount),
            Just(Ask::Scale),
            Just(Ask::Text),
            proptest::collection::vec(text(), 1..4).prop_map(Ask::vote),
        ],
        (moment(), proptest::option::of(moment())),
        proptest::collection::vec(moment(), 0..2),
        proptest::collection::vec((text(), text(), moment(), reply()), 0..4),
        (any::<bool>(), any::<bool>(), proptest::option::of(text())),
    )
        .prop_map(
            |(
                question,
                ask,
                (opened, revealed),
                reopened,
                answers,
                (anonymous, all, not_asked),
            )| {
                let mut round = Round::new(question, ask, opened);
                round.revealed = revealed;
                round.reopened = reopened;
                round.anonymous = anonymous;
                round.reveal_when_all = all;
                round.not_asked = not_asked;
                for (name, department, at, reply) in answers {
                    // An anonymous answer is stored as nobody's, at the round's opening;
                    // who answered is never written.
                    let (who, at) = if anonymous {
                        (Participant::default(), opened)
                    } else {
                        (Participant { name, department }, at)
                    };
                    // Some text answers held back, so the file keeps that too.
                    let held_back = matches!(&reply, Reply::Text(t) if t.len() % 2 == 0);
                    round.answers.push(Answer {
                        who,
                        at,
                        reply,
                        sealed_for: None,
                        held_back,
                    });
                }
                round
            },
        )
}

fn date() -> impl Strategy<Value = Option<jiff::civil::Date>> {
    proptest::option::of(
        (2000_i16..2100, 1_i8..=12, 1_i8..=28).prop_map(|(y, m, d)| jiff::civil::date(y, m, d)),
    )
}

fn estimate() -> impl Strategy<Value = Estimate> {
    (text(), euros(), units(), 0_usize..3, text()).prop_map(
        |(source, euros, units, method, basis)| Estimate {
            source,
            euros,
            units,
            method: [Method::TopDown, Method::BottomUp, Method::Unsaid][method],
            basis,
            round: None,
        },
    )
}

fn market() -> impl Strategy<Value = Exercise> {
    (
        text(),
        proptest::option::of(1900_i16..2200),
        proptest::collection::vec(estimate(), 0..4),
        proptest::option::of((euros(), units())),
    )
        .prop_map(|(definition, year, estimates, agreed)| {
            Exercise::Market(Market {
                definition,
                year,
                estimates,
                agreed: agreed.map(|(euros, units)| Figures { euros, units }),
                hidden: (),
            })
        })
}

fn business_model() -> impl Strategy<Value = Exercise> {
    (text(), text(), text(), text(), text()).prop_map(
        |(sentence, who_pays, for_what, revenue_driver, cost_driver)| {
            Exercise::BusinessModel(BusinessModel {
                sentence,
                who_pays,
                for_what,
                revenue_driver,
                cost_driver,
            })
        },
    )
}

fn goal() -> impl Strategy<Value = Goal> {
    (
        (1_u32..1000, text(), text(), signed(), signed(), text()),
        (
            date(),
            text(),
            proptest::collection::vec(text(), 0..3),
            number(),
        ),
    )
        .prop_map(
            |(
                (id, statement, metric, baseline, target, unit),
                (horizon, owner, contributors, budget_share),
            )| Goal {
                id,
                statement,
                metric,
                baseline,
                target,
                unit,
                horizon,
                owner,
                contributors,
                budget_share,
            },
        )
}

fn goals() -> impl Strategy<Value = Exercise> {
    (
        proptest::collection::vec(goal(), 0..4),
        proptest::collection::vec(((1_u32..9, 1_u32..9), text()), 0..3),
        euros(),
    )
        .prop_map(|(goals, conflicts, budget)| {
            Exercise::SharedGoals(SharedGoals {
                goals,
                conflicts: conflicts
                    .into_iter()
                    .map(|(between, note)| Conflict { between, note })
                    .collect(),
                budget,
            })
        })
}

/// A review day, or a rhythm in words (never text that reads as a day: that is one).
fn review() -> impl Strategy<Value = Option<When>> {
    prop_oneof![
        date().prop_map(|d| d.map(When::Date)),
        text()
            .prop_filter("a rhythm, not a day", |t| {
                t.parse::<jiff::civil::Date>().is_err()
            })
            .prop_map(|t| Some(When::Rhythm(t))),
    ]
}

fn agreement() -> impl Strategy<Value = Agreement> {
    (
        (text(), text(), text(), text(), text(), text(), text()),
        (
            text(),
            text(),
            text(),
            review(),
            any::<bool>(),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (provider, receiver, deliverable, quantity, quality, time, channel),
                (provider_owner, receiver_owner, when_missed, review, a, b),
            )| Agreement {
                provider,
                receiver,
                deliverable,
                quantity,
                quality,
                time,
                channel,
                provider_owner,
                receiver_owner,
                when_missed,
                review,
                accepted_by_provider: a,
                accepted_by_receiver: b,
            },
        )
}

fn agreements() -> impl Strategy<Value = Exercise> {
    proptest::collection::vec(agreement(), 0..3)
        .prop_map(|agreements| Exercise::Agreements(Agreements { agreements }))
}

fn step() -> impl Strategy<Value = Step> {
    (
        text(),
        text(),
        proptest::collection::vec((text(), text()), 0..2),
        (1_u32..480, prop_oneof![Just(0_u64), 0_u64..100_000]),
        (text(), text()),
        prop_oneof![market(), business_model(), goals(), agreements(), filled()],
        proptest::collection::vec(round(), 0..3),
    )
        .prop_map(
            |(
                title,
                question,
                hints,
                (timebox_minutes, spent_seconds),
                (notes, facilitator_notes),
                result,
                rounds,
            )| Step {
                title: Text::new(title.clone(), title),
                question: Text::new(question, String::new()),
                hints: hints
                    .into_iter()
                    .map(|(de, en)| Text::new(de, en))
                    .collect(),
                timebox_minutes,
                spent_seconds,
                notes,
                facilitator_notes,
                result,
                rounds,
            },
        )
}

/// A participant list as seam keeps one: an entry that clashes with an earlier one
/// (which a file is refused for) left out.
fn told_apart(people: Vec<(String, String)>) -> Vec<Participant> {
    let mut list: Vec<Participant> = Vec::new();
    for (name, department) in people {
        let person = Participant { name, department };
        if !list.iter().any(|p| p.clashes_with(&person)) {
            list.push(person);
        }
    }
    list
}

fn session() -> impl Strategy<Value = Session> {
    (
        (text(), text(), any::<bool>(), text(), 0_i64..4_000_000_000),
        proptest::collection::vec((text(), text()), 0..4),
        proptest::collection::vec(step(), 0..5),
        proptest::collection::vec(text(), 0..3),
        (0_usize..6, 0_usize..4),
    )
        .prop_map(
            |(
                (id, title, de, template, seconds),
                participants,
                steps,
                parking_lot,
                (current_step, theme),
            )| {
                let moment = Moment::from_timestamp(
                    jiff::Timestamp::from_second(seconds).expect("in range"),
                );
                Session {
                    version: 1,
                    id,
                    title,
                    language: if de { Language::De } else { Language::En },
                    template,
                    created: moment,
                    updated: moment,
                    participants: told_apart(participants),
                    steps: steps.into(),
                    parking_lot,
                    current_step,
                    theme: Theme::ALL[theme],
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_session_survives_ron_unchanged(session in session()) {
        let path = std::path::Path::new("generated.ron");
        let text = store::session_to_ron(&session, path).expect("serialises");
        let back = store::parse_session(&text, path).expect("parses back");
        // What the file holds: no note, no unrevealed or held-back answer, no hint.
        let (mut shared, _) = seam::record::private::split(&session);
        for step in shared.steps.iter_mut() {
            step.hints.clear();
        }
        prop_assert_eq!(&back, &shared);
        prop_assert_eq!(store::session_to_ron(&back, path).expect("serialises"), text);
    }
}
