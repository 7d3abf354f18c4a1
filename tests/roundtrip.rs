//! session → RON → session is the identity, for generated sessions of every shape:
//! any text (quotes, newlines, umlauts, CJK, emoji, control characters), any money with
//! cents, empty and full optionals.

use proptest::prelude::*;
use rust_decimal::Decimal;
use seam::exercises::agreements::*;
use seam::exercises::business_model::*;
use seam::exercises::goals::*;
use seam::exercises::market::*;
use seam::model::*;
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

fn date() -> impl Strategy<Value = Option<jiff::civil::Date>> {
    proptest::option::of(
        (2000_i16..2100, 1_i8..=12, 1_i8..=28).prop_map(|(y, m, d)| jiff::civil::date(y, m, d)),
    )
}

fn estimate() -> impl Strategy<Value = Estimate> {
    (text(), euros(), units(), any::<bool>(), text()).prop_map(
        |(source, euros, units, top, basis)| Estimate {
            source,
            euros,
            units,
            method: if top {
                Method::TopDown
            } else {
                Method::BottomUp
            },
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
        (1_u32..1000, text(), text(), number(), number(), text()),
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
        text(),
        prop_oneof![market(), business_model(), goals(), agreements()],
    )
        .prop_map(
            |(title, question, hints, (timebox_minutes, spent_seconds), notes, result)| Step {
                title: Text::new(title.clone(), title),
                question: Text::new(question, String::new()),
                hints: hints
                    .into_iter()
                    .map(|(de, en)| Text::new(de, en))
                    .collect(),
                timebox_minutes,
                spent_seconds,
                notes,
                facilitator_notes: String::new(),
                result,
                rounds: Vec::new(),
            },
        )
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
                    participants: participants
                        .into_iter()
                        .map(|(name, department)| Participant { name, department })
                        .collect(),
                    steps,
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
        prop_assert_eq!(&back, &session);
        prop_assert_eq!(store::session_to_ron(&back, path).expect("serialises"), text);
    }
}
