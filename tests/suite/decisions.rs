//! Decision rights: typed in, checked (exactly one decides), drawn and exported.

use crate::common::*;
use insta::assert_snapshot;
use seam::exercises::Exercise;
use seam::exercises::decision_rights::DecisionRights;
use seam::record::Session;

fn session() -> Session {
    from_template("full", "decisions-test", "Ganzer Tag", &[])
}

fn rights(session: &Session) -> &DecisionRights {
    session
        .steps
        .iter()
        .find_map(|s| match &s.result {
            Exercise::DecisionRights(d) => Some(d),
            _ => None,
        })
        .expect("the full day has decision rights")
}

#[test]
fn the_room_says_who_decides_and_exactly_one_does() {
    let mut app = workshop_app(session());
    keys(&mut app, &"<PageDown>".repeat(8));
    keys(&mut app, "<Ins>");
    typing(&mut app, "Preise für Verbrauchsmaterial");
    keys(&mut app, "<Tab>");
    typing(&mut app, "Vertrieb, Marketing");
    keys(&mut app, "<Tab>");
    typing(&mut app, "Finanzen");
    keys(&mut app, "<Enter><Esc>");
    let screen = render(&app, 80, 24);
    assert!(
        screen.contains("Vertrieb, Marketing entscheiden"),
        "{screen}"
    );
    keys(&mut app, "<Enter><Down><Enter>");
    ctrl(&mut app, 'u');
    typing(&mut app, "Vertrieb");
    keys(&mut app, "<Enter><Esc>");
    let d = &rights(&workshop(&app).session).decisions[0];
    assert_eq!(d.decides, ["Vertrieb"]);
    assert_eq!(d.consulted, ["Finanzen"]);
    assert_snapshot!("decisions_80x24", render(&app, 80, 24));
    assert_snapshot!("decisions_120x40", render(&app, 120, 40));
    let session = &workshop(&app).session;
    let handout = seam::export::markdown::handout(session);
    assert!(
        handout.contains("| Preise für Verbrauchsmaterial | Vertrieb | Finanzen | – |"),
        "{handout}"
    );
    let csv = seam::export::csv::table(session, "decisions").expect("decisions");
    assert!(
        csv.contains(";Preise für Verbrauchsmaterial;Vertrieb;Finanzen;"),
        "{csv}"
    );
}
