//! The command line as a new user types it: the real binary, a temporary data folder.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Seam {
    data: tempfile::TempDir,
}

impl Seam {
    fn new() -> Seam {
        Seam {
            data: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_seam"))
            .env("TZ", "UTC")
            .arg("--data-dir")
            .arg(self.data.path())
            .args(args)
            .env_remove("SEAM_DATA_DIR")
            .output()
            .expect("seam runs")
    }

    /// What the commands see, for calling `seam::cli` directly: German, not chosen.
    fn context(&self) -> seam::cli::Context {
        seam::cli::Context {
            data: seam::store::DataDir::at(self.data.path().to_owned()),
            language: seam::model::Language::De,
            language_given: false,
            room: seam::cli::RoomOptions::default(),
        }
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "seam {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    fn new_session(&self, title: &str) -> PathBuf {
        PathBuf::from(
            self.ok(&[
                "new",
                "--no-open",
                "--lang",
                "de",
                "--title",
                title,
                "--participant",
                "Anna Berger:Marketing",
            ])
            .trim(),
        )
    }

    fn file(&self, name: &str, content: &[u8]) -> PathBuf {
        let path = self.data.path().join(name);
        fs::write(&path, content).expect("write");
        path
    }
}

fn example() -> &'static str {
    include_str!("../../workshops/examples/kessler.ron")
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

#[test]
fn a_new_user_prepares_lists_checks_shows_and_exports_a_session() {
    let seam = Seam::new();
    let path = seam.new_session("Q3 Kick-off");
    assert!(path.exists(), "{path:?}");
    assert!(
        path.file_name()
            .is_some_and(|n| n.to_string_lossy().ends_with("-q3-kick-off.ron"))
    );

    let list = seam.ok(&["list"]);
    assert!(list.contains("Q3 Kick-off"), "{list}");
    assert!(list.contains("core"), "{list}");
    assert!(list.contains("0/6"), "{list}");

    let check = seam.ok(&["check", s(&path)]);
    assert!(
        check.contains(": valid") || check.contains(": in Ordnung"),
        "{check}"
    );

    let show = seam.ok(&["show", s(&path)]);
    assert!(show.contains("Q3 Kick-off"), "{show}");
    assert!(show.contains("Anna Berger (Marketing)"), "{show}");
    assert!(show.contains("[ ] 1. Zusammenarbeit heute"), "{show}");
    assert!(show.contains("[ ] 2. Markt"), "{show}");

    let handout = seam.ok(&["export", s(&path), "--format", "md"]);
    assert!(handout.starts_with("# Q3 Kick-off"), "{handout}");
    assert!(handout.contains("> In welchem Markt sind wir"), "{handout}");
    assert!(handout.contains("Noch nichts erfasst."), "{handout}");

    let id = path.file_stem().and_then(|s| s.to_str()).expect("stem");
    assert!(seam.ok(&["show", id]).contains("Q3 Kick-off"), "open by id");
}

#[test]
fn the_example_passes_check_with_its_open_points_as_warnings() {
    let seam = Seam::new();
    let path = seam.file("kessler.ron", example().as_bytes());
    let out = seam.run(&["--lang", "en", "check", s(&path)]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("kessler.ron: valid"), "{text}");
    assert!(
        text.contains("warning: Step 4: Agreements: Agreement 3 is incomplete: missing quantity."),
        "{text}"
    );
}

#[test]
fn every_built_in_template_passes_check() {
    let seam = Seam::new();
    for entry in fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/workshops")).expect("workshops")
    {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            let out = seam.run(&["check", s(&path)]);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
    }
}

#[test]
fn check_names_the_place_of_a_syntax_error_and_exits_1() {
    let seam = Seam::new();
    let truncated = seam.file("truncated.ron", &example().as_bytes()[..2000]);
    let malformed = seam.file(
        "malformed.ron",
        example()
            .replace("units: Some(35000)", "units: Some(\"viele\")")
            .as_bytes(),
    );
    let good = seam.file("good.ron", example().as_bytes());
    let out = seam.run(&["check", s(&good), s(&truncated), s(&malformed)]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    let line_of = |needle: &str| {
        example()
            .lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .expect("in example")
    };
    assert!(
        text.contains(&format!("malformed.ron:{}:", line_of("units: Some(35000)"))),
        "{text}"
    );
    assert!(
        text.lines().any(|l| l
            .strip_prefix(&format!("{}:", s(&truncated)))
            .and_then(|rest| rest.split(':').next())
            .is_some_and(|n| n.parse::<u32>().is_ok())),
        "{text}"
    );
}

#[test]
fn a_newer_file_format_is_refused_with_a_clear_message() {
    let seam = Seam::new();
    let future = seam.file(
        "future.ron",
        example().replace("version: 1,", "version: 9,").as_bytes(),
    );
    let out = seam.run(&["show", s(&future)]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("newer seam") && err.contains("update seam"),
        "{err}"
    );
}

#[test]
fn show_never_prints_escape_sequences_from_the_file() {
    let seam = Seam::new();
    let hostile = example()
        .replace(
            "Kessler Etikettiertechnik: Kick-off",
            "\\u{1b}[2J\\u{1b}]0;pwned\\u{7}Kessler\\u{202e}",
        )
        .replace("Anna Berger", "Anna \\u{9b}31m");
    let path = seam.file("hostile.ron", hostile.as_bytes());
    for args in [
        vec!["show", s(&path)],
        vec!["export", s(&path), "--format", "md"],
        vec!["export", s(&path), "--format", "csv", "--table", "goals"],
        vec!["list"],
    ] {
        let out = seam.run(&args);
        assert!(out.status.success(), "{args:?}");
        let all = [out.stdout, out.stderr].concat();
        for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
            assert!(
                !String::from_utf8_lossy(&all).contains(bad),
                "{args:?} printed {bad:?}"
            );
        }
    }
    let shown = seam.ok(&["show", s(&path)]);
    assert!(
        shown.contains("\u{fffd}[2J"),
        "the text stays visible, defused: {shown}"
    );
}

#[test]
fn csv_tables_use_the_session_language() {
    let seam = Seam::new();
    let path = seam.file("kessler.ron", example().as_bytes());
    let estimates = seam.ok(&[
        "export",
        s(&path),
        "--format",
        "csv",
        "--table",
        "estimates",
    ]);
    let estimates = estimates
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark, so that Excel reads the umlauts");
    let mut lines = estimates.lines();
    assert_eq!(
        lines.next(),
        Some("Schritt;Quelle;Euro;Stück;Preis je Stück;Methode;Grundlage")
    );
    assert_eq!(
        lines.next(),
        Some("1;Vertrieb;420000000;35000;12000;top-down;Branchenreport 2025, unser Anteil 12 %")
    );
    let agreements = seam.ok(&[
        "export",
        s(&path),
        "--format",
        "csv",
        "--table",
        "agreements",
    ]);
    assert_eq!(agreements.lines().count(), 4);
    let out = seam.run(&["export", s(&path), "--format", "csv"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "csv without --table and without a folder is a usage error"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o FOLDER"));
    let plain = seam.ok(&[
        "export",
        s(&path),
        "--format",
        "csv",
        "--table",
        "goals",
        "--no-bom",
    ]);
    assert!(plain.starts_with("Schritt;"), "{plain}");
}

#[test]
fn csv_without_a_table_writes_every_table_into_a_folder() {
    let seam = Seam::new();
    let path = seam.file("kessler.ron", example().as_bytes());
    let dir = seam.data.path().join("tabellen");
    let listed = seam.ok(&["export", s(&path), "--format", "csv", "-o", s(&dir)]);
    for table in ["estimates", "goals", "agreements"] {
        let file = dir.join(format!("kessler-{table}.csv"));
        assert!(listed.contains(&file.display().to_string()), "{listed}");
        let bytes = fs::read(&file).expect("written");
        assert!(bytes.starts_with("\u{feff}Schritt;".as_bytes()), "{table}");
    }
    let file = seam.data.path().join("eine-datei.csv");
    fs::write(&file, "x").expect("write");
    let out = seam.run(&["export", s(&path), "--format", "csv", "-o", s(&file)]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a file is no folder for all tables"
    );
}

#[test]
fn export_to_a_file_writes_the_handout() {
    let seam = Seam::new();
    let path = seam.file("kessler.ron", example().as_bytes());
    let out = seam.data.path().join("handout.md");
    seam.ok(&["export", s(&path), "--format", "md", "-o", s(&out)]);
    let handout = fs::read_to_string(&out).expect("written");
    assert!(
        handout.contains("| Vertrieb | 420.000.000 € | 35.000 Stück | 12.000 € | top-down |"),
        "{handout}"
    );
    assert!(handout.contains("## Themenspeicher"), "{handout}");
    assert!(
        handout.contains("12.000 € Preis je Stück"),
        "German nouns keep their capital: {handout}"
    );
    assert!(handout.contains("30.06.2027"), "German dates: {handout}");
}

#[test]
fn templates_lists_the_core_workshop() {
    let seam = Seam::new();
    let out = seam.ok(&["--lang", "en", "templates"]);
    assert!(out.contains("core"), "{out}");
    assert!(out.contains("de,en"), "{out}");
    assert!(
        out.contains(
            "Collaboration pulse → Market → Business model → Shared goals → Agreements → Next steps (250 min)"
        ),
        "{out}"
    );
}

#[test]
fn usage_errors_exit_2_and_help_lists_every_command_with_examples() {
    let seam = Seam::new();
    assert_eq!(seam.run(&["frobnicate"]).status.code(), Some(2));
    let help = seam.ok(&["--help"]);
    for command in [
        "new",
        "demo",
        "open",
        "list",
        "templates",
        "check",
        "export",
        "show",
    ] {
        assert!(
            help.contains(&format!("  {command}")),
            "{command} missing from help"
        );
        assert!(
            help.contains(&format!("seam {command}")),
            "no example for {command}"
        );
    }
}

#[test]
fn unknown_template_and_bad_participant_are_one_clear_line() {
    let seam = Seam::new();
    let out = seam.run(&["new", "--no-open", "--template", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("no template with id \"nope\"; known: core"),
        "{err}"
    );
    let out = seam.run(&["new", "--no-open", "--participant", ":Vertrieb"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(":Vertrieb"), "says which participant: {err}");
}

/// Two people of one name (issue 35): two departments tell them apart; two entries
/// that nothing tells apart are refused, on the command line and in a file, in one line
/// that says which.
#[test]
fn two_participants_of_one_name_are_told_apart_or_refused() {
    let seam = Seam::new();
    let sessions = |seam: &Seam| {
        fs::read_dir(seam.data.path().join("sessions"))
            .map(|dir| dir.count())
            .unwrap_or(0)
    };
    let path = seam.ok(&[
        "new",
        "--no-open",
        "--lang",
        "de",
        "--title",
        "Namensvettern",
        "--participant",
        "Thomas Müller:Marketing",
        "--participant",
        "Thomas Müller:Vertrieb",
        "--participant",
        "Anna Berger:Marketing",
    ]);
    let path = Path::new(path.trim());
    let session = seam::store::read_session(path).expect("reads");
    let people: Vec<String> = session
        .participants
        .iter()
        .map(seam::model::Participant::with_department)
        .collect();
    assert_eq!(
        people,
        [
            "Thomas Müller (Marketing)",
            "Thomas Müller (Vertrieb)",
            "Anna Berger (Marketing)"
        ]
    );
    let shown = seam.ok(&["show", s(path)]);
    assert!(
        shown.contains("Thomas Müller (Marketing), Thomas Müller (Vertrieb)"),
        "{shown}"
    );
    let made = sessions(&seam);
    for (language, first, second, says) in [
        (
            "de",
            "Thomas Müller:Marketing",
            "Thomas Müller:Marketing",
            "„Thomas Müller (Marketing)“ steht schon als Nr. 1 in der Liste.",
        ),
        (
            "de",
            "Thomas Müller:Marketing",
            "thomas müller: marketing",
            "steht schon als Nr. 1",
        ),
        (
            "de",
            "Thomas Müller",
            "Thomas Müller:Vertrieb",
            "nicht zu unterscheiden: zwei Menschen eines Namens unterscheidet ihre Abteilung",
        ),
        (
            "en",
            "Thomas Müller:Marketing",
            "Thomas Müller:Marketing",
            "\"Thomas Müller (Marketing)\" is on the list already, as number 1.",
        ),
    ] {
        let out = seam.run(&[
            "new",
            "--no-open",
            "--lang",
            language,
            "--participant",
            first,
            "--participant",
            "Anna Berger:Marketing",
            "--participant",
            second,
        ]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{second}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(&format!("--participant {second:?}: ")),
            "says which: {err}"
        );
        assert!(err.contains(says), "{err}");
    }
    assert_eq!(sessions(&seam), made, "no session made of a refused list");

    // A file with two that cannot be told apart: refused where it is read, with the
    // place and the reason; never a panic, and the file is left as it was.
    let twice = example().replacen(
        "participants: [",
        "participants: [\n        (name: \"Jonas Weber\", department: \"vertrieb\"),",
        1,
    );
    let file = seam.file("twice.ron", twice.as_bytes());
    let out = seam.run(&["check", s(&file)]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains(
            "participant 3: \"Jonas Weber (Vertrieb)\" is on the list already, as number 1."
        ),
        "{text}"
    );
    // In German where seam speaks German.
    let out = seam.run(&["--lang", "de", "check", s(&file)]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "Teilnehmer Nr. 3: „Jonas Weber (Vertrieb)“ steht schon als Nr. 1 in der Liste."
        ),
        "{text}"
    );
    let out = seam.run(&["--lang", "de", "show", s(&file)]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("steht schon als Nr. 1"), "{err}");
    let out = seam.run(&["show", s(&file)]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("twice.ron:") && err.contains("on the list already"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(fs::read_to_string(&file).expect("still there"), twice);
}

#[test]
fn a_session_held_by_another_seam_is_refused_with_the_holder() {
    let seam = Seam::new();
    let path = seam.new_session("Locked");
    let _held = seam::store::SessionLock::acquire(&path).expect("lock");
    let out = seam.run(&["open", s(&path)]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("pid {}", std::process::id())),
        "{err}"
    );
    assert!(err.contains("--read-only"), "{err}");
}

#[cfg(unix)]
#[test]
fn files_are_private_even_under_umask_000() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("fresh");
    let status = Command::new("sh")
        .arg("-c")
        .arg("umask 000 && exec \"$0\" --data-dir \"$1\" new --no-open --title Umask")
        .arg(env!("CARGO_BIN_EXE_seam"))
        .arg(&data)
        .status()
        .expect("sh runs");
    assert!(status.success());
    let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    let sessions = data.join("sessions");
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&sessions), 0o700);
    for entry in fs::read_dir(&sessions).expect("list") {
        let path = entry.expect("entry").path();
        assert_eq!(mode(&path), 0o600, "{path:?}");
    }
}

#[test]
fn the_data_folder_can_come_from_the_environment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = Command::new(env!("CARGO_BIN_EXE_seam"))
        .args(["new", "--no-open", "--title", "Env"])
        .env("SEAM_DATA_DIR", dir.path())
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .starts_with(dir.path().to_str().expect("utf-8"))
    );
}

