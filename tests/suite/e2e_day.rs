//! The version of the day, through the real binary: the `.bak` beside a session is the
//! file as the wall opened it, however many autosaves follow, so `seam diff X.bak X`
//! at the end of the day says what the day changed.

use std::fs;
use std::process::Command;

use crate::pty::{Tui, key};

#[test]
fn after_a_days_autosaves_the_bak_still_says_what_the_day_changed() {
    let data = tempfile::tempdir().expect("tempdir");
    let sessions = data.path().join("sessions");
    fs::create_dir_all(&sessions).expect("folder");
    let path = sessions.join("kessler.ron");
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/workshops/examples/kessler.ron"
    );
    fs::copy(example, &path).expect("the example");
    let morning = fs::read(&path).expect("read");

    let mut tui = Tui::spawn(
        data.path(),
        &["--lang", "de", "open", path.to_str().expect("utf-8")],
    );
    tui.wait_for("Spreizung: Euro ×2,9 · Stück ×2,6");
    // Two edits with autosaves between them, as in a day at the wall.
    for typed in [" am Vormittag", " und am Nachmittag"] {
        tui.send(key::TAB);
        tui.send(key::TAB);
        tui.send(key::DOWN);
        tui.wait_for("▶ ");
        tui.type_text(typed);
        tui.send(key::ENTER);
        tui.send(key::ESC);
        tui.wait_for("Schätzungen (3)");
        tui.settle(1200);
    }
    tui.quit();
    assert_eq!(tui.wait_exit(), 0);

    let bak = sessions.join("kessler.ron.bak");
    assert_eq!(
        fs::read(&bak).expect("the .bak"),
        morning,
        "the version of the morning"
    );
    let saved = fs::read_to_string(&path).expect("saved");
    for typed in ["am Vormittag", "am Nachmittag"] {
        assert!(saved.contains(typed), "{typed} saved:\n{saved}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_seam"))
        .arg("--data-dir")
        .arg(data.path())
        .args(["--lang", "de", "diff"])
        .arg(&bak)
        .arg(&path)
        .output()
        .expect("seam diff runs");
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "they differ: {said}");
    assert!(said.contains("am Nachmittag"), "the day's change: {said}");
}
