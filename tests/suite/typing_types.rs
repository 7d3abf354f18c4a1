//! Typing always types: whole runs of German and English text — letters, umlauts,
//! digits, spaces, punctuation and pasted line breaks, key by key as a terminal without
//! bracketed paste delivers them — typed on every screen of a session change nothing but
//! what is focused there. No row, entry, round, answer, step, language, theme or undo
//! taken back; seam never quits. Fixed seeds, so a CI run is the same run every time.

use crate::common::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use seam::app::fields::{self, Field};
use seam::app::keymap::{Chord, KeyCode, KeyModifiers};
use seam::app::{App, Effect, Msg, Overlay};
use seam::model::Language;
use seam::record::Session;

/// Where the typing happens, and the keys that lead there from the first step.
#[derive(Debug, Clone, Copy)]
enum Screen {
    /// A field of a step page (the market's definition, the business model's sentence).
    StepField {
        step: usize,
    },
    /// The estimates table with a row selected.
    Table,
    /// A row of the goals open as a form, on a figure.
    RowFormFigure,
    /// A row of the estimates open as a form, on its source.
    RowFormText,
    /// A round's list of people, collecting (euros and units).
    Round,
    /// A dot vote on the goals, collecting.
    Vote,
    Participants,
    ParkingLot,
}

const SCREENS: [Screen; 9] = [
    Screen::StepField { step: 0 },
    Screen::StepField { step: 1 },
    Screen::Table,
    Screen::RowFormFigure,
    Screen::RowFormText,
    Screen::Round,
    Screen::Vote,
    Screen::Participants,
    Screen::ParkingLot,
];

fn open(screen: Screen, language: Language) -> App {
    let mut session = example();
    session.language = language;
    let mut app = workshop_app(session);
    let way = match screen {
        Screen::StepField { step } => "<PageDown>".repeat(step),
        Screen::Table => "<Tab><Tab><Down>".to_owned(),
        Screen::RowFormFigure => "<PageDown><PageDown><Enter><Down><Down>".to_owned(),
        Screen::RowFormText => "<Tab><Tab><Enter>".to_owned(),
        Screen::Round => "<C-o>".to_owned(),
        Screen::Vote => "<PageDown><PageDown><C-o>".to_owned(),
        Screen::Participants => "<C-g><Down>".to_owned(),
        Screen::ParkingLot => "<C-l>".to_owned(),
    };
    keys(&mut app, &way);
    app
}

/// What is said in a workshop, in both languages, with the marks people type.
const WORDS: &[&str] = &[
    "das", "ist", "nur", "Service", "Vertrieb", "Größe", "Märkte", "über", "Öl", "Übung", "Straße",
    "we", "sell", "ink", "on", "paper", "quality", "leads", "run", "open", "undo", "quit",
    "reveal", "delete", "add", "next", "1,2", "Mrd.", "€", "62", "%", "900", "Mio", "Tsd.", "2027",
    "Q4", "?", ".", ",", ";", ":", "!", "-", "+", "(", ")", "/", "'", "\"", "@", "#", "*", "=",
    "<", ">", "a", "d", "u", "o", "r", "n", "p", "q", "v", "l", "L", "J", "P", "N", "T", "B", "x",
    "t", "\n",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(WORDS), prop::bool::ANY), 1..24).prop_map(|words| {
        let mut out = String::new();
        for (word, space) in words {
            out.push_str(word);
            if space {
                out.push(' ');
            }
        }
        out
    })
}

/// The session with the focused field's text (and, in a round, the answers) set back
/// to what they were: what must then be equal to before.
fn without_the_focus(after: &Session, before: &Session, step: usize, touched: &[Field]) -> Session {
    let mut copy = after.clone();
    for field in touched {
        match field {
            // The selected person's blind answer is what is typed on a round.
            Field::Answer(_) => {
                for (mine, theirs) in copy.steps.iter_mut().zip(&before.steps) {
                    for (round, was) in mine.rounds.iter_mut().zip(&theirs.rounds) {
                        round.answers.clone_from(&was.answers);
                    }
                }
            }
            Field::Parking(_) | Field::Participant(_) => {
                copy.parking_lot.clone_from(&before.parking_lot);
                copy.participants.clone_from(&before.participants);
            }
            _ => {
                let l = before.language;
                let text = fields::read(before, step, *field);
                let kind = fields::kind(before, step, *field);
                let value = fields::parse(kind, &text, l).expect("what was there reads");
                fields::write(&mut copy, step, *field, &value);
            }
        }
    }
    copy.updated = before.updated;
    copy
}

