//! Next steps: one key turns any item of the day into a task (what, who, by when) on the
//! closing step; leaving its form goes back; the handout and a CSV table list them.

use crate::common::*;
use insta::assert_snapshot;
use seam::exercises::Exercise;
use seam::exercises::next_steps::NextSteps;
use seam::record::Session;

fn tasks(session: &Session) -> &NextSteps {
    session
        .steps
        .iter()
        .find_map(|s| match &s.result {
            Exercise::NextSteps(n) => Some(n),
            _ => None,
        })
        .expect("a next-steps step")
}

fn core() -> seam::app::App {
    workshop_app(from_template(
        "core",
        "schritte",
        "Schritte",
        &[("Anna Berger", "Marketing"), ("Jonas Weber", "Vertrieb")],
    ))
}

#[test]
fn a_goal_becomes_a_next_step_and_the_room_is_back_at_the_goals() {
    let mut app = core();
    keys(&mut app, "<PageDown><PageDown><PageDown><Ins>");
    typing(&mut app, "Weniger Stillstand beim Kunden");
    keys(&mut app, "<Enter><Esc>");
    assert_eq!(workshop(&app).step, 3, "on the goals");
    keys(&mut app, "<C-n>");
    assert_eq!(workshop(&app).step, 5, "on the next steps, typing who");
    assert!(workshop(&app).editor.is_some());
    typing(&mut app, "Selin Aydın");
    keys(&mut app, "<Tab>");
    typing(&mut app, "15.01.2027");
    keys(&mut app, "<Enter>");
    assert_snapshot!("next_step_form_120x40", render(&app, 120, 40));
    keys(&mut app, "<Esc>");
    assert_eq!(
        workshop(&app).step,
        3,
        "Esc goes back to where the room was"
    );
    let task = &tasks(&workshop(&app).session).tasks[0];
    assert_eq!(task.what, "Weniger Stillstand beim Kunden");
    assert_eq!(task.who, "Selin Aydın");
    assert_eq!(task.by, Some(jiff::civil::date(2027, 1, 15)));
    assert_eq!(
        task.from, "Gemeinsame Ziele: Ziel 1",
        "which goal, by its number"
    );
    keys(&mut app, "<PageDown><PageDown>");
    assert_snapshot!("next_steps_120x40", render(&app, 120, 40));
    assert_snapshot!("next_steps_80x24", render(&app, 80, 24));
}

#[test]
fn a_parking_lot_topic_and_a_vote_become_next_steps_and_leave_in_the_handout() {
    let mut app = core();
    keys(&mut app, "<C-l><Ins>");
    typing(&mut app, "Messeauftritte klären");
    keys(&mut app, "<Enter><C-n>");
    typing(&mut app, "Vertrieb");
    keys(&mut app, "<Enter><Esc>");
    let list = &tasks(&workshop(&app).session).tasks;
    assert_eq!(list[0].what, "Messeauftritte klären");
    assert_eq!(list[0].from, "Themenspeicher");
    assert_eq!(workshop(&app).step, 0, "back on the first step");

    // A vote on two goals, revealed: its winner becomes a next step.
    keys(&mut app, "<PageDown><PageDown><PageDown><Ins>");
    typing(&mut app, "Mehr Leads");
    keys(&mut app, "<Enter><Esc><Ins>");
    typing(&mut app, "Weniger Stillstand");
    keys(&mut app, "<Enter><Esc><C-o><Enter>");
    typing(&mut app, "2 2");
    keys(&mut app, "<Enter><Enter>");
    typing(&mut app, "1 2");
    keys(&mut app, "<Enter><C-r><C-r><C-n>");
    let list = &tasks(&workshop(&app).session).tasks;
    assert_eq!(list[1].what, "Weniger Stillstand");
    assert_eq!(
        list[1].from,
        "Gemeinsame Ziele: Welche Ziele zählen am meisten?"
    );
    keys(&mut app, "<Esc><Esc>");

    let handout = seam::export::markdown::handout(&workshop(&app).session);
    assert!(handout.contains("## 6. Nächste Schritte"), "{handout}");
    assert!(
        handout.contains("| Messeauftritte klären | Vertrieb | – | Themenspeicher |"),
        "{handout}"
    );
    let csv = seam::export::csv::table(&workshop(&app).session, "next_steps").expect("a table");
    assert!(
        csv.contains("Messeauftritte klären;Vertrieb;;Themenspeicher"),
        "{csv}"
    );
    keys(&mut app, "<PageDown><PageDown>");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Schritt 2: Niemand ist genannt"),
        "{screen}"
    );
}

#[test]
fn a_session_without_a_next_steps_step_says_so() {
    let mut app = workshop_app(example());
    keys(&mut app, "<C-n>");
    assert_eq!(workshop(&app).step, 0);
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("keinen Schritt „Nächste Schritte“")
    );
}

#[test]
fn a_revealed_estimate_becomes_a_next_step_with_what_the_room_found() {
    let mut app = workshop_app(from_template(
        "core",
        "found",
        "Gefunden",
        &[("Anna Berger", "Marketing"), ("Jonas Weber", "Vertrieb")],
    ));
    keys(&mut app, "<PageDown><C-o><Enter>");
    typing(&mut app, "400 Mio\n30000\n");
    keys(&mut app, "<Enter>");
    typing(&mut app, "600 Mio\n50000\n");
    keys(&mut app, "<C-r><C-r><C-n>");
    let list = &tasks(&workshop(&app).session).tasks;
    let task = list.last().expect("a next step");
    assert!(
        task.what.contains("Median 500 Mio. €"),
        "the result, not only the question: {}",
        task.what
    );
}
