//! Perspectives: how each department sees the others, what it believes they think of it,
//! and the other side's answer.

use crate::common::*;
use insta::assert_snapshot;
use seam::exercises::Exercise;
use seam::exercises::perspectives::Perspectives;
use seam::record::Session;

fn session() -> Session {
    from_template(
        "full",
        "perspectives-test",
        "Ganzer Tag",
        &[("Anna Berger", "Marketing"), ("Jonas Weber", "Vertrieb")],
    )
}

fn perspectives(session: &Session) -> &Perspectives {
    session
        .steps
        .iter()
        .find_map(|s| match &s.result {
            Exercise::Perspectives(p) => Some(p),
            _ => None,
        })
        .expect("the full day has perspectives")
}

/// Opens a new picture, types both sides, and leaves the form.
fn picture(app: &mut seam::app::App, we_see_them: &str, they_see_us: &str, answer: &str) {
    keys(app, "<Ins><Tab><Tab>");
    typing(app, we_see_them);
    keys(app, "<Tab>");
    typing(app, they_see_us);
    keys(app, "<Tab>");
    typing(app, answer);
    keys(app, "<Enter><Esc>");
}

#[test]
fn each_department_pictures_the_other_and_gets_an_answer() {
    let mut app = workshop_app(session());
    keys(&mut app, "<PageDown><PageDown>");
    picture(
        &mut app,
        "macht bunte Bilder",
        "wir versprechen zu viel",
        "wir liefern 400 Leads im Monat",
    );
    keys(&mut app, "<Ins><Tab><Tab>");
    typing(&mut app, "jagt nur Abschlüsse");
    keys(&mut app, "<Enter><Esc>");
    let p = perspectives(&workshop(&app).session);
    let pairs: Vec<(&str, &str)> = p
        .pictures
        .iter()
        .map(|p| (p.from.as_str(), p.about.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [("Marketing", "Vertrieb"), ("Vertrieb", "Marketing")],
        "each new row is the next pair of departments"
    );
    assert_eq!(p.pictures[0].answer, "wir liefern 400 Leads im Monat");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Vertrieb → Marketing: erst beide Seiten"),
        "the one-sided picture is named: {screen}"
    );
    assert_snapshot!("perspectives_80x24", render(&app, 80, 24));
    assert_snapshot!("perspectives_120x40", screen);
    let csv = seam::export::csv::table(&workshop(&app).session, "perspectives").expect("table");
    assert!(
        csv.contains(";Marketing;Vertrieb;macht bunte Bilder;wir versprechen zu viel;wir liefern 400 Leads im Monat;"),
        "{csv}"
    );
}

#[test]
fn a_skipped_pair_is_not_a_finding_and_survives_a_save() {
    let mut app = workshop_app(session());
    keys(&mut app, "<PageDown><PageDown>");
    keys(&mut app, "<Ins><Tab><Tab><Tab><Tab><Tab>");
    keys(&mut app, "<Space><Esc>");
    let p = perspectives(&workshop(&app).session);
    assert!(p.pictures[0].skipped, "{p:?}");
    assert!(p.checks().is_empty());
    let path = std::path::Path::new("perspectives.ron");
    let text = seam::store::session_to_ron(&workshop(&app).session, path).expect("saved");
    let back = seam::store::parse_session(&text, path).expect("read back");
    assert_eq!(perspectives(&back), p);
}

#[test]
fn a_round_about_each_department_in_turn_fills_the_matrix() {
    let mut app = workshop_app(from_template(
        "full",
        "perspectives-round",
        "Ganzer Tag",
        &[
            ("Anna Berger", "Marketing"),
            ("Jonas Weber", "Vertrieb"),
            ("Selin Aydın", "Service"),
        ],
    ));
    keys(&mut app, "<PageDown><PageDown><C-o>");
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Wie sieht Ihre Abteilung „Marketing“?"),
        "{screen}"
    );
    // Marketing is not asked about Marketing: Anna is marked, not missing, and never
    // selected: what the room types goes to somebody asked, never into a refusal.
    assert!(
        screen.contains("– Anna Berger (Marketing) · nicht gefragt")
            && screen.contains("0 von 2 haben geantwortet"),
        "{screen}"
    );
    assert_eq!(workshop(&app).round_row, 1, "the selection starts on Jonas");
    keys(&mut app, "<Up>");
    assert_eq!(workshop(&app).round_row, 1, "and never rests on Anna");
    // Jonas types at once, then Selin (the next asked is selected after each answer).
    typing(&mut app, "zu wenig Leads");
    keys(&mut app, "<Enter>");
    typing(&mut app, "weit weg vom Kunden");
    keys(&mut app, "<Enter>");
    assert!(
        !render(&app, 120, 40).contains("Leads"),
        "nothing shows before the reveal"
    );
    keys(&mut app, "<C-r>");
    assert!(
        !app.status.as_deref().unwrap_or("").contains("noch nicht"),
        "nobody asked is missing: {:?}",
        app.status
    );
    keys(&mut app, "<C-r>");
    let p = perspectives(&workshop(&app).session);
    let cells: Vec<(&str, &str, &str)> = p
        .pictures
        .iter()
        .map(|p| (p.from.as_str(), p.about.as_str(), p.we_see_them.as_str()))
        .collect();
    assert_eq!(
        cells,
        vec![
            ("Vertrieb", "Marketing", "zu wenig Leads"),
            ("Service", "Marketing", "weit weg vom Kunden"),
        ]
    );
    // The next round (a new one from the revealed round's view) asks about the next
    // department: Jonas is skipped, coming down the list and after Anna's answer.
    keys(&mut app, "<C-o>");
    assert!(
        render(&app, 120, 40).contains("Wie sieht Ihre Abteilung „Vertrieb“?"),
        "{}",
        render(&app, 120, 40)
    );
    assert_eq!(workshop(&app).round_row, 0);
    typing(&mut app, "viel versprochen\n");
    assert_eq!(workshop(&app).round_row, 2, "past Jonas, who is not asked");
    typing(&mut app, "schnell am Telefon\n");
    keys(&mut app, "<Up>");
    assert_eq!(workshop(&app).round_row, 0, "up past Jonas too");
    let round = workshop(&app).session.steps[2]
        .rounds
        .last()
        .expect("a round");
    assert_eq!(round.answers.len(), 2, "nothing typed was lost");
}
