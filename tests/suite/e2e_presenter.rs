//! The wall and the presenter side by side, two real seams in two pseudo-terminals: the
//! presenter moves and reveals on the wall, the wall runs clean while it is attached,
//! killing the presenter leaves the wall working, quitting the wall ends the presenter.

use crate::pty::{Tui, key};
use expectrl::Signal;

#[test]
fn the_presenter_drives_the_wall_and_each_survives_the_other() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut wall = Tui::spawn(data.path(), &["--lang", "de", "demo"]);
    wall.wait_for("1/4 Markt");
    wall.wait_for("Bild↓  nächster Schritt");

    let mut presenter = Tui::spawn(data.path(), &["--lang", "de", "presenter"]);
    presenter.wait_for("Präsenter · Kessler");
    presenter.wait_for("Erst den Markt in Worten abgrenzen");
    wall.wait_for("Präsenter verbunden");
    // Clean while attached: the footer's hints go.
    wall.wait_without("Bild↓  nächster Schritt");
    wall.send(key::F1);
    wall.wait_for("Tasten");
    assert!(
        !wall.screen().contains("Erst den Markt in Worten abgrenzen"),
        "no facilitator hints on the wall:\n{}",
        wall.screen()
    );
    wall.send(key::ESC);

    presenter.send(key::PAGE_DOWN);
    wall.wait_for("2/4 Geschäftsmodell");
    presenter.wait_for("2/4 Geschäftsmodell");
    presenter.send("\x1b[5~"); // PageUp
    wall.wait_for("1/4 Markt");
    presenter.send("o");
    wall.wait_for("0 von 4 haben geantwortet");
    wall.send(key::ENTER);
    wall.wait_for("antwortet – verdeckt");
    wall.send("1 Mrd");
    wall.send(key::ENTER);
    wall.send("80000");
    wall.send(key::ENTER);
    wall.wait_for("1 von 4 haben geantwortet");
    presenter.wait_for("● Anna Berger (Marketing)");
    presenter.send("r");
    presenter.wait_for("Noch einmal r");
    presenter.send("r");
    wall.wait_for("Runde · aufgedeckt");
    wall.wait_for("Median 1 Mrd. €");

    // The facilitator's own notes, typed on the presenter, kept by the wall.
    presenter.send("e");
    presenter.send("Vertrieb zuerst fragen");
    presenter.wait_for("Vertrieb zuerst fragen");
    presenter.send(key::ESC);
    wall.wait_for("✓ gespeichert");
    let saved = std::fs::read_dir(data.path().join("demo"))
        .expect("demo folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| std::fs::read_to_string(p).expect("read"))
        .any(|text| text.contains("Vertrieb zuerst fragen"));
    assert!(!saved, "the notes are not in the session file");
    let private = std::fs::read_dir(data.path().join("private"))
        .expect("the private folder")
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).expect("read"))
        .any(|text| text.contains("notes: \"Vertrieb zuerst fragen\""));
    assert!(private, "the notes are in the facilitator's private file");
    assert!(
        !wall.screen().contains("Vertrieb zuerst fragen"),
        "never on the wall"
    );

    // A presenter killed outright: the wall goes on, and shows its keys again.
    presenter.signal(Signal::SIGKILL);
    presenter.wait_exit();
    wall.wait_for("Esc  zur Übung");
    wall.send(key::PAGE_DOWN);
    wall.wait_for("2/4 Geschäftsmodell");

    // A new presenter; then the wall quits and the presenter ends with a clear word.
    let mut second = Tui::spawn(data.path(), &["--lang", "de", "presenter"]);
    second.wait_for("2/4 Geschäftsmodell");
    wall.quit();
    assert_eq!(wall.wait_exit(), 0);
    wall.assert_restored();
    assert_eq!(second.wait_exit(), 0);
    second.assert_restored();
    assert!(
        second.screen().contains("Die Wand wurde beendet"),
        "{}",
        second.screen()
    );
}
