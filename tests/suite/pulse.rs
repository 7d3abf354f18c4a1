//! The collaboration pulse: everybody places the organisation blind on the four-step
//! scale; the reveal shows the distribution and the median; pairs of departments get
//! their own reading; a follow-up compares with last time.

use crate::common::*;
use insta::assert_snapshot;
use seam::app::App;
use seam::exercises::Exercise;
use seam::exercises::pulse::Pulse;
use seam::model::{Ask, Closeness};
use seam::record::Session;

const PEOPLE: [(&str, &str); 3] = [
    ("Anna Berger", "Marketing"),
    ("Jonas Weber", "Vertrieb"),
    ("Selin Aydın", "Service"),
];

fn pulse(session: &Session) -> &Pulse {
    match &session.steps[0].result {
        Exercise::Pulse(p) => p,
        other => panic!("the core workshop starts with the pulse, not {other:?}"),
    }
}

/// Each of the three places it: the step's number typed, masked.
fn everybody_places(app: &mut App, steps: &[&str]) {
    for step in steps {
        keys(app, "<Enter>");
        typing(app, step);
        let screen = render(app, 120, 40);
        let typed = screen
            .lines()
            .find_map(|l| l.split_once("Stufe:").map(|(_, typed)| typed))
            .expect("the typed line");
        assert!(
            typed.contains("●●●") && !typed.contains(step),
            "masked: {typed}"
        );
        keys(app, "<Enter>");
    }
}

#[test]
fn the_room_places_the_organisation_blind_and_sees_the_spread() {
    let mut app = opened_at_nine(from_template("core", "puls", "Puls", &PEOPLE));
    keys(&mut app, "<C-o>");
    let round = &workshop(&app).session.steps[0].rounds[0];
    assert_eq!(round.ask, Ask::Scale);
    assert!(
        round.question.starts_with("Wie arbeiten wir zusammen"),
        "{}",
        round.question
    );
    everybody_places(&mut app, &["1", "3", "2"]);
    assert!(render(&app, 120, 40).contains("3 von 3 haben geantwortet"));
    keys(&mut app, "<C-r><C-r>");
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Median: nebeneinander"), "{screen}");
    assert_snapshot!("pulse_revealed_120x40", screen);
    assert_snapshot!("pulse_revealed_80x24", render(&app, 80, 24));
    let p = pulse(&workshop(&app).session);
    assert_eq!(p.readings.len(), 3);
    assert_eq!(Pulse::median(&p.readings, ""), Some(Closeness::SideBySide));
    keys(&mut app, "<Esc>");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("die Einschätzungen reichen von „gegeneinander“ bis „miteinander“"),
        "{screen}"
    );
    assert_snapshot!("pulse_120x40", screen);
    assert_snapshot!("pulse_80x24", render(&app, 80, 24));
}

#[test]
fn a_pair_of_departments_gets_its_own_reading_in_the_handout_and_the_table() {
    let mut app = opened_at_nine(from_template("core", "puls", "Puls", &PEOPLE));
    keys(&mut app, "<C-o>");
    everybody_places(&mut app, &["3", "3", "4"]);
    keys(&mut app, "<C-r><C-r><Esc><Enter>");
    typing(&mut app, "Marketing ↔ Vertrieb");
    keys(&mut app, "<Enter><C-o>");
    assert!(workshop(&app).round_shown, "the last result first");
    keys(&mut app, "<C-o>");
    let round = workshop(&app).session.steps[0]
        .rounds
        .last()
        .expect("a second round");
    assert!(
        round.question.contains("Marketing ↔ Vertrieb"),
        "{}",
        round.question
    );
    // All three: an anonymous round is revealed with at least three answers.
    everybody_places(&mut app, &["2", "1", "1"]);
    keys(&mut app, "<C-r><C-r><Esc>");
    let p = pulse(&workshop(&app).session);
    assert_eq!(Pulse::groups(&p.readings), ["", "Marketing ↔ Vertrieb"]);
    let handout = seam::export::markdown::handout(&workshop(&app).session);
    assert!(handout.contains("**Die ganze Organisation**"), "{handout}");
    assert!(handout.contains("**Marketing ↔ Vertrieb**"), "{handout}");
    assert!(handout.contains("Median: miteinander"), "{handout}");
    assert!(handout.contains("Median: gegeneinander"), "{handout}");
    let csv = seam::export::csv::table(&workshop(&app).session, "pulse").expect("the pulse table");
    // The pulse is anonymous: the table says how many placed where, never who.
    assert!(
        csv.contains("Marketing ↔ Vertrieb;#1;1;gegeneinander"),
        "{csv}"
    );
    for (name, _) in PEOPLE {
        assert!(!csv.contains(name), "{csv}");
    }
    assert!(!csv.contains(";Vertrieb;"), "no department as who: {csv}");
    let html = seam::export::html::handout(&workshop(&app).session);
    assert!(
        html.contains("Zusammenarbeit: Marketing ↔ Vertrieb"),
        "a chart per group"
    );
}

#[test]
fn a_follow_up_takes_the_pulse_again_and_compares() {
    let mut app = opened_at_nine(from_template("core", "puls", "Puls", &PEOPLE));
    keys(&mut app, "<C-o>");
    everybody_places(&mut app, &["3", "3", "3"]);
    keys(&mut app, "<C-r><C-r>");
    let dir = tempfile::tempdir().expect("tempdir");
    let earlier = dir.path().join("earlier.ron");
    seam::store::write_session(&earlier, &workshop(&app).session).expect("saved");
    let path = seam_ok(
        dir.path(),
        &[
            "new",
            "--follow-up",
            earlier.to_str().expect("utf-8"),
            "--no-open",
        ],
    );
    let session = seam::store::read_session(std::path::Path::new(path.trim())).expect("reads");
    assert_eq!(
        pulse(&session).earlier.len(),
        3,
        "last time's placings came along"
    );
    let mut app = opened_at_nine(session);
    keys(&mut app, "<C-o>");
    everybody_places(&mut app, &["2", "2", "3"]);
    keys(&mut app, "<C-r><C-r><Esc>");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Median: nebeneinander (letztes Mal: miteinander)"),
        "{screen}"
    );
    assert!(screen.contains("schlechter als letztes Mal"), "{screen}");
}
