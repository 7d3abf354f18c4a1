//! Typing always types, through the real binary in a pseudo-terminal: a German paragraph
//! typed on the estimates table and on a round's list changes nothing but what it is
//! typed into; three lines pasted by a terminal without bracketed paste type, they do
//! not run as commands; and a session quit on step 3 opens again on step 3.

use std::fs;

use crate::pty::{Tui, key};

use crate::common::only_ron;

/// What a participant says when they take the keyboard without pressing Enter first,
/// full of the letters that used to be commands (d, a, u, o, r, n, p, v, l, q).
const PARAGRAPH: &str = "das ist nur eine Schätzung, aber Vertrieb und Service sehen es so: \
                         der Markt wächst, wenn wir Verbrauchsmaterial richtig zählen";

/// The demo's copy of the example, which `seam demo` runs and saves.
fn session_text(data: &std::path::Path) -> String {
    fs::read_to_string(only_ron(&data.join("demo"))).expect("the session file")
}

/// The facilitator's private file: answers of a round not yet revealed are there.
fn private_text(data: &std::path::Path) -> String {
    fs::read_to_string(only_ron(&data.join("private"))).expect("the private file")
}

#[test]
fn a_paragraph_typed_on_the_estimates_table_lands_in_the_selected_row_only() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(data.path(), &["--lang", "de", "demo"]);
    tui.wait_for("Spreizung: Euro ×2,9 · Stück ×2,6");
    tui.send(key::TAB);
    tui.send(key::TAB);
    tui.send(key::DOWN);
    tui.wait_for("▶ Marketing");
    tui.type_text(PARAGRAPH);
    tui.send(key::ENTER);
    tui.send(key::ESC);
    tui.wait_for("Schätzungen (3)");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    let text = session_text(data.path());
    assert_eq!(
        text.matches("source: \"").count(),
        3,
        "no row added or deleted"
    );
    assert!(
        text.contains("source: \"Marketing\"")
            && text.contains(&format!(
                "basis: \"Zahl der Werke × Drucker je Werk × Preis {PARAGRAPH}\""
            )),
        "typed into the selected row's last field of words, a space between:\n{text}"
    );
    for figure in [
        "Some(\"420000000\")",
        "Some(\"1200000000\")",
        "Some(\"640000000\")",
    ] {
        assert!(text.contains(figure), "{figure} kept:\n{text}");
    }
}

#[test]
fn a_paragraph_typed_on_a_round_answers_for_the_selected_person_and_undoes_nobody() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(data.path(), &["--lang", "de", "demo"]);
    tui.wait_for("Spreizung: Euro ×2,9");
    // The business model's round asks for a few words.
    tui.send(key::PAGE_DOWN);
    tui.wait_for("Wie verdienen wir Geld");
    tui.send(key::CTRL_O);
    tui.wait_for("0 von 4 haben geantwortet");
    tui.send(key::ENTER);
    tui.send("Wir verkaufen Drucker");
    tui.send(key::ENTER);
    tui.wait_for("1 von 4 haben geantwortet");
    // Jonas is next; the room types without pressing Enter first.
    tui.send(PARAGRAPH);
    tui.wait_for("Jonas Weber (Vertrieb) antwortet – verdeckt");
    assert!(
        !tui.screen().contains("Verbrauchsmaterial richtig"),
        "masked:\n{}",
        tui.screen()
    );
    tui.send(key::ENTER);
    tui.wait_for("2 von 4 haben geantwortet");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    // Not revealed: the session file has how many answered, the private file what.
    let text = session_text(data.path());
    assert!(
        text.contains("collected: 2") && !text.contains("Wir verkaufen Drucker"),
        "nothing revealed:\n{text}"
    );
    let private = private_text(data.path());
    assert!(
        private.contains("Wir verkaufen Drucker"),
        "Anna's answer stays:\n{private}"
    );
    assert!(
        private.contains(PARAGRAPH),
        "Jonas's answer is the paragraph:\n{private}"
    );
}

#[test]
fn three_lines_pasted_without_bracketed_paste_type_and_run_nothing() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(data.path(), &["--lang", "de", "demo"]);
    tui.wait_for("Spreizung: Euro ×2,9");
    tui.send(key::PAGE_DOWN);
    tui.wait_for("2/4 Geschäftsmodell");
    // One write, as a terminal sends a paste it does not bracket: the line ends are CRs.
    tui.send("und Service\rnur u n v p d a o r\rdritte Zeile q");
    tui.wait_for("dritte Zeile q");
    let screen = tui.screen();
    assert!(
        screen.contains("2/4 Geschäftsmodell"),
        "still on step 2:\n{screen}"
    );
    assert!(!screen.contains("Runde ·"), "no round opened:\n{screen}");
    tui.send(key::ENTER);
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    let text = session_text(data.path());
    assert!(
        text.contains("und Service")
            && text.contains("nur u n v p d a o r")
            && text.contains("dritte Zeile q"),
        "all three lines typed:\n{text}"
    );
    assert!(text.contains("current_step: 2"), "{text}");
    assert!(!text.contains("rounds: [("), "no round:\n{text}");
}

#[test]
fn a_session_quit_on_step_3_opens_again_on_step_3() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(data.path(), &["--lang", "de", "demo"]);
    tui.wait_for("1/4 Markt");
    tui.send(key::PAGE_DOWN);
    tui.wait_for("2/4 Geschäftsmodell");
    tui.send(key::PAGE_DOWN);
    tui.wait_for("3/4 Gemeinsame Ziele");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    let path = only_ron(&data.path().join("demo"));
    let path = path.to_str().expect("utf-8");
    let mut tui = Tui::spawn(data.path(), &["--lang", "de", "open", path]);
    tui.wait_for("3/4 Gemeinsame Ziele");
    // --step is remembered as where the workshop is.
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    let mut tui = Tui::spawn(data.path(), &["--lang", "de", "open", path, "--step", "2"]);
    tui.wait_for("2/4 Geschäftsmodell");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    let mut tui = Tui::spawn(data.path(), &["--lang", "de", "open", path]);
    tui.wait_for("2/4 Geschäftsmodell");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn read_only_leaves_the_file_byte_for_byte_untouched() {
    let data = tempfile::tempdir().expect("tempdir");
    let file = data.path().join("kessler.ron");
    fs::write(&file, crate::common::example_text()).expect("the example");
    let before = fs::read(&file).expect("read");
    let path = file.to_str().expect("utf-8");
    let mut tui = Tui::spawn(data.path(), &["--lang", "de", "open", "--read-only", path]);
    tui.wait_for("Kessler Etikettiertechnik");
    // Typing, a row, a round, the next step and back, the language: all refused or
    // only looked at.
    tui.send("das ist neu");
    tui.wait_for("Nur lesen");
    tui.send(key::INSERT);
    tui.send(key::CTRL_O);
    tui.send(key::PAGE_DOWN);
    tui.wait_for("2/4 Geschäftsmodell");
    tui.send(key::PAGE_UP);
    tui.wait_for("1/4 Markt");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    assert_eq!(fs::read(&file).expect("read"), before, "not a byte changed");
    let names: Vec<String> = fs::read_dir(data.path())
        .expect("the folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["kessler.ron"],
        "no backup, lock or copy left: {names:?}"
    );
}
