//! Rounds at the shared keyboard: a question to the whole room, everybody answers on
//! their own and masked, the wall shows only who has answered, and one key (pressed
//! twice) reveals everything at once.

use crate::common::{ctrl, from_template, keys, opened_at_nine, render, typing, workshop};
use insta::assert_snapshot;
use rust_decimal::Decimal;
use seam::app::App;
use seam::exercises::Exercise;
use seam::exercises::market::Market;
use seam::model::{Ask, Reply};
use seam::record::Session;

const PEOPLE: [(&str, &str); 3] = [
    ("Anna Berger", "Marketing"),
    ("Jonas Weber", "Vertrieb"),
    ("Selin Aydın", "Service"),
];

/// A new core workshop, at its market step (after the pulse).
fn fresh() -> App {
    let mut app = opened_at_nine(from_template("core", "runde", "Runde", &PEOPLE));
    keys(&mut app, "<PageDown>");
    app
}

fn session(app: &App) -> &Session {
    &workshop(app).session
}

fn market(app: &App) -> &Market {
    match &session(app).steps[1].result {
        Exercise::Market(m) => m,
        other => panic!("step 2 is the market, not {other:?}"),
    }
}

/// The figures typed below, as any of them could show on screen.
const SECRETS: [&str; 9] = [
    "420", "35000", "35.000", "1,2", "90000", "90.000", "900", "60000", "60.000",
];

fn leaks(app: &App) -> Vec<&'static str> {
    let screen = render(app, 120, 40) + &render(app, 80, 24);
    SECRETS.into_iter().filter(|s| screen.contains(s)).collect()
}

#[test]
fn a_blind_market_round_shows_who_answered_and_nothing_else_until_the_reveal() {
    let mut app = fresh();
    keys(&mut app, "<C-o>");
    let round = session(&app).steps[1]
        .rounds
        .last()
        .expect("a round opened");
    assert_eq!(round.ask, Ask::Amount);
    assert!(render(&app, 120, 40).contains("0 von 3 haben geantwortet"));
    for (euros, units) in [
        ("420 Mio", "35000"),
        ("1,2 Mrd", "90000"),
        ("900 Mio", "60000"),
    ] {
        keys(&mut app, "<Enter>");
        for c in euros.chars() {
            typing(&mut app, &c.to_string());
            assert_eq!(leaks(&app), Vec::<&str>::new(), "after typing {c:?}");
        }
        keys(&mut app, "<Enter>");
        for c in units.chars() {
            typing(&mut app, &c.to_string());
            assert_eq!(leaks(&app), Vec::<&str>::new(), "after typing {c:?}");
        }
        keys(&mut app, "<Enter>");
        assert_eq!(leaks(&app), Vec::<&str>::new());
    }
    let screen = render(&app, 120, 40);
    assert!(screen.contains("3 von 3 haben geantwortet"), "{screen}");
    assert!(screen.contains("● Selin Aydın (Service)"), "{screen}");
    assert!(
        market(&app).estimates.is_empty(),
        "nothing reaches the table before the reveal"
    );

    keys(&mut app, "<C-r>");
    assert!(
        session(&app).steps[1].rounds[0].is_open(),
        "revealing asks first"
    );
    keys(&mut app, "<C-r>");
    let round = &session(&app).steps[1].rounds[0];
    assert!(round.revealed.is_some());
    assert_eq!(round.answers.len(), 3);
    assert_eq!(round.answers[1].who.name, "Jonas Weber");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("min 420 Mio. € · Median 900 Mio. € · max 1,2 Mrd. € · Faktor ×2,9 ⚠"),
        "{screen}"
    );
    assert!(
        screen.contains("13.333,33 €"),
        "each estimate's implied price: {screen}"
    );
    let sources: Vec<&str> = market(&app)
        .estimates
        .iter()
        .map(|e| e.source.as_str())
        .collect();
    assert_eq!(sources, ["Marketing", "Vertrieb", "Service"]);
    assert_eq!(
        market(&app).estimates[1].euros.map(|e| e.value()),
        Some(Decimal::from(1_200_000_000))
    );

    // Esc shows the exercise: the estimates with the market's own check.
    keys(&mut app, "<Esc>");
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Spreizung: Euro ×2,9"), "{screen}");

    // A reveal is not undone by undo, only by re-opening, which the record keeps.
    keys(&mut app, "<C-z>");
    assert!(session(&app).steps[1].rounds[0].revealed.is_some());
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("Strg-E öffnet"),
        "{:?}",
        app.status
    );
    keys(&mut app, "<C-o><C-e><C-e>");
    let round = &session(&app).steps[1].rounds[0];
    assert!(round.is_open() && round.reopened.len() == 1);
    assert_eq!(leaks(&app), Vec::<&str>::new(), "re-opened: blind again");
}

