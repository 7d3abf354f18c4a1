//! Hostile session files: truncated anywhere, bytes flipped at random, huge, deeply
//! nested, invalid UTF-8, control characters in strings. Never a panic; a file that is
//! refused is refused with a position; nothing from a file reaches the screen raw.

use std::path::Path;

use proptest::prelude::*;
use seam::store::{self, StoreError};

const EXAMPLE: &str = include_str!("../../workshops/examples/kessler.ron");

/// A refused file names where: `file:line:column`, or is refused as a whole for a reason
/// that needs no position (size, version).
fn assert_located(error: &StoreError, name: &str) {
    match error {
        StoreError::Syntax {
            path, line, column, ..
        } => {
            assert_eq!(path, Path::new(name));
            assert!(*line >= 1 && *column >= 1, "{error}");
            let text = error.to_string();
            assert!(
                text.starts_with(&format!("{name}:{line}:{column}: ")),
                "{text}"
            );
        }
        StoreError::TooNew { .. }
        | StoreError::UnknownVersion { .. }
        | StoreError::TooLarge { .. } => {}
        other => panic!("unexpected error kind: {other}"),
    }
}

#[test]
fn truncated_at_every_byte_offset() {
    let bytes = EXAMPLE.as_bytes();
    let mut refused = 0;
    for end in 0..bytes.len() {
        let Ok(text) = std::str::from_utf8(&bytes[..end]) else {
            continue; // the middle of a multi-byte character: covered by the UTF-8 test
        };
        match store::parse_session(text, Path::new("cut.ron")) {
            Ok(_) => assert!(end + 2 >= bytes.len(), "a prefix of {end} bytes parsed"),
            Err(error) => {
                assert_located(&error, "cut.ron");
                refused += 1;
            }
        }
    }
    assert!(refused > bytes.len() * 9 / 10);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn random_byte_flips_never_panic(flips in proptest::collection::vec((0..EXAMPLE.len(), any::<u8>()), 1..4)) {
        let mut bytes = EXAMPLE.as_bytes().to_vec();
        for (at, value) in flips {
            bytes[at] = value;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("flipped.ron");
        std::fs::write(&path, &bytes).expect("write");
        if let Err(error) = store::read_session(&path) {
            match &error {
                StoreError::Syntax { line, column, .. } => prop_assert!(*line >= 1 && *column >= 1),
                StoreError::TooNew { .. } | StoreError::UnknownVersion { .. } => {}
                other => prop_assert!(false, "unexpected: {other}"),
            }
        }
    }
}

#[test]
fn a_100_mb_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(100 * 1024 * 1024).expect("grow");
    // What this process has read so far (Linux counts it in /proc/self/io): reading the
    // file would add 100 MB, refusing it from its size adds next to nothing.
    let read_so_far = || {
        std::fs::read_to_string("/proc/self/io")
            .expect("/proc/self/io")
            .lines()
            .find_map(|l| l.strip_prefix("rchar: ")?.trim().parse::<u64>().ok())
            .expect("rchar")
    };
    let before = read_so_far();
    let error = store::read_session(&path).expect_err("refused");
    let read = read_so_far() - before;
    assert!(
        matches!(
            error,
            StoreError::TooLarge {
                size: 104_857_600,
                ..
            }
        ),
        "{error}"
    );
    assert!(error.to_string().contains("too large"), "{error}");
    assert!(
        read < 10 * 1024 * 1024,
        "refused without reading: {read} bytes read"
    );
}

#[test]
fn ten_thousand_deep_nesting_is_an_error_with_a_position() {
    for (open, close) in [("[", "]"), ("(", ")"), ("Some(", ")")] {
        let text = format!(
            "(version: 1, title: {}1{})",
            open.repeat(10_000),
            close.repeat(10_000)
        );
        let error = store::parse_session(&text, Path::new("deep.ron")).expect_err("too deep");
        assert_located(&error, "deep.ron");
    }
}

#[test]
fn invalid_utf8_is_located() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("latin1.ron");
    let mut bytes = EXAMPLE.as_bytes().to_vec();
    let at = EXAMPLE
        .find("Größe")
        .unwrap_or_else(|| EXAMPLE.find('ö').expect("an umlaut"));
    bytes[at] = 0xf6;
    std::fs::write(&path, &bytes).expect("write");
    let error = store::read_session(&path).expect_err("not UTF-8");
    assert!(
        error.to_string().contains("not valid UTF-8 text"),
        "{error}"
    );
    assert!(
        matches!(error, StoreError::Syntax { line, .. } if line > 1),
        "{error}"
    );
}

#[test]
fn wrong_types_and_unknown_fields_are_located() {
    for (from, to) in [
        ("year: Some(2026)", "year: Some(\"2026\")"),
        ("units: Some(35000)", "units: Some(-5)"),
        ("id: 1,", "id: 1, colour: Blue,"),
        ("accepted_by_provider: true", "accepted_by_provider: 1"),
    ] {
        let text = EXAMPLE.replacen(from, to, 1);
        let error = store::parse_session(&text, Path::new("typed.ron")).expect_err(to);
        assert_located(&error, "typed.ron");
        let line = EXAMPLE
            .lines()
            .position(|l| l.contains(from))
            .expect("in example")
            + 1;
        assert!(
            error.to_string().starts_with(&format!("typed.ron:{line}:")),
            "{to}: {error}"
        );
    }
}

/// Every string in the session holds NUL, escape sequences and bidi overrides; no cell
/// of any screen may hold a control character afterwards.
#[test]
fn control_characters_in_strings_never_reach_the_screen() {
    let nasty = "\\u{0}\\u{1b}[2J\\u{1b}]0;x\\u{7}\\u{9b}31m\\u{202e}";
    let mut text = EXAMPLE.to_owned();
    for name in [
        "Vertrieb",
        "Marketing",
        "Anna Berger",
        "Kessler",
        "Leads",
        "Etikettendrucker",
    ] {
        text = text.replace(name, &format!("{name}{nasty}"));
    }
    let session = store::parse_session(&text, Path::new("nasty.ron")).expect("still a valid file");
    let app = crate::common::workshop_app(session);
    for step in 0..4 {
        for keys in ["", "<Tab><Tab><Enter>", "<Enter>", "<F1>", "<C-l>"] {
            let mut probe =
                crate::common::workshop_app(crate::common::workshop(&app).session.clone());
            for _ in 0..step {
                crate::common::keys(&mut probe, "<PageDown>");
            }
            crate::common::keys(&mut probe, keys);
            for (w, h) in [(80, 24), (120, 40)] {
                let screen = crate::common::render(&probe, w, h);
                let bad: Vec<char> = screen
                    .chars()
                    .filter(|c| {
                        (c.is_control() && *c != '\n') || ('\u{202a}'..='\u{202e}').contains(c)
                    })
                    .collect();
                assert!(
                    bad.is_empty(),
                    "step {step}, keys {keys:?}, {w}x{h}: {bad:?}"
                );
            }
        }
    }
}
