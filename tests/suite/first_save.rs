//! The first save of a file changes only what changed: every example, and every session
//! made from a built-in template by the real binary, is written back byte for byte as it
//! was read — its comment lines, its times with their own offsets, its layout.

use std::fs;
use std::path::Path;
use std::process::Command;

use seam::store;

/// Read and written again by seam's own writer, in a folder of its own.
fn saved_again(name: &str, text: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    fs::write(&path, text).expect("copy");
    let session = store::read_session(&path).expect("reads");
    store::write_session(&path, &session).expect("writes");
    fs::read_to_string(&path).expect("written")
}

#[test]
fn every_example_is_written_back_byte_for_byte() {
    for (name, text) in [
        ("kessler.ron", seam::workshops::EXAMPLE),
        ("full-day.ron", seam::workshops::EXAMPLE_FULL),
    ] {
        let again = saved_again(name, text);
        assert!(again == text, "{name} changed on its first save:\n{again}");
    }
}

#[test]
fn a_session_made_from_every_template_is_written_back_byte_for_byte() {
    let data = tempfile::tempdir().expect("tempdir");
    for template in ["core", "full", "agreements", "follow-up"] {
        let out = Command::new(env!("CARGO_BIN_EXE_seam"))
            .arg("--data-dir")
            .arg(data.path())
            .args(["--lang", "de", "new", "--no-open", "--template", template])
            .args(["--title", &format!("Erste Speicherung {template}")])
            .args(["--participant", "Anna Berger:Marketing"])
            .output()
            .expect("seam new runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let path = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let text = fs::read_to_string(Path::new(&path)).expect("made");
        let again = saved_again("made.ron", &text);
        assert!(
            again == text,
            "{template} changed on its first save:\n{again}"
        );
    }
}

#[test]
fn a_hand_written_header_and_offset_survive_a_change() {
    let text = seam::workshops::EXAMPLE.replace("Kick-off", "Auftakt");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("k.ron");
    fs::write(&path, seam::workshops::EXAMPLE).expect("copy");
    let mut session = store::read_session(&path).expect("reads");
    session.title = session.title.replace("Kick-off", "Auftakt");
    store::write_session(&path, &session).expect("writes");
    let written = fs::read_to_string(&path).expect("written");
    assert!(written.starts_with("// seam session file."), "{written}");
    assert!(written.contains("\n// An example: Kessler"), "{written}");
    assert!(
        written.contains("created: \"2026-11-20T09:00:00+01:00\""),
        "{written}"
    );
    let changed: Vec<_> = written
        .lines()
        .zip(text.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert!(changed.is_empty(), "only the title changed: {changed:?}");
}
