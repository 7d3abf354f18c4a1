//! The real binary in a pseudo-terminal: a whole workshop typed as keys, and signals
//! in the middle of typing. Each step waits for the screen, bounded in time.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use crate::pty::{Tui, key};
use expectrl::Signal;

use crate::common::seam_ok as seam;

/// Types into a row form's fields one after the other, Tab between them.
fn fill_form(tui: &mut Tui, texts: &[&str]) {
    for (i, text) in texts.iter().enumerate() {
        if i > 0 {
            tui.send(key::TAB);
        }
        tui.type_text(text);
    }
}

/// Opens the focused field with Enter, types, and stores it with Enter.
fn fill(tui: &mut Tui, text: &str) {
    tui.send(key::ENTER);
    tui.type_text(text);
    tui.send(key::ENTER);
}

#[test]
fn a_facilitator_runs_the_core_workshop_from_start_to_handout() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(
        data.path(),
        &[
            "--lang",
            "de",
            "new",
            "--title",
            "Nahtstellen E2E",
            "--participant",
            "Anna Berger:Marketing",
            "--participant",
            "Jonas Weber:Vertrieb",
        ],
    );
    // The pulse first; its blind round is tested on its own.
    tui.wait_for("Wie arbeiten wir heute zusammen");
    tui.send(key::PAGE_DOWN);
    tui.wait_for("In welchem Markt sind wir");

    // Market: definition, year, two blind estimates (one typo rejected), agreed figures.
    tui.send(key::ENTER);
    tui.type_text("Etikettendrucker für Lebensmittelhersteller in DACH");
    tui.send(key::ESC);
    tui.send(key::TAB);
    fill(&mut tui, "2026");
    tui.send(key::TAB);
    tui.send(key::INSERT);
    tui.wait_for("Schätzungen 1/1");
    tui.send(key::ENTER);
    tui.send(key::DOWN);
    fill(&mut tui, "1,2 Mrd. €");
    tui.wait_for("1.200.000.000 €");
    tui.send(key::DOWN);
    fill(&mut tui, "90 Tsd.");
    tui.wait_for("90.000 Stück");
    tui.send(key::ESC);
    tui.send(key::INSERT);
    tui.wait_for("Schätzungen 2/2");
    tui.send(key::TAB);
    tui.type_text("1.2 Mrd");
    tui.send(key::ENTER);
    tui.wait_for("Mehrdeutig: meinten Sie 1,2 oder 1.200?");
    tui.send(key::CTRL_U);
    tui.type_text("420 Mio. €");
    tui.send(key::ENTER);
    tui.wait_for("420.000.000 €");
    tui.send(key::DOWN);
    fill(&mut tui, "35.000");
    tui.send(key::ESC);
    tui.wait_for("Spreizung: Euro ×2,9");
    tui.send(key::TAB);
    fill(&mut tui, "600 Mio");
    tui.send(key::TAB);
    fill(&mut tui, "50 Tsd.");
    tui.wait_for("Preis je Stück: 12.000 €");

    // Business model: the sentence and its parts.
    tui.send(key::PAGE_DOWN);
    tui.wait_for("Wie verdienen wir Geld");
    tui.send(key::ENTER);
    tui.type_text("Wir verkaufen Etikettendrucker und verdienen am Verbrauchsmaterial.");
    tui.send(key::ESC);
    for text in [
        "Lebensmittelhersteller",
        "Stillstandsfreie Kennzeichnung",
        "Verbrauchsmaterial",
        "Außendienst",
    ] {
        tui.send(key::TAB);
        fill(&mut tui, text);
    }
    tui.wait_for("Alle Prüfungen bestanden.");

    // Shared goals: one goal of two departments with half the budget.
    tui.send(key::PAGE_DOWN);
    tui.wait_for("Welche Ziele verfolgen wir gemeinsam");
    tui.send(key::INSERT);
    tui.wait_for("Ziele 1/1");
    fill_form(
        &mut tui,
        &[
            "Mehr vertriebsreife Leads",
            "SQL pro Monat",
            "40",
            "70",
            "Leads",
            "30.06.2027",
            "Marketing",
            "Vertrieb, Service",
            "50",
        ],
    );
    tui.send(key::ENTER);
    tui.send(key::ESC);
    tui.wait_for("Rest: 50 %");

    // Agreements: a complete one from marketing to sales.
    tui.send(key::PAGE_DOWN);
    tui.wait_for("Was sagen wir einander zu");
    tui.send(key::INSERT);
    fill_form(
        &mut tui,
        &[
            "Marketing",
            "Vertrieb",
            "vertriebsreife Leads",
            "70 pro Monat",
            "Budget und Bedarf bestätigt",
            "binnen 24 Stunden",
        ],
    );
    tui.send(key::ENTER);
    tui.send(key::ESC);
    tui.wait_for("✓ vollständig");

    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    tui.assert_restored();

    let path = crate::common::only_ron(&data.path().join("sessions"));
    let ron = fs::read_to_string(&path).expect("saved");
    for expected in [
        "definition: \"Etikettendrucker für Lebensmittelhersteller in DACH\"",
        "year: Some(2026)",
        "euros: Some(\"1200000000\")",
        "units: Some(90000)",
        "euros: Some(\"420000000\")",
        "euros: Some(\"600000000\")",
        "sentence: \"Wir verkaufen Etikettendrucker und verdienen am Verbrauchsmaterial.\"",
        "horizon: Some(\"2027-06-30\")",
        "budget_share: Some(\"50\")",
        "time: \"binnen 24 Stunden\"",
    ] {
        assert!(ron.contains(expected), "{expected} missing from\n{ron}");
    }
    let handout = seam(
        data.path(),
        &["export", path.to_str().expect("utf-8"), "--format", "md"],
    );
    assert!(
        handout.contains("| Marketing | 1.200.000.000 € | 90.000 Stück | 13.333,33 € | top-down |"),
        "{handout}"
    );
    assert!(
        handout.contains(
            "**Der Satz:** Wir verkaufen Etikettendrucker und verdienen am Verbrauchsmaterial."
        ),
        "{handout}"
    );
    assert!(
        handout.contains("### 1. Marketing → Vertrieb: vertriebsreife Leads (vollständig)"),
        "{handout}"
    );
    let check = seam(
        data.path(),
        &["--lang", "en", "check", path.to_str().expect("utf-8")],
    );
    assert!(check.contains(": valid"), "{check}");
    assert!(
        check.contains("Agreement 1 is not yet accepted by both sides."),
        "{check}"
    );
}