#[test]
fn the_demo_shows_the_templates_hints_and_its_file_keeps_none() {
    let seam = Seam::new();
    let ctx = seam.context();
    let copy = seam::cli::create_demo(&ctx).expect("demo copy");
    let text = fs::read_to_string(&copy).expect("read");
    assert!(
        !text.contains("Jede Abteilung schätzt verdeckt") && !text.contains("hints"),
        "a session file keeps no hints"
    );
    let mut session = seam::store::read_session(&copy).expect("reads");
    seam::workshops::Catalog::load(None).lend_hints(&mut session);
    assert!(
        session.steps[0]
            .hints
            .iter()
            .any(|h| h.de.starts_with("Jede Abteilung schätzt verdeckt")),
        "lent from the core template on opening"
    );
    assert!(
        !seam.ok(&["list"]).contains("Kessler"),
        "demo copies are kept apart from the real sessions"
    );
    let again = seam::cli::create_demo(&ctx).unwrap_or_else(|e| panic!("demo copy: {e:#}"));
    assert_eq!(
        again,
        seam.data.path().join("demo").join("demo.ron"),
        "one copy, reused"
    );
}

#[test]
fn the_full_day_demo_is_a_copy_of_its_own_with_every_exercise() {
    let seam = Seam::new();
    let ctx = seam.context();
    let kick_off = seam::cli::create_demo(&ctx).expect("demo copy");
    let full = seam::cli::create_demo_of(&ctx, seam::cli::Demo::FullDay).expect("full copy");
    assert_ne!(kick_off, full, "the two demos do not overwrite each other");
    let shown = seam.ok(&["show", full.to_str().expect("utf-8")]);
    for step in [
        "Auftrag",
        "Perspektiven",
        "Pilot im geschützten Raum",
        "Kundenfälle",
    ] {
        assert!(shown.contains(step), "{step} in {shown}");
    }
    let mut session = seam::store::read_session(&full).expect("reads");
    seam::workshops::Catalog::load(None).lend_hints(&mut session);
    let mut hints = session.steps.iter().flat_map(|s| s.hints.iter());
    assert!(
        hints.any(|h| h.de.contains("Erzählen, nicht messen")),
        "hints lent from the full-day template"
    );
}

