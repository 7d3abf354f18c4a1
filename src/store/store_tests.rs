use super::*;
use crate::workshops::example_session;

fn example() -> Session {
    example_session().expect("example parses")
}

#[test]
fn a_session_survives_the_round_trip_to_text() {
    let session = example();
    let path = Path::new("x.ron");
    let text = session_to_ron(&session, path).expect("serialises");
    assert!(text.starts_with("// seam session file."));
    assert_eq!(parse_session(&text, path).expect("parses"), session);
    // The same session always gives the same text: the file diffs cleanly.
    assert_eq!(session_to_ron(&session, path).expect("serialises"), text);
}

#[test]
fn the_bak_is_the_version_of_the_day_not_the_last_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    let mut session = example();
    write_session(&path, &session).expect("first write");
    assert!(!backup_path(&path).exists());
    // The wall opens it in the morning: that version is kept.
    keep_version_of_the_day(&path, &read_session(&path).expect("reads")).expect("kept");
    for title in ["Zweite Fassung", "Dritte Fassung"] {
        session.title = title.into();
        write_session(&path, &session).expect("an autosave");
    }
    assert_eq!(read_session(&path).expect("reads").title, "Dritte Fassung");
    let morning = read_session(&backup_path(&path)).expect("backup reads");
    assert_eq!(
        morning.title,
        example().title,
        "autosaves leave the .bak alone"
    );
    // Opened again in the afternoon: the afternoon starts from the last save.
    keep_version_of_the_day(&path, &read_session(&path).expect("reads")).expect("kept again");
    let afternoon = read_session(&backup_path(&path)).expect("backup reads");
    assert_eq!(afternoon.title, "Dritte Fassung");
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(TEMP_MARK))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn an_export_written_again_keeps_its_last_version_as_bak() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("handout.md");
    write_atomically(&path, b"first").expect("first");
    write_atomically(&path, b"second").expect("second");
    assert_eq!(fs::read(backup_path(&path)).expect("bak"), b"first");
}

#[cfg(unix)]
#[test]
fn files_and_folders_are_private() {
    let dir = tempfile::tempdir().expect("tempdir");
    let nested = dir.path().join("data").join("sessions");
    let path = nested.join("s.ron");
    ensure_private_dir(&nested).expect("folders");
    write_session(&path, &example()).expect("write");
    let mode = |p: &Path| owner_only::mode_of(p).expect("a mode");
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&nested), 0o700);
    assert_eq!(mode(&dir.path().join("data")), 0o700);
}

#[test]
fn a_second_writer_is_refused_and_told_who_holds_the_lock() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    let held = SessionLock::acquire(&path).expect("first lock");
    let refused = SessionLock::acquire(&path).expect_err("second lock");
    let message = refused.to_string();
    assert!(
        message.contains(&format!("pid {}", std::process::id())),
        "{message}"
    );
    assert!(message.contains("read-only"), "{message}");
    drop(held);
    // Freed at once — unless another test's thread forked a child (`mkfifo` below) in
    // that instant: the child shares the lock's file until its exec closes it. So the
    // lock must come free within a moment, not at the very next call.
    let start = std::time::Instant::now();
    while let Err(error) = SessionLock::acquire(&path) {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(2),
            "free again: {error}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[test]
fn newer_versions_are_refused_and_unknown_old_ones_named() {
    let text = EXAMPLE_WITH_VERSION.replace("VERSION", "7");
    let error = parse_session(&text, Path::new("n.ron")).expect_err("too new");
    assert!(matches!(
        error,
        StoreError::TooNew {
            found: 7,
            supported: 1,
            ..
        }
    ));
    assert!(error.to_string().contains("update seam"));
    let text = EXAMPLE_WITH_VERSION.replace("VERSION", "0");
    let error = parse_session(&text, Path::new("o.ron")).expect_err("unknown");
    assert!(matches!(error, StoreError::UnknownVersion { found: 0, .. }));
}

const EXAMPLE_WITH_VERSION: &str = "(version: VERSION, future_field: [1, 2, (a: 3)])";

#[test]
fn syntax_errors_name_line_and_column() {
    let text = "(\n    version: 1,\n    id: \"x\",\n    title: 42,\n)";
    let error = parse_session(text, Path::new("bad.ron")).expect_err("wrong type");
    let message = error.to_string();
    assert!(message.starts_with("bad.ron:4:"), "{message}");
}

#[test]
fn invalid_utf8_is_located() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bin.ron");
    fs::write(&path, b"(\n  version: 1,\n  title: \"\xff\"").expect("write");
    let message = read_session(&path).expect_err("not utf-8").to_string();
    assert!(
        message.ends_with(":3:11: not valid UTF-8 text"),
        "{message}"
    );
}

