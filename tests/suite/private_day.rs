//! The record people can trust (issue 35), over a scripted day: every file seam writes
//! into the session's folder — every version of the session file as each save wrote
//! it, its `.bak`, the lock's sidecars — and every export of it holds no note of the
//! facilitator, no held-back word, and no version from which an anonymous answer's
//! author follows. The facilitator's private file, elsewhere, holds them.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{keys, opened_at_nine, typing, workshop};
use seam::app::{App, Msg, Screen};
use seam::presenter::protocol::Command as Presenter;
use seam::record::Session;
use seam::store::{self, DataDir, SessionLock};

const PEOPLE: [(&str, &str); 5] = [
    ("Anna-Lena Schäfer", "Vertrieb"),
    ("Jörg Hölzl", "Service"),
    ("Käthe Groß", "Vertrieb"),
    ("Jonas Weber", "Marketing"),
    ("Dr. Frank Ohm", "Finanzen"),
];
const NOTE: &str = "Anna-Lena nach der Pause ansprechen";
const HELD: &str = "Jürgen ist unfähig, das weiß jeder";

fn seam(data: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_seam"))
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", "de"])
        .args(args)
        .env_remove("SEAM_DATA_DIR")
        .output()
        .expect("seam runs");
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "seam {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The wall's day, saved as the wall's writer saves it after every change; each
/// version of the session file as it was written.
struct Day {
    app: App,
    path: PathBuf,
    private: PathBuf,
    versions: Vec<String>,
}

impl Day {
    fn save(&mut self) {
        let w = workshop(&self.app);
        store::save_session(&self.path, &self.private, &w.session).expect("saved");
        let text = fs::read_to_string(&self.path).expect("the session file");
        if self.versions.last() != Some(&text) {
            self.versions.push(text);
        }
    }

    fn keys(&mut self, spec: &str) {
        keys(&mut self.app, spec);
        self.save();
    }

    /// Participant `index` gives an answer at the shared keyboard.
    fn answer_as(&mut self, index: usize, text: &str) {
        keys(&mut self.app, &"<Up>".repeat(PEOPLE.len()));
        keys(&mut self.app, &"<Down>".repeat(index));
        keys(&mut self.app, "<Enter>");
        typing(&mut self.app, text);
        self.save();
    }

    fn presenter(&mut self, command: Presenter) {
        self.app.update(Msg::Remote(command));
        self.save();
    }
}

fn start(data: &Path) -> (Day, SessionLock) {
    let mut args = vec![
        "new",
        "--no-open",
        "--template",
        "core",
        "--title",
        "Kick-off",
    ];
    let people: Vec<String> = PEOPLE.iter().map(|(n, d)| format!("{n}:{d}")).collect();
    for person in &people {
        args.extend(["--participant", person.as_str()]);
    }
    let made = seam(data, &args);
    let path = PathBuf::from(String::from_utf8_lossy(&made.stdout).trim());
    // As the wall opens it: its lock (with the holder's sidecar) and the version of the day.
    let lock = SessionLock::acquire(&path).expect("the lock");
    let session: Session = store::read_session(&path).expect("reads");
    store::keep_version_of_the_day(&path, &session).expect("the .bak");
    let private = DataDir::at(data.to_owned()).private_of(&session, &path);
    let mut app = opened_at_nine(session);
    if let Screen::Workshop(w) = &mut app.screen {
        w.path.clone_from(&path);
        w.private_file = Some(private.clone());
    }
    let day = Day {
        app,
        path,
        private,
        versions: Vec::new(),
    };
    (day, lock)
}

/// Every file below `dir`, with its bytes as text where they are text.
fn files_below(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).expect("a folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_below(&path));
        } else {
            let bytes = fs::read(&path).expect("readable");
            found.push((path, String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    found
}

#[test]
fn no_file_of_a_scripted_day_holds_a_note_a_held_back_word_or_an_anonymous_author() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path();
    let (mut day, _lock) = start(data);

    // The facilitator's note on the pulse, typed on the presenter.
    day.presenter(Presenter::Note {
        step: 0,
        text: NOTE.into(),
    });
    // The pulse, anonymous by itself: answered in an order the room watched.
    day.keys("<C-o>");
    for (index, place) in [(3, "2"), (1, "3"), (4, "1"), (0, "4"), (2, "2")] {
        day.answer_as(index, &format!("{place}\n"));
    }
    day.keys("<C-r><C-r>");
    // The business model's named text round: one answer held back before the reveal.
    day.keys("<PageDown><PageDown><C-o>");
    day.answer_as(0, &format!("{HELD}\n"));
    day.answer_as(1, "Zu viele Freigaben zwischen den Abteilungen\n");
    day.answer_as(2, "Lange Wege vom Angebot zum Auftrag\n");
    day.presenter(Presenter::HoldBack { text: HELD.into() });
    day.keys("<C-r><C-r>");
    assert!(day.versions.len() >= 10, "{} versions", day.versions.len());

    // Exports and outputs of the session file, through the binary.
    let file = day.path.to_str().expect("utf-8").to_owned();
    let exports = data.join("exports");
    fs::create_dir_all(&exports).expect("a folder");
    for name in ["handout.html", "handout.md", "tables.csv", "book.xlsx"] {
        let to = exports.join(name);
        seam(data, &["export", &file, "-o", to.to_str().expect("utf-8")]);
    }
    let bak = store::backup_path(&day.path);
    let said = [
        seam(data, &["show", &file]),
        seam(data, &["diff", bak.to_str().expect("utf-8"), &file]),
    ];

    let sessions = day.path.parent().expect("its folder").to_owned();
    let mut everything: Vec<(String, String)> = files_below(&sessions)
        .into_iter()
        .chain(files_below(&exports))
        .map(|(path, text)| (path.display().to_string(), text))
        .collect();
    // The workbook is a zip: its sheets read as text through calamine.
    let book = exports.join("book.xlsx");
    let mut workbook: calamine::Xlsx<_> = calamine::open_workbook(&book).expect("xlsx");
    use calamine::Reader;
    for sheet in workbook.sheet_names() {
        let range = workbook.worksheet_range(&sheet).expect("a sheet");
        let cells: Vec<String> = range.cells().map(|(_, _, c)| c.to_string()).collect();
        everything.push((format!("xlsx sheet {sheet}"), cells.join("\n")));
    }
    for (index, version) in day.versions.iter().enumerate() {
        everything.push((
            format!("version {index} of the session file"),
            version.clone(),
        ));
    }
    for (index, out) in said.iter().enumerate() {
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        everything.push((format!("output {index}"), text));
    }
    assert!(
        !everything.iter().any(|(name, _)| name.contains("private")),
        "no private file where sessions or exports go"
    );
    for (name, text) in &everything {
        assert!(!text.contains(NOTE), "the note in {name}");
        assert!(
            !text.contains("Jürgen ist unfähig"),
            "the held-back words in {name}"
        );
    }
    let handout = fs::read_to_string(exports.join("handout.md")).expect("the handout");
    assert!(handout.contains("1 Antwort zurückgehalten"), "{handout}");
    assert!(handout.contains("Zu viele Freigaben"), "{handout}");

    // The anonymous pulse in every version: no answer while it collects, all five at
    // once at the reveal, by value, with nobody and no time of their own.
    let mut seen_revealed = false;
    for (index, version) in day.versions.iter().enumerate() {
        let session = store::parse_session(version, Path::new("v.ron")).expect("each reads");
        let Some(pulse) = session.steps[0].rounds.first() else {
            continue;
        };
        assert!(pulse.anonymous);
        assert!(pulse.answered.is_empty(), "version {index}: who answered");
        if pulse.is_open() {
            assert!(pulse.answers.is_empty(), "version {index}:\n{version}");
        } else {
            seen_revealed = true;
            assert_eq!(pulse.answers.len(), 5, "version {index}");
            assert!(
                pulse
                    .answers
                    .iter()
                    .all(|a| a.who.is_nobody() && a.at == pulse.opened)
            );
            let sorted = pulse
                .answers
                .windows(2)
                .all(|w| w[0].reply.order(&w[1].reply) != std::cmp::Ordering::Greater);
            assert!(sorted, "version {index}: by value");
        }
        for (name, _) in PEOPLE {
            let beside = version
                .lines()
                .any(|l| l.contains(name) && l.contains("reply"));
            assert!(!beside, "version {index}: {name} beside a reply");
        }
    }
    assert!(seen_revealed);

    // The private file holds what the others leave out, apart from them, owner-only.
    let private = fs::read_to_string(&day.private).expect("the private file");
    assert!(
        private.contains(NOTE) && private.contains(HELD),
        "{private}"
    );
    assert!(!day.private.starts_with(&sessions));
    #[cfg(unix)]
    assert_eq!(
        store::owner_only::mode_of(&day.private).expect("a mode") & 0o777,
        0o600
    );
    // Opened again, the wall has it all: the note and the held-back answer's author.
    let mut again = store::read_session(&day.path).expect("reads");
    let kept = store::read_private(&day.private)
        .expect("reads")
        .expect("there");
    seam::record::private::join(&mut again, &kept);
    assert_eq!(again.steps[0].facilitator_notes, NOTE);
    let text_round = &again.steps[2].rounds[0];
    assert!(
        text_round
            .answers
            .iter()
            .any(|a| a.held_back && a.who.name == "Anna-Lena Schäfer")
    );
}

#[test]
fn two_copies_of_a_session_keep_their_own_private_files_and_a_moved_one_finds_its_own() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::at(dir.path().join("data"));
    let mut session = seam::workshops::example_session().expect("the example");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    fs::create_dir_all(&a).expect("a");
    fs::create_dir_all(&b).expect("b");
    let (in_a, in_b) = (a.join("kessler.ron"), b.join("kessler.ron"));
    session.steps[0].facilitator_notes = NOTE.into();
    store::save_session(&in_a, &data.private_of(&session, &in_a), &session).expect("a");
    session.steps[0].facilitator_notes.clear();
    store::write_session(&in_b, &session).expect("b");
    // The copy in b has the same id, and none of a's notes.
    let shared = store::read_session(&in_b).expect("reads");
    let (_, kept) = data.read_private_of(&shared, &in_b).expect("reads");
    assert!(kept.is_none(), "b's private file is b's own");
    let (_, kept) = data.read_private_of(&shared, &in_a).expect("reads");
    assert_eq!(kept.expect("a's").notes[0].notes, NOTE);
    // a moved to c: its private file moves with it.
    let c = dir.path().join("c");
    fs::create_dir_all(&c).expect("c");
    let in_c = c.join("kessler.ron");
    fs::rename(&in_a, &in_c).expect("moved");
    let (path, kept) = data.read_private_of(&shared, &in_c).expect("reads");
    assert_eq!(kept.expect("found again").notes[0].notes, NOTE);
    assert_eq!(path, data.private_of(&shared, &in_c));
    assert!(path.exists());
}

#[test]
fn an_older_file_s_version_of_the_day_leaves_its_notes_out() {
    // Written before the facilitator's part had a file of its own: the notes were in it.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("alt.ron");
    let old = seam::workshops::EXAMPLE.replacen(
        "            notes: \"",
        &format!("            facilitator_notes: \"{NOTE}\",\n            notes: \""),
        1,
    );
    assert!(old.contains(NOTE));
    fs::write(&path, &old).expect("written");
    let session = store::read_session(&path).expect("an older file still reads");
    store::keep_version_of_the_day(&path, &session).expect("the .bak");
    let bak = fs::read_to_string(store::backup_path(&path)).expect("the .bak");
    assert!(!bak.contains(NOTE), "{bak}");
    assert_eq!(
        fs::read_to_string(&path).expect("the file"),
        old,
        "the file itself untouched"
    );
}
