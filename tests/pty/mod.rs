//! Driving the real `seam` binary in a pseudo-terminal: keys in, a vt100 screen out.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::{Session, Signal, WaitStatus};

pub const COLS: u16 = 120;
pub const ROWS: u16 = 40;
const PATIENCE: Duration = Duration::from_secs(10);

pub struct Tui {
    session: Session,
    pub parser: vt100::Parser,
}

pub mod key {
    pub const ENTER: &str = "\r";
    pub const TAB: &str = "\t";
    pub const ESC: &str = "\x1b";
    pub const DOWN: &str = "\x1b[B";
    pub const UP: &str = "\x1b[A";
    pub const PAGE_DOWN: &str = "\x1b[6~";
    pub const PAGE_UP: &str = "\x1b[5~";
    pub const CTRL_U: &str = "\x15";
    pub const CTRL_G: &str = "\x07";
    pub const CTRL_K: &str = "\x0b";
    pub const CTRL_L: &str = "\x0c";
    pub const CTRL_N: &str = "\x0e";
    pub const CTRL_O: &str = "\x0f";
    pub const CTRL_Q: &str = "\x11";
    pub const CTRL_R: &str = "\x12";
    pub const CTRL_W: &str = "\x17";
    pub const CTRL_X: &str = "\x18";
    pub const CTRL_Z: &str = "\x1a";
    pub const INSERT: &str = "\x1b[2~";
    pub const DELETE: &str = "\x1b[3~";
    pub const F1: &str = "\x1bOP";
    pub const F4: &str = "\x1bOS";
    pub const SPACE: &str = " ";
}

impl Tui {
    pub fn spawn(data: &Path, args: &[&str]) -> Tui {
        Tui::spawn_with_env(data, args, &[])
    }

    pub fn spawn_with_env(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Tui {
        let mut command = Command::new(env!("CARGO_BIN_EXE_seam"));
        command
            .arg("--data-dir")
            .arg(data)
            .args(args)
            .env("TERM", "xterm-256color")
            // Local times on screen read the same wherever the suite runs.
            .env("TZ", "UTC")
            .env_remove("SEAM_DATA_DIR")
            .envs(env.iter().copied());
        let mut session = Session::spawn(command).expect("spawn seam in a pty");
        session
            .get_process_mut()
            .set_window_size(COLS, ROWS)
            .expect("window size");
        Tui {
            session,
            parser: vt100::Parser::new(ROWS, COLS, 0),
        }
    }

    pub fn pid(&self) -> i32 {
        self.session.get_process().pid().as_raw()
    }

    fn pump(&mut self) -> bool {
        let mut buf = [0_u8; 8192];
        let mut got = false;
        while let Ok(n) = self.session.try_read(&mut buf) {
            if n == 0 {
                break;
            }
            self.parser.process(&buf[..n]);
            got = true;
        }
        got
    }

    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until the screen shows `text`; fails with the screen if it never does.
    pub fn wait_for(&mut self, text: &str) {
        let start = Instant::now();
        loop {
            self.pump();
            if self.screen().contains(text) {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "waited for {text:?}; the screen shows:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits until `text` is gone from the screen (a frame is drawn in pieces: one line
    /// may show before another is cleared).
    pub fn wait_without(&mut self, text: &str) {
        let start = Instant::now();
        loop {
            self.pump();
            if !self.screen().contains(text) {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "waited for {text:?} to go; the screen shows:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Reads what seam draws for `ms` milliseconds: for keys that change nothing one
    /// could wait for (a masked answer looks the same after every key).
    pub fn settle(&mut self, ms: u64) {
        let until = Instant::now() + Duration::from_millis(ms);
        while Instant::now() < until {
            self.pump();
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Quits as a facilitator does: Ctrl-Q, the question on screen, Ctrl-Q again.
    pub fn quit(&mut self) {
        self.send(key::CTRL_Q);
        let start = Instant::now();
        loop {
            self.pump();
            let screen = self.screen();
            if screen.contains("Noch einmal Strg-Q") || screen.contains("Press Ctrl-Q") {
                break;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "no question before quitting; the screen shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        self.send(key::CTRL_Q);
    }

    pub fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("send keys");
        // A lone ESC followed at once by more bytes reads as Alt+key; people pause.
        if keys.ends_with(key::ESC) {
            std::thread::sleep(Duration::from_millis(120));
        }
        self.pump();
    }

    /// Types text and waits until the screen echoes it.
    pub fn type_text(&mut self, text: &str) {
        self.send(text);
        let tail: String = text
            .chars()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        self.wait_for(tail.trim());
    }

    pub fn signal(&mut self, signal: Signal) {
        self.session
            .get_process_mut()
            .signal(signal)
            .expect("signal");
    }

    /// Waits for the process to end, reading its last output, and returns its exit code
    /// (128 + N when signal N ended it without seam handling it).
    pub fn wait_exit(&mut self) -> i32 {
        let start = Instant::now();
        let status = loop {
            self.pump();
            match self.session.get_process().status() {
                Ok(WaitStatus::StillAlive) => {}
                Ok(status) => break status,
                Err(error) => panic!("waiting for seam: {error}"),
            }
            assert!(
                start.elapsed() < PATIENCE,
                "seam did not exit; the screen shows:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(10));
        };
        std::thread::sleep(Duration::from_millis(50));
        self.pump();
        match status {
            WaitStatus::Exited(_, code) => code,
            WaitStatus::Signaled(_, signal, _) => 128 + signal as i32,
            other => panic!("unexpected wait status {other:?}"),
        }
    }

    /// Alternate screen left, cursor shown, bracketed paste off: the shell is usable.
    pub fn assert_restored(&self) {
        let screen = self.parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert!(!screen.bracketed_paste(), "bracketed paste still on");
    }
}
