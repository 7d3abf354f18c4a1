//! Shared helpers for the tests that drive `App` without a terminal.

#![allow(dead_code)]

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use seam::app::keymap::{Chord, KeyCode, KeyModifiers};
use seam::app::{App, Effect, Msg, Screen, SessionEntry, StartState, Workshop};
use seam::model::{Language, Text};
use seam::record::Session;

/// The moment every in-process test lives at, in UTC: 09:00 on the example's day.
/// Nothing a test shows or checks depends on the day or the zone the suite runs in.
pub const TEST_NOW: &str = "2026-11-22T09:00:00Z";

/// Stands the clock still at `TEST_NOW` in UTC for this test binary.
pub fn fixed_clock() {
    let at: jiff::Timestamp = TEST_NOW.parse().expect("a moment");
    seam::model::time::pin_clock(at, jiff::tz::TimeZone::UTC);
}

pub fn example() -> Session {
    fixed_clock();
    seam::workshops::example_session().expect("example parses")
}

/// A fresh German session from built-in template `template`, with `people` as
/// (name, department), dated as the example so that snapshots stay the same.
pub fn from_template(template: &str, id: &str, title: &str, people: &[(&str, &str)]) -> Session {
    fixed_clock();
    let catalog = seam::workshops::Catalog::load(None);
    let template = catalog.get(template).expect("a built-in template");
    let people = people
        .iter()
        .map(|(name, department)| seam::model::Participant {
            name: (*name).into(),
            department: (*department).into(),
        })
        .collect();
    Session::from_template(
        template,
        id.into(),
        title.into(),
        Language::De,
        people,
        example().created,
    )
}

pub fn workshop_app(session: Session) -> App {
    fixed_clock();
    let language = session.language;
    App::new(
        language,
        Screen::Workshop(Box::new(Workshop::new(
            session,
            PathBuf::from("/tmp/seam-test.ron"),
            false,
            seam::model::Moment::now(),
        ))),
    )
}

/// A workshop opened at a fixed moment (09:00 UTC on the example's day), so that times
/// on screen — when a round was revealed, the end at this pace — stay the same.
pub fn opened_at_nine(session: Session) -> App {
    let mut app = workshop_app(session);
    if let Screen::Workshop(w) = &mut app.screen {
        w.opened = "2026-11-22T09:00:00Z"
            .parse::<jiff::Timestamp>()
            .map(seam::model::Moment::from_timestamp)
            .expect("a moment");
    }
    app
}

/// The one session file (`*.ron`) in `folder`; panics unless there is exactly one.
pub fn only_ron(folder: &std::path::Path) -> std::path::PathBuf {
    let files: Vec<std::path::PathBuf> = std::fs::read_dir(folder)
        .expect("the folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

pub fn start_app(language: Language, sessions: Vec<SessionEntry>) -> App {
    fixed_clock();
    let templates = vec![(
        "core".to_owned(),
        Text::new(
            "Nahtstellen: Markt, Geschäftsmodell, Ziele, Vereinbarungen",
            "Seams: market, business model, goals, agreements",
        ),
    )];
    App::new(
        language,
        Screen::Start(Box::new(StartState::new(sessions, templates))),
    )
}

pub fn press(app: &mut App, code: KeyCode) -> Option<Effect> {
    app.update(Msg::Key(Chord::new(code, KeyModifiers::NONE)))
}

pub fn ctrl(app: &mut App, c: char) -> Option<Effect> {
    app.update(Msg::Key(Chord::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )))
}

/// Types text key by key, as a person would.
pub fn typing(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        app.update(Msg::Key(Chord::new(code, KeyModifiers::NONE)));
    }
}

/// Presses a sequence of keys; letters as typed, named keys in angle brackets:
/// `<Enter>`, `<F5>`, `<Del>`, `<C-o>` for Ctrl-O, `<S-Up>` for Shift-Up.
pub fn keys(app: &mut App, spec: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    let mut rest = spec;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
        {
            let name = &rest[1..end];
            // `<C-o>`: a Ctrl chord; `<S-Up>`: with Shift.
            if let Some(letter) = name.strip_prefix("C-").and_then(|l| l.chars().next()) {
                effects.extend(ctrl(app, letter));
                rest = &rest[end + 1..];
                continue;
            }
            if let Some(arrow) = name.strip_prefix("S-") {
                let code = if arrow == "Up" {
                    KeyCode::Up
                } else {
                    KeyCode::Down
                };
                effects.extend(app.update(Msg::Key(Chord::new(code, KeyModifiers::SHIFT))));
                rest = &rest[end + 1..];
                continue;
            }
            let code = match name {
                "Del" => KeyCode::Delete,
                "Ins" => KeyCode::Insert,
                f if f.starts_with('F') && f[1..].parse::<u8>().is_ok() => {
                    KeyCode::F(f[1..].parse().unwrap_or(1))
                }
                "Enter" => KeyCode::Enter,
                "Tab" => KeyCode::Tab,
                "BackTab" => KeyCode::BackTab,
                "Esc" => KeyCode::Esc,
                "Up" => KeyCode::Up,
                "Down" => KeyCode::Down,
                "Left" => KeyCode::Left,
                "Right" => KeyCode::Right,
                "PageDown" => KeyCode::PageDown,
                "PageUp" => KeyCode::PageUp,
                "Space" => KeyCode::Char(' '),
                "Backspace" => KeyCode::Backspace,
                other => panic!("unknown key <{other}>"),
            };
            effects.extend(press(app, code));
            rest = &rest[end + 1..];
        } else {
            effects.extend(press(app, KeyCode::Char(c)));
            rest = &rest[c.len_utf8()..];
        }
    }
    effects
}

pub fn workshop(app: &App) -> &Workshop {
    app.workshop().expect("a workshop is open")
}

pub fn render(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| seam::ui::render(app, frame))
        .expect("draws");
    terminal.backend().to_string()
}

/// The real binary with a data folder of its own; panics with its stderr unless it
/// succeeds; its standard output.
pub fn seam_ok(data: &std::path::Path, args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_seam"))
        .env("TZ", "UTC")
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "seam {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The example session's file as shipped, for tests that edit it as text.
pub fn example_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/workshops/examples/kessler.ron"
    ))
    .expect("example")
}

/// `seam export` of a session given as text, in a fresh data folder; the arguments
/// after the file. Returns the folder (kept alive by the caller) and standard output.
pub fn export_text(session: &str, args: &[&str]) -> (tempfile::TempDir, Vec<u8>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("session.ron");
    std::fs::write(&file, session).expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_seam"))
        .env("TZ", "UTC")
        .arg("--data-dir")
        .arg(dir.path())
        .arg("export")
        .arg(&file)
        .args(
            args.iter()
                .map(|a| a.replace("{dir}", &dir.path().to_string_lossy())),
        )
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, out.stdout)
}

/// A phone page without its machine-made attributes (the live state key, a hash in hex,
/// and the round's id, a time), so that a test can look for figures in the rest.
pub fn without_ids(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = ["data-state=\"", "name=\"round\" value=\""]
        .iter()
        .filter_map(|marker| rest.find(marker).map(|i| (i, marker.len())))
        .min()
    {
        let (start, length) = at;
        out.push_str(&rest[..start + length]);
        rest = &rest[start + length..];
        rest = rest.find('"').map_or("", |end| &rest[end..]);
    }
    out.push_str(rest);
    out
}

/// Every `.rs` file below `dir`, for the tests that read the code itself.
pub fn rust_files(dir: &std::path::Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("readable source folder")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