#[test]
fn the_person_typing_can_peek_and_a_wrong_figure_is_refused_masked() {
    let mut app = fresh();
    keys(&mut app, "<C-o><Enter>");
    typing(&mut app, "viel");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("nicht verstanden") && !screen.contains("viel"),
        "{screen}"
    );
    keys(&mut app, "<Enter>");
    assert!(
        workshop(&app).answering.is_some(),
        "not understood: still typing"
    );
    keys(&mut app, "<Backspace><Backspace><Backspace><Backspace>");
    typing(&mut app, "420 Mio");
    ctrl(&mut app, 'p');
    assert!(render(&app, 120, 40).contains("420 Mio"), "peeking");
    ctrl(&mut app, 'p');
    assert!(!render(&app, 120, 40).contains("420"), "hidden again");
    keys(&mut app, "<C-z>");
    assert!(workshop(&app).answering.is_none());
    assert!(
        session(&app).steps[1].rounds[0].answers.is_empty(),
        "dropped"
    );
}

#[test]
fn round_screens() {
    let mut app = fresh();
    keys(&mut app, "<C-o><Down>");
    assert_snapshot!("round_open_120x40", render(&app, 120, 40));
    assert_snapshot!("round_open_80x24", render(&app, 80, 24));
    keys(&mut app, "<Enter>");
    typing(&mut app, "1,2 Mrd");
    assert_snapshot!("round_answering_80x24", render(&app, 80, 24));
    keys(&mut app, "<Enter>");
    typing(&mut app, "90000");
    keys(&mut app, "<Enter><Enter>");
    typing(&mut app, "420 Mio\n35000\n");
    keys(&mut app, "<C-r><C-r>");
    assert_snapshot!("round_revealed_120x40", render(&app, 120, 40));
    assert_snapshot!("round_revealed_80x24", render(&app, 80, 24));
}

#[test]
fn presentation_mode_shows_who_has_answered_then_the_result_big() {
    let mut app = fresh();
    keys(&mut app, "<C-o><Enter>");
    typing(&mut app, "1,2 Mrd\n90000\n");
    keys(&mut app, "<F5>");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Wie groß ist der Markt"),
        "the round's question: {screen}"
    );
    assert_snapshot!("round_presented_open_120x40", screen);
    keys(&mut app, "<C-r><C-r>");
    assert!(
        workshop(&app).presenting,
        "revealed without leaving the presentation"
    );
    assert_snapshot!("round_presented_revealed_120x40", render(&app, 120, 40));
    assert_snapshot!("round_presented_revealed_80x24", render(&app, 80, 24));
}