#[test]
fn check_takes_an_id_as_open_and_show_do() {
    let seam = Seam::new();
    let path = seam.new_session("Prüfung per Id");
    let id = path
        .file_stem()
        .expect("stem")
        .to_string_lossy()
        .into_owned();
    let out = seam.ok(&["check", &id]);
    assert!(out.contains("valid") || out.contains("in Ordnung"), "{out}");
    let missing = seam.run(&["check", "gibt-es-nicht"]);
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn export_help_describes_its_arguments() {
    let seam = Seam::new();
    let help = seam.ok(&["export", "--help"]);
    assert!(help.contains("a file, or an id from `seam list`"), "{help}");
    assert!(help.contains("the handout for participants"), "{help}");
    assert!(help.contains("estimates, goals, agreements"), "{help}");
}

#[test]
fn completions_and_the_manual_come_from_the_command_line_definition() {
    let seam = Seam::new();
    let bash = seam.ok(&["completions", "bash"]);
    assert!(bash.contains("_seam()"), "{bash}");
    assert!(
        bash.contains("export") && bash.contains("--no-bom"),
        "every command and flag"
    );
    for shell in ["zsh", "fish", "powershell"] {
        assert!(!seam.ok(&["completions", shell]).is_empty(), "{shell}");
    }
    let man = seam.ok(&["man"]);
    assert!(man.starts_with(".ie") || man.contains(".TH seam"), "{man}");
    assert!(man.contains("completions"), "{man}");
}

#[test]
fn errors_speak_the_language_of_the_command_line() {
    let seam = Seam::new();
    let out = seam.run(&["--lang", "de", "show", "gibt-es-nicht"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("keine Sitzungsdatei \"gibt-es-nicht\""),
        "{err}"
    );
    let out = seam.run(&["--lang", "en", "show", "gibt-es-nicht"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no session file \"gibt-es-nicht\""), "{err}");
    let path = seam.new_session("Gesperrt");
    let _held = seam::store::SessionLock::acquire(&path).expect("lock");
    let out = seam.run(&["--lang", "de", "open", s(&path)]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("von einem anderen seam geöffnet"), "{err}");
    let out = seam.run(&["--lang", "de", "export", s(&path), "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("braucht --table"));
}

#[test]
fn a_built_in_template_is_copied_to_be_adapted() {
    let seam = Seam::new();
    let path = seam.ok(&["templates", "--copy", "agreements"]);
    let path = PathBuf::from(path.trim());
    assert_eq!(
        path,
        seam.data.path().join("workshops").join("agreements.ron")
    );
    let text = fs::read_to_string(&path).expect("copied");
    assert!(text.contains("id: \"agreements\""), "{text}");
    // Adapted, it replaces the built-in of that id.
    fs::write(
        &path,
        text.replace("Vereinbarungen in 90 Minuten", "Unsere 90 Minuten"),
    )
    .expect("edit");
    let listed = seam.ok(&["--lang", "de", "templates"]);
    assert!(listed.contains("Unsere 90 Minuten"), "{listed}");
    let again = seam.run(&["templates", "--copy", "agreements"]);
    assert_eq!(again.status.code(), Some(1), "never overwritten");
    let unknown = seam.run(&["templates", "--copy", "gibt-es-nicht"]);
    assert_eq!(unknown.status.code(), Some(1));
}

#[test]
fn output_dash_is_standard_output_not_a_file_called_dash() {
    let seam = Seam::new();
    let path = seam.new_session("Strich");
    let folder = tempfile::tempdir().expect("tempdir");
    for format in ["md", "html", "csv"] {
        let out = Command::new(env!("CARGO_BIN_EXE_seam"))
            .current_dir(folder.path())
            .arg("--data-dir")
            .arg(seam.data.path())
            .args(["export", s(&path), "--format", format, "-o", "-"])
            .args(if format == "csv" {
                &["--table", "goals"][..]
            } else {
                &[][..]
            })
            .env_remove("SEAM_DATA_DIR")
            .output()
            .expect("seam runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty(), "{format} on standard output");
        assert!(!folder.path().join("-").exists(), "no file called -");
    }
}

/// `-o` says the format by its extension; a contradiction is refused rather than a
/// workbook full of HTML written.
#[test]
fn export_takes_the_format_from_the_file_name_and_refuses_a_contradiction() {
    let seam = Seam::new();
    let session = seam.new_session("Endung");
    let session = session.to_str().expect("utf-8");
    let dir = seam.data.path();
    let workbook = dir.join("x.xlsx");
    seam.ok(&["export", session, "-o", workbook.to_str().expect("utf-8")]);
    let bytes = fs::read(&workbook).expect("written");
    assert!(bytes.starts_with(b"PK"), "a workbook (a zip), not HTML");
    let markdown = dir.join("h.md");
    seam.ok(&["export", session, "-o", markdown.to_str().expect("utf-8")]);
    let text = fs::read_to_string(&markdown).expect("written");
    assert!(
        text.starts_with("# "),
        "Markdown: {}",
        &text[..40.min(text.len())]
    );
    let contradiction = dir.join("y.xlsx");
    let out = seam.run(&[
        "--lang",
        "en",
        "export",
        session,
        "--format",
        "html",
        "-o",
        contradiction.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("--format html, but"), "{said}");
    assert!(!contradiction.exists(), "nothing written");
}

/// An English-speaking colleague gets an English handout and summary of a German
/// session; what people typed stays as typed.
#[test]
fn export_and_show_follow_lang() {
    let seam = Seam::new();
    let session = seam.new_session("Sprache");
    let session = session.to_str().expect("utf-8");
    let german = seam.ok(&["export", session, "--format", "md"]);
    let english = seam.ok(&["--lang", "en", "export", session, "--format", "md"]);
    assert!(german.contains("Markt"), "{german}");
    assert!(english.contains("Market"), "{english}");
    assert!(english.contains("Sprache"), "the title as typed");
    let shown = seam.ok(&["--lang", "en", "show", session]);
    assert!(shown.contains("Market"), "{shown}");
    assert_ne!(seam.ok(&["show", session]), shown);
}

/// The rough edges a new user meets first: each answer says what was wrong in the
/// user's terms, once.
#[test]
fn usage_mistakes_are_answered_in_the_user_s_terms() {
    let seam = Seam::new();
    let notes = seam.data.path().join("notes.txt");
    fs::write(&notes, "hello world\n").expect("written");
    let out = seam.run(&["--lang", "en", "check", notes.to_str().expect("utf-8")]);
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("not a seam session or workshop template"),
        "{said}"
    );
    assert!(!said.contains("KindProbe"), "{said}");

    let out = seam.run(&["--lang", "en", "open", "x", "--step", "0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("steps are counted from 1"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let session = seam.new_session("Kanten");
    let session = session.to_str().expect("utf-8");
    let out = seam.run(&[
        "--lang",
        "en",
        "export",
        session,
        "-o",
        "/nonexistent/dir/h.html",
    ]);
    let said = String::from_utf8_lossy(&out.stderr);
    // The system's own words for a missing folder, once ("No such file or directory",
    // "The system cannot find the path specified.").
    let missing = fs::File::create("/nonexistent/dir/h.html")
        .expect_err("no such folder")
        .to_string();
    assert_eq!(said.matches(&missing).count(), 1, "{said}");
    assert!(
        said.contains("/nonexistent/dir:"),
        "the folder, not a temporary file: {said}"
    );

    let out = seam.run(&[
        "--lang", "en", "export", session, "--format", "md", "--table", "goals",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--table goals is for --format csv"));

    let out = seam.run(&["diff", "a"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<OLD> <NEW>"));
}

#[test]
fn the_room_options_are_offered_only_where_a_wall_opens() {
    let help = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_seam"))
            .args(args)
            .arg("--help")
            .output()
            .expect("runs");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    for command in [
        "list",
        "man",
        "check",
        "diff",
        "export",
        "show",
        "templates",
        "presenter",
        "completions",
    ] {
        let text = help(&[command]);
        for option in ["--room", "--bind", "--port"] {
            assert!(
                !text.contains(option),
                "seam {command} --help offers {option}:\n{text}"
            );
        }
    }
    for command in ["new", "demo", "open"] {
        let text = help(&[command]);
        for option in ["--room", "--bind", "--port"] {
            assert!(
                text.contains(option),
                "seam {command} --help lacks {option}"
            );
        }
    }
    assert!(
        help(&[]).contains("--room"),
        "bare seam opens the start screen"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_seam"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--lang", "en", "--room", "list"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "a usage error");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("only apply where seam opens a wall"),
        "{said}"
    );
}
