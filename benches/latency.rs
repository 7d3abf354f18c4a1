//! Key-to-screen latency of the real binary in a pseudo-terminal: the time from writing
//! a key until the emulated screen has changed. Measured in one run, side by side:
//! the minimal ratatui app (when `RATATUI_MIN` names its binary), moving through a
//! table, typing into a field of a typical session, and typing into a field of a large
//! session while its autosaves (3 MB each) run.
//!
//!     RATATUI_MIN=path/to/ratatui-min cargo bench --bench latency

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use std::os::unix::net::UnixStream;

use expectrl::Session;
use seam::presenter::protocol::Command as Remote;

const PRESSES: usize = 100;
const WARM_UP: usize = 10;
/// A brisk typist: a key every 40 ms, so autosaves (every 300 ms) overlap the typing.
const GAP: Duration = Duration::from_millis(40);

struct Pty {
    session: Session,
    parser: vt100::Parser,
}

impl Pty {
    fn spawn(mut command: Command) -> Pty {
        command.env("TERM", "xterm-256color");
        let mut session = Session::spawn(command).expect("spawn in a pty");
        session
            .get_process_mut()
            .set_window_size(120, 40)
            .expect("size");
        Pty {
            session,
            parser: vt100::Parser::new(40, 120, 0),
        }
    }

    fn pump(&mut self) {
        let mut buf = [0_u8; 65536];
        while let Ok(n) = self.session.try_read(&mut buf) {
            if n == 0 {
                break;
            }
            self.parser.process(&buf[..n]);
        }
    }

    fn wait_for(&mut self, text: &str) {
        let start = Instant::now();
        while !self.parser.screen().contents().contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "waited for {text:?}:\n{}",
                self.parser.screen().contents()
            );
            self.pump();
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// Sends a presenter command over the wall's socket and returns how long until
    /// the wall's screen showed a change.
    fn command(&mut self, socket: &mut UnixStream, command: Remote) -> Duration {
        self.until_changed(&format!("{command:?}"), |_| {
            seam::presenter::protocol::send(socket, &command).expect("send");
        })
    }

    /// Sends a key and returns how long until the screen showed a change.
    fn press(&mut self, key: &str) -> Duration {
        self.until_changed(key, |pty| pty.session.send(key).expect("send"))
    }

    /// Does `act` after a pause and returns how long until the screen changed.
    fn until_changed(&mut self, what: &str, act: impl FnOnce(&mut Pty)) -> Duration {
        std::thread::sleep(GAP);
        self.pump();
        let before = self.parser.screen().contents();
        let start = Instant::now();
        act(self);
        loop {
            self.pump();
            if self.parser.screen().contents() != before {
                return start.elapsed();
            }
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "no change after {what:?}"
            );
            std::hint::spin_loop();
        }
    }

    fn measure(&mut self, key: &str) -> Vec<Duration> {
        for _ in 0..WARM_UP {
            self.press(key);
        }
        (0..PRESSES).map(|_| self.press(key)).collect()
    }

    fn quit(mut self) {
        let _ = self.session.send("\x1b");
        std::thread::sleep(Duration::from_millis(100));
        let _ = self.session.send("q");
        let start = Instant::now();
        while self.session.is_alive().unwrap_or(false) && start.elapsed() < Duration::from_secs(5) {
            self.pump();
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

fn stats(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at =
        |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1000.0;
    (at(0.5), at(0.95))
}

fn seam(data: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_seam"));
    command
        .arg("--data-dir")
        .arg(data)
        .arg("--lang")
        .arg("en")
        .args(args);
    command
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let typical = dir.path().join("typical.ron");
    let table = dir.path().join("table.ron");
    let large = dir.path().join("large.ron");
    seam::store::write_session(
        &typical,
        &seam::workshops::example_session().expect("example"),
    )
    .expect("write");
    seam::store::write_session(
        &table,
        &seam::sample::large_session(125, 125, 31).expect("sample"),
    )
    .expect("write");
    seam::store::write_session(
        &large,
        &seam::sample::large_session(2000, 2000, 500).expect("sample"),
    )
    .expect("write");
    let mut rows: Vec<(String, Vec<Duration>)> = Vec::new();

    if let Some(anchor) = std::env::var_os("RATATUI_MIN") {
        let mut pty = Pty::spawn(Command::new(anchor));
        pty.wait_for("READY");
        rows.push(("ratatui-min: Down (anchor)".into(), pty.measure("\x1b[B")));
        pty.quit();
    }

    let mut pty = Pty::spawn(seam(
        dir.path(),
        &["open", "--step", "3", table.to_str().expect("utf-8")],
    ));
    pty.wait_for("(125)");
    rows.push((
        "seam: Down through a 125-goal table".into(),
        pty.measure("\x1b[B"),
    ));
    pty.quit();

    let mut pty = Pty::spawn(seam(
        dir.path(),
        &["open", typical.to_str().expect("utf-8")],
    ));
    pty.wait_for("Marktabgrenzung");
    pty.session.send("\r").expect("edit");
    rows.push(("seam: typing, typical session".into(), pty.measure("x")));
    pty.quit();

    // Next and previous step, alternately: from the wall's keyboard, then from a
    // presenter over the socket, in the same session.
    let mut pty = Pty::spawn(seam(
        dir.path(),
        &["open", typical.to_str().expect("utf-8")],
    ));
    pty.wait_for("Marktabgrenzung");
    let keys = (0..WARM_UP + PRESSES)
        .map(|i| pty.press(if i % 2 == 0 { "\x1b[6~" } else { "\x1b[5~" }))
        .skip(WARM_UP)
        .collect();
    rows.push(("seam: next/previous step, wall keyboard".into(), keys));
    let socket = seam::presenter::protocol::socket_path(&typical.canonicalize().expect("path"));
    let mut presenter = UnixStream::connect(&socket).expect("the wall's socket");
    pty.wait_for("Präsenter verbunden");
    let commands = (0..WARM_UP + PRESSES)
        .map(|i| {
            let command = if i % 2 == 0 {
                Remote::NextStep
            } else {
                Remote::PrevStep
            };
            pty.command(&mut presenter, command)
        })
        .skip(WARM_UP)
        .collect();
    rows.push((
        "seam: next/previous step, from the presenter".into(),
        commands,
    ));
    drop(presenter);
    pty.quit();

    let mut pty = Pty::spawn(seam(dir.path(), &["open", large.to_str().expect("utf-8")]));
    pty.wait_for("Marktabgrenzung");
    pty.session.send("\r").expect("edit");
    rows.push((
        "seam: typing, 16× session, autosaving".into(),
        pty.measure("x"),
    ));
    pty.quit();

    println!("| what | median ms | p95 ms |");
    println!("|---|---:|---:|");
    let mut medians = Vec::new();
    for (name, samples) in rows {
        let (median, p95) = stats(samples);
        medians.push((name.clone(), median));
        println!("| {name} | {median:.3} | {p95:.3} |");
    }
    let find = |prefix: &str| {
        medians
            .iter()
            .find(|(n, _)| n.starts_with(prefix))
            .map(|(_, m)| *m)
    };
    if let (Some(idle), Some(saving)) = (find("seam: typing, typical"), find("seam: typing, 16×"))
    {
        println!(
            "\ntyping while a large session autosaves / typing idle: {:.2}x (target ≤ 2x)",
            saving / idle
        );
    }
    if let Some(anchor) = find("ratatui-min") {
        for (name, median) in &medians {
            if name.starts_with("seam") {
                println!(
                    "{name}: {:+.3} ms against the anchor (target ≤ +0.5 ms)",
                    median - anchor
                );
            }
        }
    }
}