#[test]
fn a_dot_vote_on_the_goals_ranks_them() {
    let mut app = opened_at_nine(crate::common::example());
    let people: Vec<String> = session(&app)
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(people.len(), 4);
    keys(&mut app, "<PageDown><PageDown><C-o>");
    let Ask::Dots(vote) = &session(&app).steps[2].rounds[0].ask else {
        panic!("a vote on the goals");
    };
    assert_eq!(vote.dots, 3);
    let items = vote.items.clone();
    assert!(items.len() >= 3, "{items:?}");
    // The options are on the wall while the vote collects, numbered, without counts.
    let wall = render(&app, 120, 40);
    for (number, item) in items.iter().enumerate() {
        let title: String = item.chars().take(30).collect();
        assert!(
            wall.contains(&format!("{:>2}  {title}", number + 1)),
            "{item} on the wall:\n{wall}"
        );
    }
    // Two dots per person, one per goal at most.
    keys(&mut app, "<Left><C-s>");
    assert!(
        render(&app, 120, 40)
            .contains("Punktabfrage · 2 Punkte je Person · höchstens einer je Thema")
    );
    // Dots are typed as the goals' numbers, masked. Anna: goals 1 and 2. Jonas: 2 and 3.
    // Selin: 2. Frank: tries two on goal 3, then 1 and 3.
    for dots in ["1 2", "2,3", "2"] {
        keys(&mut app, "<Enter>");
        typing(&mut app, dots);
        let screen = render(&app, 120, 40);
        let typed = screen
            .lines()
            .find_map(|l| l.split_once("Punkte:").map(|(_, typed)| typed))
            .expect("the dots line");
        assert!(
            typed.contains("●●●") && !typed.contains(dots),
            "masked: {typed}"
        );
        keys(&mut app, "<Enter>");
    }
    keys(&mut app, "<Enter>");
    typing(&mut app, "3 3");
    keys(&mut app, "<Enter>");
    assert!(workshop(&app).answering.is_some(), "refused, still typing");
    assert!(render(&app, 120, 40).contains("nicht verstanden"));
    ctrl(&mut app, 'p');
    assert!(
        render(&app, 120, 40).contains("Mehr Punkte als erlaubt"),
        "the reason, to the voter"
    );
    ctrl(&mut app, 'u');
    typing(&mut app, "1 3");
    keys(&mut app, "<Enter>");
    let screen = render(&app, 120, 40);
    assert!(screen.contains("4 von 4 haben geantwortet"), "{screen}");
    keys(&mut app, "<Right>");
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("vor der ersten Stimme")
    );
    keys(&mut app, "<C-r><C-r>");
    let round = &session(&app).steps[2].rounds[0];
    assert_eq!(round.dot_counts()[..3], [2, 3, 2]);
    let ranking = round.ranking();
    assert_eq!(ranking[0], (items[1].clone(), 3));
    let screen = render(&app, 120, 40);
    let first = screen
        .find(&items[1][..20])
        .expect("the top goal on screen");
    let second = screen
        .find(&items[0][..20])
        .expect("the next goal on screen");
    assert!(first < second, "most dots first: {screen}");
    assert_snapshot!("vote_revealed_120x40", screen);
    assert_snapshot!("vote_revealed_80x24", render(&app, 80, 24));

    let handout = seam::export::markdown::handout(session(&app));
    assert!(
        handout.contains("### Runde: Welche Ziele zählen am meisten?"),
        "{handout}"
    );
    assert!(
        handout.contains(&format!("1. {} – 3", &items[1])),
        "{handout}"
    );
}

#[test]
fn a_dot_vote_on_the_parking_lot_starts_from_its_list() {
    let mut app = opened_at_nine(crate::common::example());
    keys(&mut app, "<C-l><C-o>");
    assert!(workshop(&app).round_shown);
    let round = session(&app).steps[workshop(&app).step]
        .rounds
        .last()
        .expect("a vote");
    let Ask::Dots(vote) = &round.ask else {
        panic!("a vote")
    };
    assert_eq!(vote.items, session(&app).parking_lot);
    // A second round while one is open is not asked: Ctrl-O goes to the open one.
    let vote_step = workshop(&app).step;
    keys(&mut app, "<Esc><PageDown><C-o>");
    assert_eq!(workshop(&app).step, vote_step, "back at the open vote");
    assert!(workshop(&app).round_shown);
    assert!(
        app.status.as_deref().unwrap_or("").contains("noch offen"),
        "{:?}",
        app.status
    );
    // Nobody voted: Del takes the vote back, and undo brings it again.
    let rounds = session(&app).steps[vote_step].rounds.len();
    keys(&mut app, "<Del>");
    assert_eq!(session(&app).steps[vote_step].rounds.len(), rounds - 1);
    assert!(
        session(&app).open_round().is_none(),
        "no round open any more"
    );
    keys(&mut app, "<C-z>");
    assert_eq!(session(&app).steps[vote_step].rounds.len(), rounds);
    // With an answer in, it is not taken back.
    keys(&mut app, "<C-o><Enter>");
    typing(&mut app, "1\n");
    keys(&mut app, "<Del>");
    assert_eq!(session(&app).steps[vote_step].rounds.len(), rounds);
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("schon Antworten")
    );
}

