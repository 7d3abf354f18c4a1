//! The mission: the narrative and the departments' answers, typed in, checked, drawn
//! and exported.

use crate::common::*;
use insta::assert_snapshot;
use seam::exercises::Exercise;
use seam::exercises::mission::Mission;
use seam::record::Session;

fn session() -> Session {
    from_template(
        "full",
        "mission-test",
        "Ganzer Tag",
        &[
            ("Anna Berger", "Marketing"),
            ("Jonas Weber", "Vertrieb"),
            ("Selin Aydın", "Service"),
        ],
    )
}

fn mission(session: &Session) -> &Mission {
    match &session.steps[1].result {
        Exercise::Mission(m) => m,
        other => panic!("after the pulse comes the mission, not {other:?}"),
    }
}

#[test]
fn the_room_tells_the_mission_and_each_department_answers() {
    let mut app = workshop_app(session());
    keys(&mut app, "<PageDown><Enter>");
    typing(&mut app, "20 % Wachstum");
    keys(&mut app, "<Esc>");
    assert!(
        render(&app, 80, 24).contains("Kennzahl, kein Auftrag"),
        "a number is not a mission"
    );
    keys(&mut app, "<Enter>");
    ctrl(&mut app, 'u');
    typing(
        &mut app,
        "Wir sorgen dafür, dass jede Verpackung richtig etikettiert ist.",
    );
    keys(&mut app, "<Esc><Tab><Ins><Tab>");
    typing(&mut app, "Etiketten, die im Kühlhaus halten");
    keys(&mut app, "<Enter><Esc><Ins><Tab>");
    typing(&mut app, "Lieferung in 24 Stunden");
    keys(&mut app, "<Enter><Esc>");
    let m = mission(&workshop(&app).session);
    assert!(m.narrative.starts_with("Wir sorgen dafür"));
    let answers: Vec<(&str, &str)> = m
        .needs
        .iter()
        .map(|n| (n.department.as_str(), n.answer.as_str()))
        .collect();
    assert_eq!(
        answers,
        [
            ("Marketing", "Etiketten, die im Kühlhaus halten"),
            ("Vertrieb", "Lieferung in 24 Stunden")
        ],
        "rows go round the departments"
    );
    assert_snapshot!("mission_80x24", render(&app, 80, 24));
    assert_snapshot!("mission_120x40", render(&app, 120, 40));
    let handout = seam::export::markdown::handout(&workshop(&app).session);
    assert!(
        handout.contains("**Warum es uns gibt:** Wir sorgen dafür"),
        "{handout}"
    );
    assert!(
        handout.contains("| Vertrieb | Lieferung in 24 Stunden |"),
        "{handout}"
    );
    let csv = seam::export::csv::table(&workshop(&app).session, "needs").expect("needs");
    assert!(
        csv.contains("2;Marketing;Etiketten, die im Kühlhaus halten"),
        "{csv}"
    );
}

#[test]
fn a_sentence_typed_on_an_empty_table_or_parking_lot_makes_its_first_row() {
    let mut app = workshop_app(session());
    // The mission's needs, empty: typed at once, without Ins first.
    keys(&mut app, "<PageDown><Tab>");
    assert!(render(&app, 120, 40).contains("(0)"), "the table is empty");
    typing(&mut app, "Vertrieb: schnelle Angebote, binnen 24 Stunden");
    keys(&mut app, "<Enter><Esc>");
    let needs = &mission(&workshop(&app).session).needs;
    assert_eq!(needs.len(), 1, "{needs:?}");
    assert_eq!(
        needs[0].answer,
        "Vertrieb: schnelle Angebote, binnen 24 Stunden"
    );
    assert_eq!(
        needs[0].department, "Marketing",
        "the department filled in stays"
    );
    // Typed on that row again: onto the answer, with a space, never into the department.
    typing(&mut app, "und verlässlich");
    keys(&mut app, "<Enter><Esc>");
    let needs = &mission(&workshop(&app).session).needs;
    assert_eq!(needs[0].department, "Marketing");
    assert_eq!(
        needs[0].answer,
        "Vertrieb: schnelle Angebote, binnen 24 Stunden und verlässlich"
    );
    // The parking lot, empty: the first topic is what was typed.
    keys(&mut app, "<C-l>");
    typing(&mut app, "Wer entscheidet über Messen?");
    keys(&mut app, "<Enter>");
    assert_eq!(
        workshop(&app).session.parking_lot,
        ["Wer entscheidet über Messen?"]
    );
}
