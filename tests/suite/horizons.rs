//! Time horizons, incentives and channels: departments side by side, their differences
//! named for the discussion.

use crate::common::*;
use insta::assert_snapshot;
use seam::exercises::Exercise;
use seam::exercises::horizons::Horizons;
use seam::record::Session;

fn session() -> Session {
    from_template(
        "full",
        "horizons-test",
        "Ganzer Tag",
        &[("Anna Berger", "Marketing"), ("Jonas Weber", "Vertrieb")],
    )
}

fn horizons(session: &Session) -> &Horizons {
    session
        .steps
        .iter()
        .find_map(|s| match &s.result {
            Exercise::Horizons(h) => Some(h),
            _ => None,
        })
        .expect("the full day has horizons")
}

#[test]
fn departments_side_by_side_with_their_differences() {
    let mut app = workshop_app(session());
    keys(&mut app, &"<PageDown>".repeat(5));
    for (horizon, reward, channel) in [
        ("Jahr", "Leadmenge", "Messen"),
        ("Quartal", "Abschlussquote", "CRM"),
    ] {
        keys(&mut app, "<Ins><Tab>");
        typing(&mut app, horizon);
        keys(&mut app, "<Tab>");
        typing(&mut app, reward);
        keys(&mut app, "<Tab>");
        typing(&mut app, channel);
        keys(&mut app, "<Enter><Esc>");
    }
    let h = horizons(&workshop(&app).session);
    let departments: Vec<&str> = h
        .departments
        .iter()
        .map(|d| d.department.as_str())
        .collect();
    assert_eq!(
        departments,
        ["Marketing", "Vertrieb"],
        "rows go round the room"
    );
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Die Horizonte unterscheiden sich: Marketing Jahr · Vertrieb Quartal"),
        "{screen}"
    );
    assert_snapshot!("horizons_80x24", render(&app, 80, 24));
    assert_snapshot!("horizons_120x40", screen);
    let csv = seam::export::csv::table(&workshop(&app).session, "horizons").expect("table");
    assert!(
        csv.contains(";Vertrieb;Quartal;Abschlussquote;CRM"),
        "{csv}"
    );
}