#[test]
fn a_step_without_a_question_of_its_own_asks_its_guiding_question_in_words() {
    let mut app = fresh();
    keys(&mut app, "<PageDown><C-o><Enter>");
    typing(&mut app, "Wir verdienen an Etiketten");
    assert!(!render(&app, 120, 40).contains("Etiketten"));
    keys(&mut app, "<Enter><C-r><C-r>");
    let step = &session(&app).steps[2];
    let round = &step.rounds[0];
    assert_eq!(round.ask, Ask::Text);
    assert_eq!(round.question, step.question.get(seam::model::Language::De));
    assert_eq!(
        round.answers[0].reply,
        Reply::Text("Wir verdienen an Etiketten".into())
    );
    assert!(render(&app, 120, 40).contains("Anna Berger (Marketing): Wir verdienen an Etiketten"));
}

#[test]
fn a_file_from_before_rounds_opens_with_its_hidden_estimates_revealed() {
    let old = crate::common::example_text().replacen(
        "agreed: Some(",
        "hidden: true,\n            agreed: Some(",
        1,
    );
    assert!(old.contains("hidden: true"));
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("alt.ron");
    std::fs::write(&path, &old).expect("write");
    let session = seam::store::read_session(&path).expect("an old file opens");
    let Exercise::Market(m) = &session.steps[0].result else {
        panic!("market")
    };
    assert_eq!(m.estimates.len(), 3, "its estimates count as revealed");
    seam::store::write_session(&path, &session).expect("save");
    let new = std::fs::read_to_string(&path).expect("read");
    assert!(
        !new.contains("hidden"),
        "the old switch is not written again"
    );
    assert_eq!(seam::store::read_session(&path).expect("reads"), session);
}

#[test]
fn an_anonymous_round_reveals_itself_when_all_have_answered() {
    let mut app = fresh();
    keys(&mut app, "<C-o><C-a><C-w>");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Euro und Stück · anonym · deckt auf, sobald alle geantwortet haben"),
        "the settings show before anybody answers: {screen}"
    );
    for (euros, units) in [("420 Mio", "35000"), ("1,2 Mrd", "90000")] {
        keys(&mut app, "<Enter>");
        typing(&mut app, &format!("{euros}\n{units}\n"));
    }
    assert!(
        session(&app).steps[1].rounds[0].is_open(),
        "one still to answer"
    );
    // Ctrl-A with two anonymous answers would ask again with names: it asks first, and
    // any other key leaves the round as it is.
    keys(&mut app, "<C-a>");
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("Mit Namen neu fragen?"),
        "{:?}",
        app.status
    );
    assert!(session(&app).steps[1].rounds[0].anonymous);
    keys(&mut app, "<Enter>");
    typing(&mut app, "900 Mio\n60000\n");
    let round = &session(&app).steps[1].rounds[0];
    assert!(round.revealed.is_some(), "revealed by itself");
    assert!(
        round.answers.iter().all(|a| a.who.is_nobody()),
        "no answer says whose it is"
    );
    assert_eq!(
        round.answered,
        ["Anna Berger", "Jonas Weber", "Selin Aydın"],
        "who answered, alphabetically, apart from the answers (in memory only)"
    );
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("#1") && !screen.contains("Anna Berger (Marketing)  "),
        "{screen}"
    );
    let sources: Vec<&str> = market(&app)
        .estimates
        .iter()
        .map(|e| e.source.as_str())
        .collect();
    assert_eq!(
        sources,
        ["#1", "#2", "#3"],
        "no names in the estimates either"
    );
    let handout = seam::export::markdown::handout(session(&app));
    assert!(handout.contains("| \\#3 | 1.200.000.000 € |"), "{handout}");
}

#[test]
fn esc_stores_a_blind_answer_and_quitting_keeps_the_one_being_typed() {
    let mut app = opened_at_nine(crate::common::example());
    // The business model asks for a few words.
    keys(&mut app, "<PageDown><C-o><Enter>");
    typing(&mut app, "Wir verkaufen Etiketten");
    keys(&mut app, "<Esc>");
    let answers = |app: &App| session(app).steps[1].rounds[0].answers.len();
    assert_eq!(answers(&app), 1, "Esc stores what is typed");
    assert!(workshop(&app).answering.is_none());
    // Ctrl-Z is the one key that drops an answer being typed, as it cancels any edit.
    keys(&mut app, "<Enter>");
    typing(&mut app, "nicht so");
    keys(&mut app, "<C-z>");
    assert_eq!(answers(&app), 1, "dropped");
    // Ctrl-C twice while typing: the answer is in the record before seam ends.
    keys(&mut app, "<Enter>");
    typing(&mut app, "Service zahlt mit");
    assert_eq!(keys(&mut app, "<C-c><C-c>"), vec![seam::app::Effect::Quit]);
    assert_eq!(answers(&app), 2, "stored on quitting");
    assert!(
        session(&app).steps[1].rounds[0].is_open(),
        "and not revealed"
    );
}