fn signal_mid_typing(signal: Signal) {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(data.path(), &["--lang", "en", "new", "--title", "Signal"]);
    tui.wait_for("How do we work together today");
    tui.send(key::ENTER);
    tui.type_text("Half typed when the lid closed");
    tui.signal(signal);
    let code = tui.wait_exit();
    assert_eq!(
        code,
        128 + signal as i32,
        "exit code says which signal ended it"
    );
    tui.assert_restored();
    let path = crate::common::only_ron(&data.path().join("sessions"));
    let check = Command::new(env!("CARGO_BIN_EXE_seam"))
        .args(["check", path.to_str().expect("utf-8")])
        .output()
        .expect("runs");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let ron = fs::read_to_string(&path).expect("saved");
    assert!(
        ron.contains("between: \"Half typed when the lid closed\""),
        "{ron}"
    );
}

#[test]
fn sigterm_mid_typing_saves_and_restores_the_terminal() {
    signal_mid_typing(Signal::SIGTERM);
}

#[test]
fn sighup_mid_typing_saves_and_restores_the_terminal() {
    signal_mid_typing(Signal::SIGHUP);
}

#[test]
fn the_demo_opens_the_example_and_quits_cleanly() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(data.path(), &["demo"]);
    tui.wait_for("Kessler Etikettiertechnik");
    tui.wait_for("Spreizung: Euro ×2,9 · Stück ×2,6");
    tui.send(key::F1);
    tui.wait_for("Tasten");
    tui.send(key::ESC);
    tui.wait_for("Bild↓  nächster Schritt");
    tui.send(key::CTRL_X);
    tui.wait_for("Handout geschrieben");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    tui.assert_restored();
    // The handout lies next to the demo's session file.
    let handout = fs::read_dir(data.path().join("demo"))
        .expect("the demo folder")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "html"))
        .expect("a handout");
    let html = fs::read_to_string(handout).expect("the handout");
    assert!(html.contains("Kessler Etikettiertechnik"), "{html}");
    assert!(
        html.contains("600 Mio. €") || html.contains("600.000.000"),
        "the agreed market"
    );
}

