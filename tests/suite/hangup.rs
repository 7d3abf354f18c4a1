//! A closed terminal window: the pty's master side goes away while seam runs. seam must
//! save what was typed, exit, and not spin on the end of its input.

use std::fs::File;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
use rustix::termios::{Winsize, tcsetwinsize};

#[cfg(unix)]
#[test]
fn closing_the_window_saves_and_ends_seam() {
    let data = tempfile::tempdir().expect("tempdir");
    // Closed on exec, or seam would hold the master open itself and never hang up.
    // macOS's openpt has no flag for it: set on the descriptor instead.
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).expect("openpt");
    rustix::io::fcntl_setfd(&master, rustix::io::FdFlags::CLOEXEC).expect("cloexec");
    grantpt(&master).expect("grantpt");
    unlockpt(&master).expect("unlockpt");
    let name = ptsname(&master, Vec::new()).expect("ptsname");
    let slave = File::options()
        .read(true)
        .write(true)
        .open(name.to_str().expect("utf-8"))
        .expect("open slave");
    tcsetwinsize(
        &slave,
        Winsize {
            ws_row: 40,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        },
    )
    .expect("size");
    let mut child = Command::new(env!("CARGO_BIN_EXE_seam"))
        .args(["--data-dir"])
        .arg(data.path())
        .args(["--lang", "en", "new", "--title", "Window"])
        .stdin(Stdio::from(slave.try_clone().expect("dup")))
        .stdout(Stdio::from(slave.try_clone().expect("dup")))
        .stderr(Stdio::from(slave))
        .env("TERM", "xterm-256color")
        .spawn()
        .expect("spawn");
    let mut master = File::from(master);
    let mut screen = vt100::Parser::new(40, 120, 0);
    let mut wait_for = |master: &mut File, text: &str| {
        let start = Instant::now();
        let mut buf = [0_u8; 8192];
        while !screen.screen().contents().contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "waited for {text:?}:\n{}",
                screen.screen().contents()
            );
            // Reads only what is there, so that the deadline above holds even when seam
            // writes nothing more.
            let mut fds = [rustix::event::PollFd::new(
                &*master,
                rustix::event::PollFlags::IN,
            )];
            let tick = rustix::event::Timespec {
                tv_sec: 0,
                tv_nsec: 50_000_000,
            };
            if rustix::event::poll(&mut fds, Some(&tick)).unwrap_or(0) == 0 {
                continue;
            }
            let n = master.read(&mut buf).expect("read");
            screen.process(&buf[..n]);
        }
    };
    wait_for(&mut master, "How do we work together today");
    master.write_all(b"\r").expect("enter");
    master
        .write_all("Typed just before the lid closed".as_bytes())
        .expect("type");
    wait_for(&mut master, "lid closed");
    drop(master);
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "seam did not end after the window closed"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(129), "ends as on SIGHUP");
    let sessions = data.path().join("sessions");
    let saved: String = std::fs::read_dir(&sessions)
        .expect("sessions")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
        .map(|e| std::fs::read_to_string(e.path()).expect("read"))
        .collect();
    assert!(
        saved.contains("between: \"Typed just before the lid closed\""),
        "{saved}"
    );
}