/// The whole room on the wall while a round collects: sixteen people at 80x24 and
/// thirty at 120x40, every name with its mark, none scrolled away.
#[test]
fn every_participant_is_on_the_wall_while_a_round_collects() {
    for (count, width, height) in [(12, 80, 24), (16, 80, 24), (30, 120, 40)] {
        let names: Vec<(String, String)> = (1..=count)
            .map(|n| (format!("Person {n:02}"), format!("Abt {}", n % 4)))
            .collect();
        let people: Vec<(&str, &str)> = names
            .iter()
            .map(|(name, department)| (name.as_str(), department.as_str()))
            .collect();
        let mut app = opened_at_nine(from_template("core", "voll", "Voller Raum", &people));
        keys(&mut app, "<C-o>");
        let screen = render(&app, width, height);
        for (name, _) in &names {
            assert!(
                screen.contains(name.as_str()),
                "{name} at {width}x{height}:\n{screen}"
            );
        }
        assert!(screen.contains(&format!("0 von {count}")), "{screen}");
        if count == 16 {
            assert_snapshot!("round_sixteen_people_80x24", screen);
        }
    }
}

#[test]
fn a_long_text_answer_hangs_in_under_itself_not_under_the_names() {
    use seam::model::Moment;
    use seam::model::round::{Ask, Reply, Round};
    let mut session = crate::common::example();
    let mut round = Round::new("Was bremst uns?".to_owned(), Ask::Text, Moment::now());
    let anna = session.participants[0].clone();
    round
        .answer(
            &anna,
            Reply::Text(
                "Leads kommen ohne Vorwarnung beim Vertrieb an, niemand weiß, wer sie zuerst anrufen soll, und die Rückmeldung verschwindet im CRM".to_owned(),
            ),
            Moment::now(),
        )
        .expect("taken");
    round.reveal(Moment::now()).expect("named");
    session.steps[1].rounds.push(round);
    let mut app = opened_at_nine(session);
    keys(&mut app, "<PageDown>");
    if let seam::app::Screen::Workshop(w) = &mut app.screen {
        w.round_shown = true;
    }
    let screen = render(&app, 80, 24);
    let lines: Vec<&str> = screen.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.contains("Anna Berger (Marketing): Leads kommen"))
        .unwrap_or_else(|| panic!("{screen}"));
    let next = lines[first + 1];
    let column = |line: &str, text: &str| line.find(text).map(|b| line[..b].chars().count());
    let name_at = column(lines[first], "Anna").expect("name");
    let rest = next
        .trim_start_matches('"')
        .split('│')
        .nth(1)
        .unwrap_or(next);
    let offset = next.chars().count() - rest.chars().count();
    let continued = rest.chars().take_while(|c| *c == ' ').count() + offset;
    assert!(
        continued > name_at,
        "the second line hangs in, under the answer, not under the names:\n{screen}"
    );
}

#[test]
fn a_refused_blind_answer_is_selected_so_the_next_try_replaces_it() {
    let mut session = from_template(
        "core",
        "refused",
        "Refused",
        &[("Anna Berger", "Marketing"), ("Jonas Weber", "Sales")],
    );
    session.language = seam::model::Language::En;
    let mut app = opened_at_nine(session);
    keys(&mut app, "<PageDown><C-o><Enter>");
    typing(&mut app, "1 bn\n35.000\n");
    let editor = workshop(&app).editor.as_ref().expect("still answering");
    assert_eq!(
        editor.error.as_deref(),
        Some("Ambiguous: did you mean 35 or 35,000?")
    );
    typing(&mut app, "35,000\n");
    let round = &workshop(&app).session.steps[1].rounds[0];
    assert_eq!(round.answers.len(), 1, "stored at the second try");
    match &round.answers[0].reply {
        seam::model::Reply::Amount { units, .. } => {
            assert_eq!(
                units.map(seam::model::Units::count),
                Some(35_000),
                "not 35.00035,000"
            );
        }
        other => panic!("an amount, not {other:?}"),
    }
}
