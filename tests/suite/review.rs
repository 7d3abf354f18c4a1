//! The customer review: a case typed in, checked, drawn and exported.

use crate::common::*;
use insta::assert_snapshot;
use seam::exercises::Exercise;
use seam::exercises::customer_review::CustomerReview;
use seam::record::Session;

fn session() -> Session {
    from_template("full", "review-test", "Ganzer Tag", &[])
}

fn review(session: &Session) -> &CustomerReview {
    session
        .steps
        .iter()
        .find_map(|s| match &s.result {
            Exercise::CustomerReview(r) => Some(r),
            _ => None,
        })
        .expect("the full day has a customer review")
}

#[test]
fn a_case_is_told_learned_from_and_changed() {
    let mut app = workshop_app(session());
    keys(&mut app, &"<PageDown>".repeat(10));
    keys(&mut app, "<Ins>");
    typing(&mut app, "Drucker stand drei Tage beim Molkereikunden");
    keys(&mut app, "<Tab>");
    typing(&mut app, "Service, Vertrieb");
    keys(&mut app, "<Tab>");
    typing(&mut app, "Ersatzteile waren nicht vor Ort");
    keys(&mut app, "<Enter><Esc>");
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Fall 1: was ändern wir?"), "{screen}");
    keys(&mut app, "<Enter><Down><Down><Down><Enter>");
    typing(&mut app, "Ersatzteilpaket bei jedem Verkauf");
    keys(&mut app, "<Enter><Esc>");
    let case = &review(&workshop(&app).session).cases[0];
    assert_eq!(case.touched_by, ["Service", "Vertrieb"]);
    assert_eq!(case.change, "Ersatzteilpaket bei jedem Verkauf");
    assert_snapshot!("review_80x24", render(&app, 80, 24));
    assert_snapshot!("review_120x40", render(&app, 120, 40));
    let session = &workshop(&app).session;
    let handout = seam::export::markdown::handout(session);
    assert!(
        handout.contains("| Drucker stand drei Tage beim Molkereikunden | Service, Vertrieb | Ersatzteile waren nicht vor Ort | Ersatzteilpaket bei jedem Verkauf |"),
        "{handout}"
    );
    let csv = seam::export::csv::table(session, "cases").expect("cases");
    assert!(csv.contains("Ersatzteilpaket bei jedem Verkauf"), "{csv}");
}