#[test]
fn the_full_day_demo_walks_every_exercise() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(data.path(), &["--lang", "de", "demo", "--full"]);
    tui.wait_for("der ganze Tag");
    tui.wait_for("1/14 Zusammenarbeit heute");
    tui.send("\x1b[6~"); // PageDown
    tui.wait_for("2/14 Auftrag");
    tui.wait_for("jede Verpackung");
    let mut at = 2;
    for (n, shown) in [
        (3, "Perspektiven"),
        (10, "Abschlussquote Bestandskunden"),
        (12, "Ticketsystem"),
        (13, "Zusammenarbeit danach"),
        (14, "Lead-Definition schriftlich"),
    ] {
        while at < n {
            at += 1;
            tui.send("\x1b[6~"); // PageDown
            tui.wait_for(&format!("{at}/14 "));
        }
        tui.wait_for(shown);
    }
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    tui.assert_restored();
}

#[test]
fn the_start_screen_creates_and_opens_a_session() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(data.path(), &["--lang", "en"]);
    tui.wait_for("No sessions yet");
    tui.send("n");
    tui.wait_for("New session");
    tui.type_text("Kick-off from the start screen");
    tui.send(key::ENTER);
    tui.wait_for("How do we work together today");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    let path = crate::common::only_ron(&data.path().join("sessions"));
    assert!(
        fs::read_to_string(path)
            .expect("saved")
            .contains("title: \"Kick-off from the start screen\"")
    );
}

#[test]
fn a_second_seam_on_the_same_session_cannot_write() {
    let data = tempfile::tempdir().expect("tempdir");
    let path = seam(data.path(), &["new", "--no-open", "--title", "Shared"]);
    let path = path.trim();
    let mut first = Tui::spawn(data.path(), &["--lang", "en", "open", path]);
    first.wait_for("How do we work together today");
    let second = Command::new(env!("CARGO_BIN_EXE_seam"))
        .args(["open", path])
        .output()
        .expect("runs");
    assert_eq!(second.status.code(), Some(1));
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(
        err.contains(&format!("pid {}", first.pid())) && err.contains("--read-only"),
        "{err}"
    );
    let mut reader = Tui::spawn(data.path(), &["--lang", "en", "open", "--read-only", path]);
    reader.wait_for("[read-only]");
    reader.send(key::ENTER);
    reader.wait_for("Read-only: changes are switched off.");
    reader.quit();
    assert_eq!(reader.wait_exit(), 0);
    first.quit();
    assert_eq!(first.wait_exit(), 0);
}

#[test]
fn a_vanished_folder_is_shown_the_state_kept_and_the_next_save_succeeds() {
    let data = tempfile::tempdir().expect("tempdir");
    let path = seam(data.path(), &["new", "--no-open", "--title", "Faults"]);
    let path = PathBuf::from(path.trim());
    let mut tui = Tui::spawn(
        data.path(),
        &["--lang", "en", "open", path.to_str().expect("utf-8")],
    );
    tui.wait_for("How do we work together today");
    let folder = data.path().join("sessions");
    let away = data.path().join("unplugged");
    fs::rename(&folder, &away).expect("folder away");
    tui.send(key::ENTER);
    tui.type_text("Typed while the folder was gone");
    tui.wait_for("NOT saved");
    fs::rename(&away, &folder).expect("folder back");
    tui.wait_for("✓ saved");
    tui.send(key::ESC);
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    assert!(
        fs::read_to_string(&path)
            .expect("saved")
            .contains("between: \"Typed while the folder was gone\"")
    );
}