#[test]
fn oversized_files_are_refused_before_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big.ron");
    let file = File::create(&path).expect("create");
    file.set_len(MAX_FILE_BYTES + 1).expect("grow");
    let error = read_session(&path).expect_err("too large");
    assert!(matches!(error, StoreError::TooLarge { .. }), "{error}");
}

#[test]
fn deep_nesting_fails_cleanly() {
    let text = format!(
        "(version: 1, steps: {}{})",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let error = parse_session(&text, Path::new("deep.ron")).expect_err("too deep");
    assert!(error.to_string().starts_with("deep.ron:1:"), "{error}");
}

#[test]
fn stale_temp_files_are_swept_when_nobody_holds_the_session() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    let stale = dir.path().join(format!(".s.ron{TEMP_MARK}999999"));
    fs::write(&stale, "half a session").expect("write");
    let held = SessionLock::acquire(&path).expect("lock");
    assert_eq!(
        sweep_stale_temp_files(dir.path()),
        0,
        "a held session is not touched"
    );
    drop(held);
    assert_eq!(sweep_stale_temp_files(dir.path()), 1);
    assert!(!stale.exists());
}

#[test]
fn slugs_are_safe_file_names() {
    let cases = [
        ("Q3 Kick-off", "q3-kick-off"),
        ("Größe & Übergabe", "groesse-uebergabe"),
        ("../../etc/passwd", "etc-passwd"),
        (".hidden", "hidden"),
        ("a\u{1b}[31mred\nline", "a-31mred-line"),
        ("", "session"),
        ("日本語", "session"),
    ];
    for (title, expected) in cases {
        assert_eq!(slug(title), expected, "{title:?}");
    }
    assert!(slug(&"lang ".repeat(40)).len() <= 48);
}

#[test]
fn new_session_paths_never_clash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let date = jiff::civil::date(2026, 11, 24);
    let first = new_session_path(dir.path(), date, "Kick-off");
    assert!(first.ends_with("2026-11-24-kick-off.ron"));
    fs::write(&first, "").expect("write");
    let second = new_session_path(dir.path(), date, "Kick-off");
    assert!(second.ends_with("2026-11-24-kick-off-2.ron"));
}

#[test]
fn a_full_disk_half_way_keeps_the_old_version_and_leaves_no_temp_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    let old = example();
    write_session(&path, &old).expect("first write");
    let mut new = example();
    new.title = "Neu".into();
    let text = session_to_ron(&new, &path).expect("serialises");
    let error = write_atomically_with(&path, text.as_bytes(), |file, bytes| {
        file.write_all(&bytes[..bytes.len() / 2])?;
        Err(io::Error::new(
            io::ErrorKind::StorageFull,
            "no space left on device",
        ))
    })
    .expect_err("the disk is full");
    assert!(
        error.to_string().contains("no space left on device"),
        "{error}"
    );
    assert_eq!(read_session(&path).expect("old version"), old);
    let names: Vec<String> = fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains(TEMP_MARK)), "{names:?}");
    write_session(&path, &new).expect("the next save succeeds");
    assert_eq!(read_session(&path).expect("new version").title, "Neu");
}

#[test]
fn a_vanished_folder_is_an_error_not_recreated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("sessions");
    ensure_private_dir(&folder).expect("folder");
    let path = folder.join("s.ron");
    write_session(&path, &example()).expect("write");
    fs::rename(&folder, dir.path().join("moved")).expect("move away");
    let error = write_session(&path, &example()).expect_err("folder gone");
    assert!(matches!(error, StoreError::Io { .. }), "{error}");
    assert!(!folder.exists());
    fs::rename(dir.path().join("moved"), &folder).expect("move back");
    write_session(&path, &example()).expect("saves again");
}

/// A named pipe in a folder is Unix's (`mkfifo`).
#[cfg(unix)]
#[test]
fn a_pipe_or_device_is_written_into_not_replaced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo (coreutils)");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).expect("read the pipe"))
    };
    write_atomically(&fifo, b"handout").expect("written into the pipe");
    assert_eq!(reader.join().expect("reader"), "handout");
    let kind = fs::symlink_metadata(&fifo)
        .expect("still there")
        .file_type();
    assert!(!kind.is_file(), "the pipe was not replaced by a file");
    assert!(!dir.path().join("pipe.bak").exists(), "no backup of a pipe");
}