fn type_on(screen: Screen, language: Language, text: &str) -> Result<(), TestCaseError> {
    let mut app = open(screen, language);
    let w = workshop(&app);
    let before = w.session.clone();
    let (step, overlay, presenting, blank) = (w.step, app.overlay, w.presenting, w.blank);
    let shown = w.round_shown;
    let undo_before = w.undo.len();
    let mut touched: Vec<Field> = Vec::new();
    for c in text.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        let effect = app.update(Msg::Key(Chord::new(code, KeyModifiers::NONE)));
        prop_assert!(effect != Some(Effect::Quit), "quit by {c:?}");
        prop_assert!(
            !matches!(
                effect,
                Some(Effect::Export | Effect::OpenRoom | Effect::CloseRoom)
            ),
            "{c:?} did {effect:?}"
        );
        if let Some(editor) = &workshop(&app).editor
            && !touched.contains(&editor.field)
        {
            touched.push(editor.field);
        }
    }
    let w = workshop(&app);
    prop_assert_eq!(w.step, step, "the step");
    prop_assert_eq!(app.overlay, overlay, "the overlay");
    prop_assert_eq!((w.presenting, w.blank), (presenting, blank));
    prop_assert!(app.palette.is_none() && app.overlay != Some(Overlay::Help));
    prop_assert_eq!(w.round_shown, shown, "the round on the wall");
    prop_assert!(w.undo.len() >= undo_before, "nothing undone");
    prop_assert!(w.redo.is_empty(), "nothing undone to redo");
    let answers_only = touched.iter().all(|f| matches!(f, Field::Answer(_)));
    prop_assert!(
        touched.len() <= 1 || answers_only,
        "text landed in more than the focused field: {touched:?}"
    );
    let after = &w.session;
    prop_assert_eq!(after.language, before.language);
    prop_assert_eq!(after.theme, before.theme);
    prop_assert_eq!(after.current_step, before.current_step);
    prop_assert_eq!(after.parking_lot.len(), before.parking_lot.len());
    prop_assert_eq!(after.participants.len(), before.participants.len());
    for (now, was) in after.steps.iter().zip(&before.steps) {
        prop_assert_eq!(
            now.rounds.len(),
            was.rounds.len(),
            "no round opened or closed"
        );
        for (round, old) in now.rounds.iter().zip(&was.rounds) {
            prop_assert_eq!(round.is_open(), old.is_open(), "no round revealed");
            prop_assert_eq!(round.anonymous, old.anonymous);
            prop_assert_eq!(&round.ask, &old.ask, "the vote's rules");
            for answer in &old.answers {
                prop_assert!(
                    round.answer_of(&answer.who).is_some(),
                    "{}'s answer was undone",
                    answer.who.name
                );
            }
        }
    }
    prop_assert_eq!(&without_the_focus(after, &before, step, &touched), &before);
    Ok(())
}

#[test]
fn typing_on_every_screen_changes_only_the_focused_field() {
    let config = Config {
        cases: 480,
        failure_persistence: None,
        ..Config::default()
    };
    let rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let cases = (0..SCREENS.len(), prop::bool::ANY, text());
    let result = runner.run(&cases, |(screen, english, text)| {
        let language = if english { Language::En } else { Language::De };
        type_on(SCREENS[screen], language, &text)
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

/// The cases the issue names, spelled out.
#[test]
fn the_sentences_from_the_room_type_where_they_are_typed() {
    // On the estimates table: "das ist" deleted a row and added another.
    type_on(Screen::Table, Language::De, "das ist gut").expect("the table");
    // On a round's list with answers in: "nur Service" undid Anna's answer.
    let mut app = open(Screen::Round, Language::De);
    typing(&mut app, "1 Mrd\n80000\n");
    typing(&mut app, "nur Service");
    let session = &workshop(&app).session;
    let anna = &session.participants[0];
    assert_eq!(anna.name, "Anna Berger");
    let round = &session.steps[0].rounds[0];
    assert!(round.answer_of(anna).is_some(), "Anna's answer stays");
    assert!(round.is_open());
    assert!(workshop(&app).answering.is_some(), "Jonas is answering");
    // The goal's baseline "62 %" reads, and Tab waits while a value does not.
    let mut app = open(Screen::RowFormFigure, Language::De);
    keys(&mut app, "<Enter><C-u>");
    typing(&mut app, "62 %");
    keys(&mut app, "<Tab>");
    let goal = &goals(&workshop(&app).session).goals[0];
    assert_eq!(goal.baseline, Some(62.into()));
    typing(&mut app, "75 Punkte");
    keys(&mut app, "<Tab>");
    let w = workshop(&app);
    assert!(
        w.editor.is_some(),
        "the target that does not read keeps the focus"
    );
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("Tab geht weiter"),
        "{:?}",
        app.status
    );
}

fn goals(session: &Session) -> &seam::exercises::shared_goals::SharedGoals {
    match &session.steps[2].result {
        seam::exercises::Exercise::SharedGoals(goals) => goals,
        _ => panic!("step 3 is shared goals"),
    }
}