/// docs/RELIABILITY.md: quitting with a failed save asks twice and writes a rescue copy
/// to the temporary folder — the folder stays away until seam has ended.
#[test]
fn quitting_while_the_folder_is_gone_writes_a_rescue_copy_and_says_where() {
    let data = tempfile::tempdir().expect("tempdir");
    let temporary = tempfile::tempdir().expect("tempdir");
    let path = seam(data.path(), &["new", "--no-open", "--title", "Rescue"]);
    let path = PathBuf::from(path.trim());
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("an id")
        .to_owned();
    let mut tui = Tui::spawn_with_env(
        data.path(),
        &["--lang", "en", "open", path.to_str().expect("utf-8")],
        &[("TMPDIR", temporary.path().to_str().expect("utf-8"))],
    );
    tui.wait_for("How do we work together today");
    fs::rename(data.path().join("sessions"), data.path().join("unplugged")).expect("away");
    tui.send(key::ENTER);
    tui.type_text("Typed with nowhere to save");
    tui.wait_for("NOT saved");
    tui.send(key::ESC);
    tui.send(key::CTRL_Q);
    tui.wait_for("Saving failed. Press Ctrl-Q again to quit anyway");
    tui.send(key::CTRL_Q);
    tui.wait_exit();
    tui.assert_restored();
    let rescue = temporary.path().join(format!("seam-rescue-{id}.ron"));
    let copy = fs::read_to_string(&rescue).expect("the rescue copy");
    assert!(copy.contains("Typed with nowhere to save"), "{copy}");
    assert!(
        tui.screen().contains("a copy is in"),
        "said where:\n{}",
        tui.screen()
    );
}

#[test]
fn a_panic_leaves_the_terminal_restored_and_says_what_happened() {
    let data = tempfile::tempdir().expect("tempdir");
    let path = seam(data.path(), &["new", "--no-open", "--title", "Panic"]);
    let mut tui = Tui::spawn_with_env(
        data.path(),
        &["open", path.trim()],
        &[("SEAM_TEST_PANIC", "1")],
    );
    let code = tui.wait_exit();
    assert_eq!(code, 101, "a Rust panic exits 101");
    tui.assert_restored();
    assert!(
        tui.screen().contains("SEAM_TEST_PANIC is set"),
        "the message is readable:\n{}",
        tui.screen()
    );
}

#[test]
fn typing_on_after_tab_runs_no_command() {
    // A facilitator types a paragraph, presses Tab and keeps typing: the letters of
    // "quartalsweise Lebensmittel" include q, u, a, l, e, L and s — none of them may
    // quit, undo, add, switch the language or anything else.
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(
        data.path(),
        &["--lang", "de", "new", "--title", "Tab im Raum"],
    );
    tui.wait_for("Wie arbeiten wir heute zusammen");
    tui.send(&key::PAGE_DOWN.repeat(4));
    tui.wait_for("Vereinbarungen (0)");
    tui.send(key::TAB);
    tui.send(key::ENTER);
    tui.type_text("Abgleich im Team.");
    tui.send(key::TAB);
    tui.type_text(" quartalsweise Lebensmittel");
    tui.wait_for("quartalsweise Lebensmittel");
    assert!(
        tui.screen().contains("Vereinbarungen (0)"),
        "{}",
        tui.screen()
    );
    tui.send(key::ESC);
    tui.wait_for("✓ gespeichert");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    let text =
        fs::read_to_string(crate::common::only_ron(&data.path().join("sessions"))).expect("saved");
    assert!(
        text.contains("Abgleich im Team. quartalsweise Lebensmittel"),
        "{text}"
    );
    assert!(text.contains("language: De"), "{text}");
    assert!(text.contains("agreements: []"), "{text}");
}

