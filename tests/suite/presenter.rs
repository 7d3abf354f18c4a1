//! The presenter view and its socket: commands from the second screen act on the wall
//! like the wall's own keys, the wall runs clean while a presenter is attached, and a
//! presenter without a (living) wall says how to start one.

use crate::common::*;
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use seam::app::keymap::Action;
use seam::app::{App, Msg};
use seam::presenter::presenter_state::snapshot;
use seam::presenter::protocol::{Command, socket_path};
use seam::presenter::screen::View;

fn remote(app: &mut App, command: Command) {
    app.update(Msg::Remote(command));
}

fn presenter_screen(app: &App, peek: bool, width: u16, height: u16) -> String {
    let view = View {
        language: app.ui_language(),
        snapshot: snapshot(app),
        peek,
        armed: false,
        notes: None,
    };
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| seam::presenter::screen::render(&view, frame))
        .expect("draws");
    terminal.backend().to_string()
}

#[test]
fn commands_from_the_presenter_move_and_reveal_on_the_wall() {
    let mut app = workshop_app(example());
    remote(&mut app, Command::Do(Action::NextStep));
    assert_eq!(workshop(&app).step, 1);
    remote(&mut app, Command::Do(Action::PrevStep));
    remote(&mut app, Command::Do(Action::OpenRound));
    keys(&mut app, "<Enter>");
    typing(&mut app, "1 Mrd\n80000\n");
    // Revealing from the presenter: asked there, so no second question on the wall.
    remote(&mut app, Command::Do(Action::Reveal));
    let round = &workshop(&app).session.steps[0].rounds[0];
    assert!(round.revealed.is_some(), "{round:?}");
    remote(&mut app, Command::Do(Action::Blank));
    assert!(workshop(&app).blank);
    let blank = render(&app, 80, 24);
    assert!(
        !blank.chars().any(char::is_alphanumeric),
        "a blank wall shows nothing: {blank}"
    );
    keys(&mut app, "<F9>");
    assert!(!workshop(&app).blank, "the wall's own key brings it back");
}

#[test]
fn typing_on_the_wall_is_stored_before_the_presenter_moves_on_and_a_blind_answer_is_never_cut_off()
{
    let mut app = workshop_app(example());
    keys(&mut app, "<Down><Enter>");
    typing(&mut app, "2027");
    remote(&mut app, Command::Do(Action::NextStep));
    assert_eq!(workshop(&app).step, 1, "moved on");
    assert!(workshop(&app).editor.is_none());
    let seam::exercises::Exercise::Market(m) = &workshop(&app).session.steps[0].result else {
        panic!("market")
    };
    assert_eq!(m.year, Some(2027), "what was typed is kept");

    remote(&mut app, Command::Do(Action::PrevStep));
    keys(&mut app, "<Down><Enter>");
    typing(&mut app, "zwanzig");
    remote(&mut app, Command::Do(Action::NextStep));
    assert_eq!(workshop(&app).step, 0, "a figure that does not read waits");
    assert!(app.status.as_deref().unwrap_or("").contains("Präsenter"));
    keys(&mut app, "<Esc><Esc>");

    remote(&mut app, Command::Do(Action::OpenRound));
    keys(&mut app, "<Enter>");
    typing(&mut app, "3");
    remote(&mut app, Command::Do(Action::NextStep));
    assert_eq!(workshop(&app).step, 0, "somebody is answering");
    assert!(workshop(&app).answering.is_some());
}

#[test]
fn the_facilitators_notes_are_kept_undoable_and_out_of_the_handout_and_the_session_file() {
    let mut app = workshop_app(example());
    remote(
        &mut app,
        Command::Note {
            step: 0,
            text: "Vertrieb erst reden lassen.\nFinanzen nach der Marge fragen.".into(),
        },
    );
    let session = &workshop(&app).session;
    assert!(
        session.steps[0]
            .facilitator_notes
            .starts_with("Vertrieb erst reden lassen.")
    );
    assert!(
        !render(&app, 120, 40).contains("Vertrieb erst reden lassen"),
        "never on the wall"
    );
    let handout = seam::export::markdown::handout(session);
    assert!(!handout.contains("Vertrieb erst reden lassen"), "{handout}");
    // The session file has none; the private file keeps them.
    let (shared, private) = seam::record::private::split(session);
    assert!(shared.steps[0].facilitator_notes.is_empty());
    assert!(
        private.notes[0]
            .notes
            .ends_with("Finanzen nach der Marge fragen.")
    );
    assert!(presenter_screen(&app, false, 120, 40).contains("Finanzen nach der Marge fragen."));
    keys(&mut app, "<C-z>");
    assert!(
        workshop(&app).session.steps[0].facilitator_notes.is_empty(),
        "undone"
    );
}

