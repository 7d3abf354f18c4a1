//! The one channel into the event loop, and the thread that feeds it from outside the
//! program: the terminal (keys, pastes, resizes, a hang-up), signals and the clock. The
//! writer thread, the room's phones and the presenter send on the same channel; none of
//! them touches the session, they only say what happened. This is also the terminal's
//! edge for keys: a crossterm key event becomes seam's own `Chord` here (`chord`), so
//! nothing below knows the terminal library.
//!
//! Nothing polls on a timer: one thread sleeps in `poll(2)` on the terminal and a
//! signal pipe (on Windows: in the console's wait) until either has something or the
//! next second of the clock is due. An untouched seam therefore costs one wake-up a
//! second. One thread rather than three,
//! because every thread started is time a projector waits for on the first frame.

use std::io;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event as TermEvent};

use crate::app::Msg;
use crate::app::keymap::{Chord, KeyCode, KeyModifiers};

/// How long crossterm may take to read bytes the terminal has announced: a key
/// sequence arrives whole, so this is only ever waited out on half an escape sequence.
const READ_WAIT: Duration = Duration::from_millis(20);
/// How long to look for more of a burst before going back to sleep. crossterm hands
/// `poll(2)` whole milliseconds (rounded down) and polls again, without sleeping, until
/// its time is up: with 2 ms it spun through the last fraction of a millisecond after
/// every key — a core busy while the loop drew the key's frame. One poll of 1 ms is
/// over after 1.05 ms, the kernel's timer slack; with that as the wait nothing is left
/// to spin on. Events already parsed are handed out before any poll.
const DRAIN_WAIT: Duration = Duration::from_micros(1050);

/// Everything the loop waits for.
pub enum Event {
    /// A message for `update`: a key, a paste, a clock tick, a save result.
    App(Msg),
    /// The terminal has a new size (columns, rows).
    Resize(u16, u16),
    /// SIGTERM, SIGHUP or SIGINT (on Windows: the console closed, a log-off or
    /// shut-down, Ctrl-Break as the Unix signal of the same meaning): save and leave
    /// with 128 + the signal.
    Signal(i32),
    /// The terminal went away (window closed, ssh dropped) without a signal reaching us.
    HungUp,
    /// Reading the terminal failed.
    Failed(String),
    /// A session opened beside the loop, with the lock that makes this process its
    /// writer (none when read-only) — or why it could not be.
    Opened(Box<Opened>),
}

/// What opening a session beside the loop gives.
pub type Opened = Result<(Box<crate::app::Workshop>, Option<crate::store::SessionLock>), String>;

/// The channel's sending side, for every source; clone it freely.
pub type Inbox = Sender<Event>;

pub fn channel_pair() -> (Inbox, Receiver<Event>) {
    channel()
}

/// Starts the input thread (and on Windows the console's watcher): what the terminal,
/// the system and the clock say arrives on `inbox`.
pub fn start_sources(inbox: &Inbox, started: Instant) -> io::Result<()> {
    let waiter = waiting::Waiter::start(inbox)?;
    let inbox = inbox.clone();
    thread::Builder::new()
        .name("seam-input".into())
        .spawn(move || read_input(&inbox, waiter, started))?;
    Ok(())
}

/// Waits for the terminal, a signal or the next second, forwards what happened, and
/// says when the terminal is gone.
fn read_input(inbox: &Inbox, mut waiter: waiting::Waiter, started: Instant) {
    let mut next_tick = Duration::from_secs(1);
    loop {
        let wait = next_tick.saturating_sub(started.elapsed());
        let ready = waiter.wait(wait);
        let mut events = ready.signalled;
        if ready.hung_up {
            events.push(Event::HungUp);
        }
        let now = started.elapsed();
        if now >= next_tick {
            // On the second since start, so the timer on screen steps evenly.
            next_tick = Duration::from_secs(now.as_secs() + 1);
            events.push(Event::App(Msg::Tick(now)));
        }
        for event in events {
            if !forward(inbox, event) {
                return;
            }
        }
        if ready.terminal && !ready.hung_up && !read_terminal(inbox) {
            return;
        }
    }
}

/// Sends an event on; `false` when the input thread should end (the loop is gone, or
/// this was the terminal's last word).
fn forward(inbox: &Inbox, event: Event) -> bool {
    let last = matches!(event, Event::HungUp | Event::Failed(_));
    inbox.send(event).is_ok() && !last
}