#[test]
fn ctrl_x_writes_the_html_handout_whatever_seam_export_wrote_before() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(data.path(), &["--lang", "de", "new", "--title", "Handout"]);
    tui.wait_for("Wie arbeiten wir heute zusammen");
    tui.send(key::CTRL_X);
    tui.wait_for("Handout geschrieben");
    let session = crate::common::only_ron(&data.path().join("sessions"));
    assert!(session.with_extension("html").exists(), "HTML by default");
    let path = session.to_str().expect("utf-8").to_owned();
    let out = data.path().join("handout.md");
    let out = out.to_str().expect("utf-8");
    seam(data.path(), &["export", &path, "--format", "md", "-o", out]);
    fs::remove_file(session.with_extension("html")).expect("removed");
    tui.send(key::PAGE_DOWN);
    tui.wait_without("Handout geschrieben");
    tui.send(key::CTRL_X);
    tui.wait_for("Handout geschrieben");
    assert!(
        session.with_extension("html").exists() && !session.with_extension("md").exists(),
        "the wall's handout stays HTML after a Markdown export elsewhere"
    );
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn no_color_keeps_the_wall_free_of_colour_and_true_colour_shows_the_theme() {
    let background = |env: &[(&str, &str)]| {
        let data = tempfile::tempdir().expect("tempdir");
        let mut tui = Tui::spawn_with_env(data.path(), &["--lang", "de", "demo"], env);
        tui.wait_for("Kessler");
        tui.send(key::F4);
        tui.wait_for("Farben: dunkel");
        // The status may be written before the rest of the frame's cells: let the
        // frame finish before reading every cell's colour.
        tui.settle(150);
        let screen = tui.parser.screen();
        let colours: std::collections::BTreeSet<String> = (0..crate::pty::ROWS)
            .flat_map(|r| (0..crate::pty::COLS).map(move |c| (r, c)))
            .filter_map(|(r, c)| screen.cell(r, c))
            .map(|cell| format!("{:?}/{:?}", cell.fgcolor(), cell.bgcolor()))
            .collect();
        tui.quit();
        assert_eq!(tui.wait_exit(), 0);
        colours
    };
    let plain = background(&[("NO_COLOR", "1"), ("COLORTERM", "truecolor")]);
    assert_eq!(
        plain.into_iter().collect::<Vec<_>>(),
        ["Default/Default"],
        "NO_COLOR: not one coloured cell"
    );
    let themed = background(&[("COLORTERM", "truecolor")]);
    assert!(
        themed
            .iter()
            .all(|c| c.contains("Rgb(16, 20, 24)") || c.contains("Rgb(242, 242, 242)")),
        "{themed:?}"
    );
}

#[test]
fn a_follow_up_from_the_start_screen_carries_the_promises_and_the_handout_shows_then_and_now() {
    let data = tempfile::tempdir().expect("tempdir");
    let sessions = data.path().join("sessions");
    fs::create_dir_all(&sessions).expect("sessions folder");
    fs::write(sessions.join("kessler.ron"), crate::common::example_text()).expect("the example");
    let mut tui = Tui::spawn(data.path(), &["--lang", "de"]);
    tui.wait_for("Kessler Etikettiertechnik");
    tui.send("f");
    tui.wait_for("Nachtreffen: Kessl");
    tui.wait_for("1/4 Zusammenarbeit heute");
    tui.send(key::PAGE_DOWN);
    tui.wait_for("Was wir zugesagt haben (6)");
    // The first goal: partly kept, 48 now.
    tui.send(key::ENTER);
    for _ in 0..3 {
        tui.send(key::DOWN);
    }
    tui.send("  ");
    tui.send(key::DOWN);
    tui.send(key::ENTER);
    tui.type_text("48");
    tui.send(key::ENTER);
    tui.send(key::ESC);
    tui.wait_for("teilweise");
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);
    tui.assert_restored();

    let follow_up = fs::read_dir(&sessions)
        .expect("sessions")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "ron") && !p.ends_with("kessler.ron"))
        .expect("the follow-up session");
    let text = fs::read_to_string(&follow_up).expect("saved");
    assert!(
        text.contains("follows: \"2026-11-20-kessler-kick-off\""),
        "{text}"
    );
    let handout = seam(
        data.path(),
        &[
            "export",
            follow_up.to_str().expect("utf-8"),
            "--format",
            "md",
        ],
    );
    let row = handout
        .lines()
        .find(|l| l.contains("Mehr vertriebsreife Leads aus Bestandskunden"))
        .expect("the goal in the handout");
    assert!(
        row.contains("Zielwert: ") && row.contains("| teilweise | 48 |"),
        "then and now side by side: {row}"
    );
}