#[test]
fn the_wall_runs_clean_while_a_presenter_is_attached() {
    let mut app = workshop_app(example());
    assert!(render(&app, 120, 40).contains("Bild↓  nächster Schritt"));
    app.update(Msg::Presenters(1));
    let wall = render(&app, 120, 40);
    assert!(
        !wall.contains("Bild↓  nächster Schritt"),
        "no key hints: {wall}"
    );
    keys(&mut app, "<F1>");
    let help = render(&app, 120, 40);
    assert!(
        !help.contains("Erst den Markt in Worten abgrenzen"),
        "no facilitator hints on the wall: {help}"
    );
    keys(&mut app, "<Esc>");
    assert_snapshot!("wall_clean_80x24", render(&app, 80, 24));
    app.update(Msg::Presenters(0));
    assert!(render(&app, 120, 40).contains("Bild↓  nächster Schritt"));
}

#[test]
fn presenter_screens() {
    let mut app = opened_at_nine(crate::common::from_template(
        "core",
        "p",
        "Präsenter",
        &[("Anna", "Marketing"), ("Ben", "Vertrieb")],
    ));
    keys(&mut app, "<C-l><Ins>");
    typing(&mut app, "Messeauftritte");
    keys(&mut app, "<Enter><Esc><PageDown><C-o><Enter>");
    typing(&mut app, "1 Mrd\n80000\n");
    app.update(Msg::Presenters(1));
    app.room = Some(seam::app::RoomInfo {
        qr: seam::room::qr_modules("HTTP://10.0.0.5:4000/ABCDEFGHIJKLMNOP").unwrap_or_default(),
        url: "HTTP://10.0.0.5:4000/ABCDEFGHIJKLMNOP".into(),
        code: "ABCD EFGH IJKL MNOP".into(),
        interface: String::new(),
        phones: (1..=7).map(|n| format!("Telefon {n}")).collect(),
        opened_at: std::time::Duration::ZERO,
        ever_joined: true,
        beyond_this_laptop: true,
    });
    let screen = presenter_screen(&app, false, 120, 40);
    assert!(
        screen.contains("Raum für Telefone: 7 Telefone verbunden"),
        "{screen}"
    );
    assert!(screen.contains("○ Ben (Vertrieb) – noch offen"), "{screen}");
    assert!(
        !screen.contains("1.000.000.000"),
        "no values unless peeking: {screen}"
    );
    assert_snapshot!("presenter_120x40", screen);
    assert_snapshot!("presenter_80x24", presenter_screen(&app, false, 80, 24));
    let peeking = presenter_screen(&app, true, 120, 40);
    assert!(
        peeking.contains("Anna (Marketing): 1.000.000.000 € · 80.000 Stück"),
        "{peeking}"
    );
}

#[test]
fn a_presenter_without_a_living_wall_says_how_to_start_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let session = dir.path().join("sessions").join("tot.ron");
    std::fs::create_dir_all(session.parent().expect("folder")).expect("folder");
    std::fs::write(&session, example_text()).expect("session");
    // A seam that died left its socket behind: nobody answers on it.
    let stale = socket_path(&session.canonicalize().expect("canonical"));
    drop(seam::presenter::link::listen(&stale).expect("listens"));
    assert!(stale.exists());
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_seam"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(["--lang", "en"])
            .args(args)
            .output()
            .expect("runs")
    };
    let out = run(&["presenter", session.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("No seam has this session open") && err.contains("seam open"),
        "{err}"
    );
    let out = run(&["presenter"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("No wall is running"), "{err}");

    // A wall replaces the stale socket with its own, closed to other users.
    let (inbox, events) = std::sync::mpsc::channel();
    let hub = seam::presenter::wall::Hub::open(&session, &inbox).expect("listens");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&stale)
            .expect("socket")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let mut client = seam::presenter::link::connect(&stale).expect("connects");
    seam::presenter::protocol::send(&mut client, &Command::Do(Action::NextStep)).expect("sends");
    let mut got_command = false;
    for _ in 0..3 {
        match events.recv_timeout(std::time::Duration::from_secs(5)) {
            Ok(seam::tui::inbox::Event::App(Msg::Remote(Command::Do(Action::NextStep)))) => {
                got_command = true;
                break;
            }
            Ok(_) => {}
            Err(error) => panic!("no command arrived: {error}"),
        }
    }
    assert!(got_command);
    drop(hub);
    assert!(!stale.exists(), "the socket goes with the wall");
}

#[test]
fn peeking_at_a_text_round_numbers_the_answers_that_can_be_held_back() {
    let mut app = opened_at_nine(crate::common::from_template(
        "core",
        "p",
        "Präsenter",
        &[("Anna", "Marketing"), ("Ben", "Vertrieb")],
    ));
    // The business model's round asks for a few words.
    keys(&mut app, "<PageDown><PageDown><C-o><Enter>");
    typing(&mut app, "Drucker und Material\n");
    keys(&mut app, "<Down><Enter>");
    typing(&mut app, "Nur Ärger mit dem Vertrieb\n");
    app.update(Msg::Remote(Command::HoldBack {
        text: "Nur Ärger mit dem Vertrieb".to_owned(),
    }));
    let peeking = presenter_screen(&app, true, 120, 40);
    assert!(
        peeking.contains("1 Anna (Marketing): Drucker und Material"),
        "{peeking}"
    );
    assert!(
        peeking.contains("2 Ben (Vertrieb): Nur Ärger mit dem Vertrieb  (zurückgehalten)"),
        "{peeking}"
    );
    assert!(peeking.contains("1–9 hält die Antwort"), "how: {peeking}");
}
