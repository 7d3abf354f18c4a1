//! The pilot: filled in field by field, checked, drawn and in the handout.

use crate::common::*;
use insta::assert_snapshot;
use seam::exercises::Exercise;
use seam::exercises::pilot::Pilot;
use seam::record::Session;

fn session() -> Session {
    from_template("full", "pilot-test", "Ganzer Tag", &[])
}

fn pilot(session: &Session) -> &Pilot {
    session
        .steps
        .iter()
        .find_map(|s| match &s.result {
            Exercise::Pilot(p) => Some(p),
            _ => None,
        })
        .expect("the full day has a pilot")
}

#[test]
fn a_pilot_is_filled_in_and_checked() {
    let mut app = workshop_app(session());
    keys(&mut app, &"<PageDown>".repeat(9));
    keys(&mut app, "<Enter>");
    typing(&mut app, "Leads versanden zwischen Marketing und Vertrieb.");
    keys(&mut app, "<Tab>");
    typing(
        &mut app,
        "Wenn Leads erst die Nurturing-Strecke laufen, dann steigt die Abschlussquote.",
    );
    keys(&mut app, "<Tab>");
    typing(&mut app, "Abschlussquote");
    keys(&mut app, "<Tab>");
    typing(&mut app, "12");
    keys(&mut app, "<Tab>");
    typing(&mut app, "15");
    keys(&mut app, "<Tab>");
    typing(&mut app, "Marketing");
    keys(&mut app, "<Esc>");
    let screen = render(&app, 80, 24);
    assert!(screen.contains("mindestens zwei Abteilungen"), "{screen}");
    keys(&mut app, "<Enter>");
    typing(&mut app, ", Vertrieb");
    keys(&mut app, "<Tab>");
    typing(&mut app, "40 Tsd.");
    keys(&mut app, "<Tab><Tab>");
    typing(&mut app, "Januar 2027");
    keys(&mut app, "<Tab>");
    typing(&mut app, "Q1 2027");
    keys(&mut app, "<Tab>");
    typing(&mut app, "ausrollen ab 15 %, sonst stoppen");
    keys(&mut app, "<Esc>");
    let p = pilot(&workshop(&app).session);
    assert_eq!(p.team, ["Marketing", "Vertrieb"]);
    assert_eq!(
        p.start,
        Some(jiff::civil::date(2027, 1, 31)),
        "a month means its last day"
    );
    assert_eq!(p.end, Some(jiff::civil::date(2027, 3, 31)));
    assert_eq!(p.checks(), vec![]);
    assert_snapshot!("pilot_80x24", render(&app, 80, 24));
    assert_snapshot!("pilot_120x40", render(&app, 120, 40));
    let handout = seam::export::markdown::handout(&workshop(&app).session);
    assert!(
        handout.contains("**Hypothese (wenn … dann … gemessen an …):** Wenn Leads erst"),
        "{handout}"
    );
    assert!(handout.contains("- **Budget:** 40.000 €"), "{handout}");
}
