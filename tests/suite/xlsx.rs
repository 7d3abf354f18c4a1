//! The Excel workbook, read back with calamine as a spreadsheet would: the sheets, real
//! number and date cells, and the overview with participants and open checks.

use std::process::Command;

use crate::common::{example_text as example, export_text};
use calamine::{Data, Reader, Xlsx, open_workbook};

fn export(session: &str, _name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, _) = export_text(session, &["--format", "xlsx", "-o", "{dir}/out.xlsx"]);
    let book = dir.path().join("out.xlsx");
    (dir, book)
}

#[test]
fn the_workbook_has_an_overview_and_a_sheet_per_table_with_real_cells() {
    let (_dir, book) = export(&example(), "kessler.ron");
    let mut workbook: Xlsx<_> = open_workbook(&book).expect("an xlsx calamine reads");
    assert_eq!(
        workbook.sheet_names(),
        ["Übersicht", "Schätzungen", "Ziele", "Vereinbarungen"]
    );

    let estimates = workbook.worksheet_range("Schätzungen").expect("sheet");
    assert_eq!(
        estimates.get((0, 1)),
        Some(&Data::String("Quelle".into())),
        "a header row"
    );
    assert_eq!(
        estimates.get((1, 0)),
        Some(&Data::Float(1.0)),
        "the step, a number"
    );
    assert_eq!(
        estimates.get((1, 1)),
        Some(&Data::String("Vertrieb".into()))
    );
    assert_eq!(
        estimates.get((1, 2)),
        Some(&Data::Float(420_000_000.0)),
        "euros"
    );
    assert_eq!(estimates.get((1, 3)), Some(&Data::Float(35_000.0)), "units");
    assert_eq!(estimates.get((1, 4)), Some(&Data::Float(12_000.0)), "price");

    let goals = workbook.worksheet_range("Ziele").expect("sheet");
    assert_eq!(goals.get((0, 6)), Some(&Data::String("Termin".into())));
    match goals.get((1, 6)) {
        Some(Data::DateTime(day)) => {
            // 2027-06-30 as an Excel serial day.
            assert!((day.as_f64() - 46_568.0).abs() < 0.5, "{}", day.as_f64());
        }
        other => panic!("the horizon is a date cell: {other:?}"),
    }
    assert_eq!(goals.get((1, 3)), Some(&Data::Float(40.0)), "baseline");

    let agreements = workbook.worksheet_range("Vereinbarungen").expect("sheet");
    assert_eq!(agreements.height(), 4, "header and three agreements");
    assert!(
        matches!(agreements.get((1, 11)), Some(Data::DateTime(_))),
        "review day"
    );

    let overview = workbook.worksheet_range("Übersicht").expect("sheet");
    let text: Vec<String> = overview.rows().flatten().map(|c| c.to_string()).collect();
    assert!(
        text.iter()
            .any(|c| c.starts_with("Kessler Etikettiertechnik")),
        "{text:?}"
    );
    assert!(
        text.iter().any(|c| c == "Anna Berger"),
        "participants: {text:?}"
    );
    assert!(
        text.iter()
            .any(|c| c.contains("Vereinbarung 3 ist unvollständig")),
        "open checks: {text:?}"
    );
}

#[test]
fn typed_formulas_stay_text_and_control_characters_never_reach_the_file() {
    let hostile = example()
        .replace(
            "Mehr vertriebsreife Leads aus Bestandskunden",
            "=HYPERLINK(\\\"http://x\\\")",
        )
        .replace("Anna Berger", "Anna \\u{1b}[31m");
    let (_dir, book) = export(&hostile, "hostile.ron");
    let mut workbook: Xlsx<_> = open_workbook(&book).expect("still a valid workbook");
    let overview = workbook.worksheet_range("Übersicht").expect("sheet");
    let text: Vec<String> = overview.rows().flatten().map(|c| c.to_string()).collect();
    assert!(text.iter().all(|c| !c.contains('\u{1b}')), "{text:?}");
    assert!(text.iter().any(|c| c.starts_with("Anna ")), "{text:?}");
    let goals = workbook.worksheet_range("Ziele").expect("sheet");
    assert_eq!(
        goals.get((1, 1)),
        Some(&Data::String("=HYPERLINK(\"http://x\")".into())),
        "a string cell, never a formula"
    );
}

#[test]
fn a_workbook_is_not_poured_into_a_terminal() {
    // Without -o and with stdout a pipe (as here) the bytes go to stdout.
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("kessler.ron");
    std::fs::write(&file, example()).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_seam"))
        .arg("--data-dir")
        .arg(dir.path())
        .arg("export")
        .arg(&file)
        .args(["--format", "xlsx"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"PK"), "a zip file");
}

#[test]
fn the_first_sheet_says_what_was_decided_with_figures_as_numbers_and_who_does_what() {
    let (_dir, book) = export(&example(), "kessler.ron");
    let mut workbook: Xlsx<_> = open_workbook(&book).expect("an xlsx calamine reads");
    let overview = workbook.worksheet_range("Übersicht").expect("sheet");
    let row_of = |text: &str| {
        (0..overview.height())
            .find(|r| overview.get((*r, 1)) == Some(&Data::String(text.into())))
            .unwrap_or_else(|| panic!("{text} in the overview"))
    };
    let market = row_of("Markt 2026");
    assert_eq!(
        overview.get((market, 0)),
        Some(&Data::String("1. Markt".into()))
    );
    assert_eq!(overview.get((market, 3)), Some(&Data::Float(600_000_000.0)));
    assert_eq!(overview.get((market, 4)), Some(&Data::Float(50_000.0)));
    let goal = row_of("Ziel 1");
    assert_eq!(
        overview.get((goal, 3)),
        Some(&Data::Float(70.0)),
        "the target"
    );
    assert!(matches!(overview.get((goal, 4)), Some(Data::DateTime(_))));
    let anna = row_of("Anna Berger, Jonas Weber");
    assert!(
        matches!(overview.get((anna, 3)), Some(Data::DateTime(_))),
        "a review day is a day"
    );
    let parked = row_of_first(&overview, "Themenspeicher") + 1;
    assert_eq!(
        overview.get((parked, 0)),
        Some(&Data::String(
            "Preisliste für Verbrauchsmaterial vereinheitlichen (Finanzen)".into()
        )),
        "the parking lot's topics"
    );
    let goals = workbook.worksheet_range("Ziele").expect("sheet");
    assert_eq!(
        goals.get((0, 9)),
        Some(&Data::String("Budgetanteil".into()))
    );
    assert_eq!(goals.get((1, 9)), Some(&Data::Float(0.45)), "a percentage");
}

fn row_of_first(range: &calamine::Range<Data>, text: &str) -> usize {
    (0..range.height())
        .find(|r| range.get((*r, 0)) == Some(&Data::String(text.into())))
        .unwrap_or_else(|| panic!("{text} in the first column"))
}
