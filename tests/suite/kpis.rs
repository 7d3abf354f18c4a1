//! The KPIs with an expiry date, the first kind added through the registry: typed in as
//! a facilitator would, checked, drawn at 80x24 and 120x40, and exported.

use crate::common::*;
use insta::assert_snapshot;
use seam::exercises::Exercise;
use seam::exercises::kpis::{Kpi, Kpis};
use seam::model::{Text, When};
use seam::record::Session;

fn session() -> Session {
    let mut session = from_template("agreements", "kpi-test", "Vereinbarungen Q1", &[]);
    session.steps[0].title = Text::new("Ziele", "Goals");
    session
}

fn kpis(session: &Session) -> &Kpis {
    match &session.steps[2].result {
        Exercise::Kpis(k) => k,
        other => panic!("step 3 holds the KPIs, not {other:?}"),
    }
}

fn filled() -> Session {
    let mut s = session();
    if let Exercise::Kpis(k) = &mut s.steps[2].result {
        k.kpis = vec![
            Kpi {
                name: "Anteil vertriebsreifer Leads".into(),
                definition: "SQL / alle Leads im Monat".into(),
                owner: "Marketing".into(),
                source: "CRM".into(),
                review: Some(When::Rhythm("monatlich".into())),
                expires: Some(jiff::civil::date(2099, 12, 31)),
            },
            Kpi {
                name: "Reaktionszeit Service".into(),
                owner: String::new(),
                expires: Some(jiff::civil::date(2020, 6, 30)),
                ..Kpi::default()
            },
        ];
    }
    s
}

#[test]
fn a_kpi_is_typed_in_with_its_expiry_as_a_quarter() {
    let mut app = workshop_app(session());
    keys(&mut app, "<PageDown><PageDown><Ins>");
    typing(&mut app, "Lead-Qualität");
    keys(&mut app, "<Tab><Tab>");
    typing(&mut app, "Marketing");
    keys(&mut app, "<Tab><Tab><Tab>");
    typing(&mut app, "Q4 2099");
    keys(&mut app, "<Enter>");
    let kpi = &kpis(&workshop(&app).session).kpis[0];
    assert_eq!(kpi.name, "Lead-Qualität");
    assert_eq!(kpi.owner, "Marketing");
    assert_eq!(kpi.expires, Some(jiff::civil::date(2099, 12, 31)));
    assert!(workshop(&app).session.steps[2].result.is_done());
}

#[test]
fn the_kpis_on_screen() {
    let mut app = workshop_app(filled());
    keys(&mut app, "<PageDown><PageDown>");
    let small = render(&app, 80, 24);
    assert!(
        small.contains("⚠ 30.06.2020"),
        "an expired KPI is marked: {small}"
    );
    assert!(small.contains("abgelaufen: verlängern oder"), "{small}");
    assert_snapshot!("kpis_80x24", small);
    assert_snapshot!("kpis_120x40", render(&app, 120, 40));
}

#[test]
fn the_kpis_leave_as_a_handout_table_csv_and_a_sheet() {
    let session = filled();
    let handout = seam::export::markdown::handout(&session);
    assert!(
        handout.contains("| Anteil vertriebsreifer Leads | SQL / alle Leads im Monat | Marketing | CRM | monatlich | 31.12.2099 |"),
        "{handout}"
    );
    let csv = seam::export::csv::table(&session, "kpis").expect("a kpis table");
    assert!(
        csv.starts_with("Schritt;Kennzahl;Definition;Verantwortlich"),
        "{csv}"
    );
    assert!(csv.contains("3;Anteil vertriebsreifer Leads;"), "{csv}");
    assert_eq!(
        seam::export::csv::tables_in(&session),
        ["goals", "agreements", "kpis", "next_steps"],
        "only the tables of kinds the session runs"
    );
    let summary = seam::export::summary::summary(&session);
    assert!(
        summary.contains("1. Anteil vertriebsreifer Leads (Läuft ab: 31.12.2099)"),
        "{summary}"
    );
    // The workbook's sheet, read back as a spreadsheet would.
    use calamine::Reader;
    let workbook = seam::export::xlsx::workbook(&session).expect("a workbook");
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(workbook)).expect("reads");
    let sheet = book
        .sheet_names()
        .into_iter()
        .find(|name| name.contains("Kennzahl") || name.contains("KPI"))
        .expect("a sheet of the KPIs");
    let range = book.worksheet_range(&sheet).expect("the sheet");
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|row| row.iter().map(ToString::to_string).collect())
        .collect();
    assert!(
        rows.iter().any(
            |row| row.iter().any(|c| c == "Anteil vertriebsreifer Leads")
                && row.iter().any(|c| c == "Marketing")
        ),
        "{rows:?}"
    );
}