/// Forwards everything crossterm can read now, each event as soon as it is parsed (a
/// key must not wait for the end of a burst). The terminal has bytes: crossterm reads
/// them, then hands out what it parsed one event at a time. A zero wait would not look
/// at what it parsed already, so each call may wait a little. `false` when the input
/// thread should end.
fn read_terminal(inbox: &Inbox) -> bool {
    let mut wait = READ_WAIT;
    loop {
        let ready = event::poll(wait);
        wait = DRAIN_WAIT;
        let event = match ready.and_then(|ready| ready.then(event::read).transpose()) {
            Ok(None) => return true,
            Ok(Some(TermEvent::Key(key))) => match chord(&key) {
                Some(chord) => Event::App(Msg::Key(chord)),
                None => continue,
            },
            Ok(Some(TermEvent::Paste(text))) => Event::App(Msg::Paste(text)),
            Ok(Some(TermEvent::Resize(columns, rows))) => Event::Resize(columns, rows),
            Ok(Some(_)) => continue,
            Err(error) => Event::Failed(error.to_string()),
        };
        if !forward(inbox, event) {
            return false;
        }
    }
}

/// What ended a wait for input.
#[derive(Default)]
struct Ready {
    /// The terminal has something to read.
    terminal: bool,
    /// The terminal went away.
    hung_up: bool,
    /// What signals said meanwhile (a resize, the end).
    signalled: Vec<Event>,
}

/// How the input thread sleeps, on each system in its own way: on Unix in `poll(2)` on
/// the terminal and a pipe that the signal handlers write to; on Windows in the
/// console's own wait, while the console's close, log-off and shut-down arrive through
/// a watcher thread of their own.
#[cfg(unix)]
mod waiting {
    use std::io::{self, Read as _};
    use std::os::unix::net::UnixStream;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::time::Duration;

    use super::{Event, Inbox, Ready};

    pub struct Waiter {
        /// The last of SIGTERM, SIGHUP, SIGINT that arrived (0: none).
        ended: Arc<AtomicUsize>,
        resized: Arc<AtomicBool>,
        wake: UnixStream,
        /// macOS cannot `poll(2)` some terminals (it answers POLLNVAL, as fzf and
        /// termbox2 found for `/dev/tty`): then crossterm's own wait, which uses
        /// `select(2)` there, and the signals looked at after each wait.
        terminal_unpollable: bool,
    }

    impl Waiter {
        pub fn start(_inbox: &Inbox) -> io::Result<Waiter> {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
            let (wake, sender) = UnixStream::pair()?;
            wake.set_nonblocking(true)?;
            let ended = Arc::new(AtomicUsize::new(0));
            let resized = Arc::new(AtomicBool::new(false));
            for signal in [SIGTERM, SIGHUP, SIGINT] {
                let number = usize::try_from(signal).unwrap_or(1);
                signal_hook::flag::register_usize(signal, Arc::clone(&ended), number)?;
            }
            signal_hook::flag::register(SIGWINCH, Arc::clone(&resized))?;
            for signal in [SIGTERM, SIGHUP, SIGINT, SIGWINCH] {
                signal_hook::low_level::pipe::register(signal, sender.try_clone()?)?;
            }
            Ok(Waiter {
                ended,
                resized,
                wake,
                terminal_unpollable: false,
            })
        }

        /// Sleeps until the terminal has input or has hung up, a signal came, or `wait`
        /// is over. crossterm's own wait would spin on the end of input of a closed
        /// window, so the waiting is done here.
        pub fn wait(&mut self, wait: Duration) -> Ready {
            if self.terminal_unpollable {
                return self.wait_with_crossterm(wait);
            }
            let ready = self.poll(wait);
            if ready.signal {
                let signalled = self.take();
                return Ready {
                    signalled,
                    ..ready.into()
                };
            }
            if ready.invalid && cfg!(target_os = "macos") {
                self.terminal_unpollable = true;
                return self.wait_with_crossterm(wait);
            }
            ready.into()
        }

        fn wait_with_crossterm(&mut self, wait: Duration) -> Ready {
            let polled = crossterm::event::poll(wait);
            Ready {
                terminal: matches!(polled, Ok(true)),
                hung_up: polled.is_err(),
                signalled: self.take(),
            }
        }

