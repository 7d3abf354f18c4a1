//! The handout's first page, `seam show` and the workbook's first sheet: what the room
//! decided and who does what by when, gathered from every step — through the binary.

use crate::common::{example, example_text, export_text, seam_ok};
use seam::model::Moment;
use seam::model::round::{Ask, Reply, Round};

fn markdown(session: &str, args: &[&str]) -> String {
    let mut all = vec!["--format", "md"];
    all.extend_from_slice(args);
    let (_dir, out) = export_text(session, &all);
    String::from_utf8(out).expect("utf-8")
}

/// The rows of the who-what-when table, as their cells.
fn duty_rows(handout: &str, heading: &str) -> Vec<Vec<String>> {
    let start = handout.find(heading).expect("the who-what-when list");
    handout[start..]
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            line.trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_owned())
                .collect()
        })
        .collect()
}

#[test]
fn page_one_says_what_was_decided_and_who_does_what_by_when() {
    let handout = markdown(&example_text(), &[]);
    let glance = handout.find("## Auf einen Blick").expect("page one");
    let first_step = handout.find("## 1. Markt").expect("the steps");
    assert!(
        handout.find("## Teilnehmende").expect("people") < glance && glance < first_step,
        "after the names, before the steps:\n{handout}"
    );
    let page_one = &handout[glance..first_step];
    for decided in [
        "- **Markt 2026:** 600 Mio. € · 50.000 Stück · 12.000 € je Stück",
        "- **Geschäftsmodell:** Wir verkaufen Lebensmittelherstellern",
        "- **Ziel 1:** Mehr vertriebsreife Leads aus Bestandskunden: vertriebsreife Leads pro Monat 40 → 70 Leads bis 30.06.2027 · Verantwortlich: Marketing",
        "- **Gemeinsames Budget:** 480.000 € · Rest: 5 %",
        "- **Zielkonflikt:** 1. Mehr vertriebsreife Leads",
        "(noch nicht von beiden angenommen)",
    ] {
        assert!(page_one.contains(decided), "{decided}:\n{page_one}");
    }
    let rows = duty_rows(page_one, "### Wer macht was bis wann");
    let whens: Vec<&str> = rows.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(
        whens,
        [
            "28.02.2027",
            "28.02.2027",
            "30.04.2027",
            "30.06.2027",
            "30.09.2027",
            "31.12.2027",
            "–"
        ],
        "the earliest first, what has no day last: {rows:?}"
    );
    assert_eq!(rows[0][0], "Anna Berger, Jonas Weber", "both owners review");
    assert_eq!(rows[3][0], "Marketing", "a goal's owner: {rows:?}");
    assert!(rows[3][1].starts_with("Ziel 1: Mehr vertriebsreife Leads"));
    assert_eq!(rows[3][3], "3. Gemeinsame Ziele");
    assert_eq!(rows[6][0], "Anna Berger", "the side that has not accepted");
    assert!(rows[6][1].ends_with("annehmen oder ablehnen"), "{rows:?}");
}

#[test]
fn the_full_day_lists_next_steps_with_their_days_and_rhythms_after_them() {
    let full = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/workshops/examples/full-day.ron"
    ))
    .expect("full day");
    let handout = markdown(&full, &[]);
    let rows = duty_rows(&handout, "### Wer macht was bis wann");
    assert_eq!(
        rows[0],
        [
            "Anna Berger",
            "Lead-Definition schriftlich festhalten und im CRM hinterlegen",
            "15.12.2026",
            "14. Nächste Schritte"
        ]
    );
    let monthly = rows
        .iter()
        .position(|r| r[2] == "monatlich")
        .expect("a KPI's rhythm");
    let last_day = rows
        .iter()
        .rposition(|r| r[2].ends_with(".2027") || r[2].ends_with(".2026"))
        .expect("days");
    assert!(last_day < monthly, "days first, rhythms after: {rows:?}");
    assert!(handout.contains("- **Neues Produkt einführen:** Entscheidet: Marketing"));
    assert!(handout.contains("- **Pilot im geschützten Raum:** Wenn der Service"));
}

#[test]
fn page_one_in_english_and_in_seam_show() {
    let english = markdown(&example_text(), &["--lang", "en"]);
    assert!(english.contains("## At a glance"), "{english}");
    assert!(english.contains("### Who does what by when"));
    assert!(
        english.contains("- **Market 2026:** €600m · 50,000 units · €12,000 per unit"),
        "{english}"
    );
    assert!(english.contains("| Who | What | By when | From step |"));
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("kessler.ron");
    std::fs::write(&file, example_text()).expect("write");
    let shown = seam_ok(dir.path(), &["show", &file.to_string_lossy()]);
    assert!(
        shown.contains("Beschlossen:\n    Markt 2026: 600 Mio. €"),
        "{shown}"
    );
    assert!(
        shown.contains(
            "Wer macht was bis wann:\n    28.02.2027 – Anna Berger, Jonas Weber: Vereinbarung 1"
        ),
        "{shown}"
    );
    assert!(
        shown.contains("ohne Termin – Anna Berger: Vereinbarung 3"),
        "{shown}"
    );
}

#[test]
fn a_revealed_vote_is_decided_with_its_first_places_and_an_open_one_is_not() {
    let mut session = example();
    let items = vec![
        "Lead-Definition".to_owned(),
        "Preisliste".to_owned(),
        "Messen".to_owned(),
    ];
    let mut round = Round::new("Was zuerst?".to_owned(), Ask::vote(items), Moment::now());
    let people = session.participants.clone();
    for (who, dots) in people
        .iter()
        .zip([vec![2, 1, 0], vec![3, 0, 0], vec![0, 2, 1]])
    {
        round
            .answer(who, Reply::Dots(dots), Moment::now())
            .expect("taken");
    }
    session.steps[3].rounds.push(round.clone());
    let open = seam::export::page_one::markdown(&session);
    assert!(!open.contains("Abstimmung"), "not revealed yet:\n{open}");
    round.reveal(Moment::now()).expect("named");
    session.steps[3].rounds[0] = round;
    let page = seam::export::page_one::markdown(&session);
    assert!(
        page.contains(
            "- **Abstimmung „Was zuerst?“:** 1. Lead-Definition (5 Punkte) · 2. Preisliste (3 Punkte) · 3. Messen (1 Punkt)"
        ),
        "{page}"
    );
}

#[test]
fn a_session_that_has_decided_nothing_has_no_page_one() {
    let session = crate::common::from_template("core", "fresh", "Frisch", &[("Anna", "Marketing")]);
    assert_eq!(seam::export::page_one::markdown(&session), "");
    let handout = seam::export::markdown::handout(&session);
    assert!(!handout.contains("Auf einen Blick"), "{handout}");
}
