//! The follow-up session, weeks later: `seam new --follow-up` carries the example
//! workshop's promises over, the room says what became of each, and the handout shows
//! then and now side by side.

use crate::common::*;
use insta::assert_snapshot;
use seam::exercises::Exercise;
use seam::exercises::follow_up::{FollowUp, Status};
use seam::record::Session;

fn follow_up(session: &Session) -> &FollowUp {
    session
        .steps
        .iter()
        .find_map(|s| match &s.result {
            Exercise::FollowUp(f) => Some(f),
            _ => None,
        })
        .expect("a follow-up step")
}

/// `seam new --follow-up` on the shipped example, as a user types it.
fn started_from_the_example() -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().expect("tempdir");
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/workshops/examples/kessler.ron"
    );
    let path = seam_ok(dir.path(), &["new", "--follow-up", example, "--no-open"]);
    let session = seam::store::read_session(std::path::Path::new(path.trim())).expect("reads");
    (dir, session)
}

#[test]
fn the_promises_of_last_time_are_carried_over() {
    let (_dir, session) = started_from_the_example();
    let previous = example();
    assert_eq!(session.template, "follow-up");
    assert_eq!(session.participants, previous.participants);
    assert!(!previous.parking_lot.is_empty(), "the example parks topics");
    assert_eq!(
        session.parking_lot, previous.parking_lot,
        "the topics parked last time are still open"
    );
    assert!(
        session.title.starts_with("Nachtreffen: Kessler"),
        "{}",
        session.title
    );
    let f = follow_up(&session);
    assert_eq!(
        f.follows, previous.id,
        "the file names the session it follows"
    );
    let carried: Vec<(&str, &str)> = f
        .items
        .iter()
        .map(|c| (c.from.as_str(), c.item.as_str()))
        .collect();
    assert_eq!(
        carried,
        [
            (
                "Gemeinsame Ziele",
                "Mehr vertriebsreife Leads aus Bestandskunden"
            ),
            (
                "Gemeinsame Ziele",
                "Verbrauchsmaterial-Quote bei Neukunden steigern"
            ),
            ("Gemeinsame Ziele", "Weniger Stillstand beim Kunden"),
            (
                "Vereinbarungen",
                "Marketing → Vertrieb: vertriebsreife Leads"
            ),
            (
                "Vereinbarungen",
                "Vertrieb → Marketing: Rückmeldung zu jedem Lead"
            ),
            (
                "Vereinbarungen",
                "Service → Marketing: Hinweise auf Erweiterungsbedarf aus Service-Einsätzen"
            ),
        ]
    );
    assert!(f.items[0].then.contains("Zielwert: "), "{:?}", f.items[0]);
    assert!(f.items.iter().all(|c| c.status == Status::Open));
}

#[test]
fn the_room_says_what_became_of_it_and_the_handout_shows_then_and_now() {
    let (_dir, session) = started_from_the_example();
    let mut app = workshop_app(session);
    // After the pulse, the review. The first goal: partly kept, with its value now.
    keys(
        &mut app,
        "<PageDown><Enter><Down><Down><Down><Space><Space><Down><Enter>",
    );
    typing(&mut app, "48");
    keys(&mut app, "<Enter><Down><Enter>");
    typing(&mut app, "Kampagne startete erst im Februar");
    keys(&mut app, "<Enter><Esc>");
    let first = &follow_up(&workshop(&app).session).items[0];
    assert_eq!(
        (first.status, first.now.as_str(), first.note.as_str()),
        (Status::Partly, "48", "Kampagne startete erst im Februar")
    );
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Folgt auf: Kessler Etikettiertechnik"),
        "{screen}"
    );
    assert!(
        screen.contains("Zusage 2: noch nicht besprochen"),
        "{screen}"
    );
    assert_snapshot!("follow_up_80x24", render(&app, 80, 24));
    assert_snapshot!("follow_up_120x40", screen);
    let handout = seam::export::markdown::handout(&workshop(&app).session);
    let row = handout
        .lines()
        .find(|l| l.contains("Mehr vertriebsreife Leads aus Bestandskunden"))
        .expect("the goal in the handout");
    assert!(
        row.contains("Zielwert: ")
            && row.contains("| teilweise | 48 | Kampagne startete erst im Februar |"),
        "then and now side by side: {row}"
    );
    let csv = seam::export::csv::table(&workshop(&app).session, "follow_up").expect("table");
    assert!(csv.contains(";teilweise;48;"), "{csv}");
}

#[test]
fn a_follow_up_of_a_follow_up_asks_again_about_what_was_not_kept() {
    let (_dir, mut session) = started_from_the_example();
    let today = session.created.date();
    if let Some(Exercise::FollowUp(f)) = session
        .steps
        .iter_mut()
        .map(|s| &mut s.result)
        .find(|r| matches!(r, Exercise::FollowUp(_)))
    {
        f.items[0].status = Status::Missed;
        f.items[1].status = Status::Kept;
        f.items[2].status = Status::Dropped;
    }
    let next = seam::record::follow::carried_over(&session, today);
    let items: Vec<&str> = next.items.iter().map(|c| c.item.as_str()).collect();
    assert_eq!(
        items[0], "Mehr vertriebsreife Leads aus Bestandskunden",
        "missed comes round again"
    );
    assert_eq!(
        items.len(),
        4,
        "kept and dropped are settled; the three never talked about come again: {items:?}"
    );
}

#[test]
fn a_goal_that_also_became_a_next_step_is_asked_about_once() {
    fixed_clock();
    let mut previous = seam::workshops::full_day_example().expect("full day");
    let goal = "Weniger Stillstand beim Kunden";
    let tasks = previous
        .steps
        .iter_mut()
        .find_map(|s| match &mut s.result {
            Exercise::NextSteps(n) => Some(n),
            _ => None,
        })
        .expect("a next-steps step");
    tasks.tasks[0].what = goal.to_owned();
    tasks.tasks[0].who = "Selin Aydın".to_owned();
    let today = jiff::civil::date(2027, 1, 20);
    let f = seam::record::follow::carried_over(&previous, today);
    let about: Vec<&seam::exercises::follow_up::Carried> =
        f.items.iter().filter(|c| c.item == goal).collect();
    assert_eq!(about.len(), 1, "once: {:?}", f.items);
    assert_eq!(about[0].from, "Gemeinsame Ziele");
    assert!(
        about[0].then.contains("Zielwert: ")
            && about[0].then.contains("Nächste Schritte: Wer: Selin Aydın"),
        "the goal's target and the next step's who: {}",
        about[0].then
    );
}