        fn poll(&self, wait: Duration) -> Polled {
            use rustix::event::{PollFd, PollFlags, Timespec, poll};
            use std::os::fd::AsFd;
            let stdin = io::stdin();
            let terminal = stdin.as_fd();
            let timeout = Timespec {
                tv_sec: i64::try_from(wait.as_secs()).unwrap_or(i64::MAX),
                tv_nsec: wait.subsec_nanos().into(),
            };
            let mut fds = [
                PollFd::new(&terminal, PollFlags::IN),
                PollFd::new(&self.wake, PollFlags::IN),
            ];
            match poll(&mut fds, Some(&timeout)) {
                Ok(_) => {
                    let seen = fds[0].revents();
                    Polled {
                        terminal: seen.contains(PollFlags::IN),
                        hung_up: seen.intersects(PollFlags::HUP | PollFlags::ERR)
                            || (seen.contains(PollFlags::NVAL) && !cfg!(target_os = "macos")),
                        invalid: seen.contains(PollFlags::NVAL),
                        signal: fds[1].revents().contains(PollFlags::IN),
                    }
                }
                // A signal interrupted the wait: its byte is in the pipe for the next round.
                Err(rustix::io::Errno::INTR) => Polled::default(),
                Err(_) => Polled {
                    hung_up: true,
                    ..Polled::default()
                },
            }
        }

        /// What the signals that woke the thread mean for the loop.
        fn take(&mut self) -> Vec<Event> {
            let mut drained = [0_u8; 64];
            while matches!(self.wake.read(&mut drained), Ok(n) if n > 0) {}
            let mut events = Vec::new();
            if self.resized.swap(false, Ordering::Relaxed)
                && let Ok((columns, rows)) = crossterm::terminal::size()
            {
                events.push(Event::Resize(columns, rows));
            }
            match self.ended.swap(0, Ordering::Relaxed) {
                0 => {}
                signal => events.push(Event::Signal(i32::try_from(signal).unwrap_or(1))),
            }
            events
        }
    }

    #[derive(Default)]
    struct Polled {
        terminal: bool,
        hung_up: bool,
        invalid: bool,
        signal: bool,
    }

    impl From<Polled> for Ready {
        fn from(polled: Polled) -> Ready {
            Ready {
                terminal: polled.terminal,
                hung_up: polled.hung_up,
                signalled: Vec::new(),
            }
        }
    }
}

#[cfg(windows)]
#[path = "inbox_session_end.rs"]
mod session_end;

#[cfg(windows)]
mod waiting {
    use std::io;
    use std::thread;
    use std::time::Duration;

    use super::{Event, Inbox, Ready};

    /// The console's own wait (crossterm's, on the console's input handle: it sleeps,
    /// it does not spin); resizes arrive with the keys.
    pub struct Waiter;

    impl Waiter {
        pub fn start(inbox: &Inbox) -> io::Result<Waiter> {
            watch_console(inbox.clone())?;
            // Log-off and shut-down come as window messages (see there); without the
            // window seam still runs.
            let _ = super::session_end::watch(inbox.clone());
            Ok(Waiter)
        }

        pub fn wait(&mut self, wait: Duration) -> Ready {
            let polled = crossterm::event::poll(wait);
            Ready {
                terminal: matches!(polled, Ok(true)),
                hung_up: polled.is_err(),
                signalled: Vec::new(),
            }
        }
    }

    /// Closing the console window (and, where user32 is not loaded, logging off and
    /// shutting down: see `session_end`) ends seam as SIGHUP
    /// and SIGTERM do on Unix: saved, then gone. tokio's handler holds Windows back
    /// (it parks the handler's thread) until seam has saved and returns from `main`;
    /// `ctrlc`'s would return at once and Windows would end the process before the
    /// save. Windows gives a console about five seconds for this, enough for a save.
    fn watch_console(inbox: Inbox) -> io::Result<()> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        thread::Builder::new()
            .name("seam-console".into())
            .spawn(move || {
                runtime.block_on(async move {
                    use tokio::signal::windows as console;
                    // The numbers of the Unix signals that mean the same, for the exit code.
                    const HANG_UP: i32 = 1;
                    const INTERRUPT: i32 = 2;
                    const TERMINATE: i32 = 15;
                    // Each console event as the Unix signal of its meaning; the four
                    // listeners are alike but for their types, which share no trait.
                    macro_rules! forward {
                        ($listener:expr, $signal:expr) => {
                            if let Ok(mut listener) = $listener {
                                let inbox = inbox.clone();
                                tokio::spawn(async move {
                                    while listener.recv().await.is_some() {
                                        let _ = inbox.send(Event::Signal($signal));
                                    }
                                });
                            }
                        };
                    }
                    forward!(console::ctrl_close(), HANG_UP);
                    forward!(console::ctrl_logoff(), HANG_UP);
                    forward!(console::ctrl_shutdown(), TERMINATE);
                    // Ctrl-C arrives as a key in raw mode; Ctrl-Break still as this.
                    forward!(console::ctrl_break(), INTERRUPT);
                    std::future::pending::<()>().await;
                });
            })?;
        Ok(())
    }
}

/// A key event from the terminal as seam's own key; `None` for a key let go of (some
/// terminals report releases) and for keys seam has no use for (media keys, Caps Lock,
/// a lone modifier).
pub fn chord(event: &crossterm::event::KeyEvent) -> Option<Chord> {
    use crossterm::event::{KeyCode as C, KeyEventKind, KeyModifiers as M};
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let code = match event.code {
        C::Char(c) => KeyCode::Char(c),
        C::F(n) => KeyCode::F(n),
        C::Enter => KeyCode::Enter,
        C::Tab => KeyCode::Tab,
        C::BackTab => KeyCode::BackTab,
        C::Esc => KeyCode::Esc,
        C::Backspace => KeyCode::Backspace,
        C::Delete => KeyCode::Delete,
        C::Insert => KeyCode::Insert,
        C::Up => KeyCode::Up,
        C::Down => KeyCode::Down,
        C::Left => KeyCode::Left,
        C::Right => KeyCode::Right,
        C::Home => KeyCode::Home,
        C::End => KeyCode::End,
        C::PageUp => KeyCode::PageUp,
        C::PageDown => KeyCode::PageDown,
        _ => return None,
    };
    // iTerm2 sends Option-arrows as xterm's Meta (modifier 9), which crossterm reads as
    // Super: without the kitty keyboard protocol (seam never asks for it) Super and Meta
    // can only be that Option key, so they count as Alt.
    let held = [
        (M::SHIFT, KeyModifiers::SHIFT),
        (M::CONTROL, KeyModifiers::CONTROL),
        (M::ALT, KeyModifiers::ALT),
        (M::SUPER, KeyModifiers::ALT),
        (M::META, KeyModifiers::ALT),
    ];
    let modifiers = held
        .into_iter()
        .filter(|(theirs, _)| event.modifiers.contains(*theirs))
        .fold(KeyModifiers::NONE, |all, (_, ours)| all | ours);
    Some(Chord::new(code, modifiers))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode as C, KeyEvent, KeyEventKind, KeyModifiers as M};

    #[test]
    fn a_key_let_go_of_or_without_use_is_no_key() {
        let mut released = KeyEvent::new(C::PageDown, M::NONE);
        released.kind = KeyEventKind::Release;
        assert_eq!(chord(&released), None);
        assert_eq!(chord(&KeyEvent::new(C::CapsLock, M::NONE)), None);
    }

    #[test]
    fn modifiers_and_keys_arrive_as_pressed() {
        let altgr_euro = KeyEvent::new(C::Char('€'), M::CONTROL | M::ALT);
        assert_eq!(
            chord(&altgr_euro),
            Some(Chord::new(
                KeyCode::Char('€'),
                KeyModifiers::CONTROL | KeyModifiers::ALT
            ))
        );
        let option_right = KeyEvent::new(C::Right, M::SUPER);
        assert_eq!(
            chord(&option_right),
            Some(Chord::new(KeyCode::Right, KeyModifiers::ALT)),
            "iTerm2's Option-→ is Alt-→"
        );
        let shift_up = KeyEvent::new(C::Up, M::SHIFT);
        assert_eq!(
            chord(&shift_up),
            Some(Chord::new(KeyCode::Up, KeyModifiers::SHIFT))
        );
    }
}
