//! The one channel into the event loop, and the threads that feed it: the terminal
//! (keys, pastes, resizes, a hang-up), signals, the clock, and the writer thread's
//! results. Later sources (the room's phones, the presenter) send on the same channel;
//! none of them touches the session, they only say what happened.
//!
//! Nothing here polls on a timer: the terminal thread sleeps in `poll(2)` until the
//! terminal has bytes or hangs up, the signal thread until a signal comes, and the clock
//! thread wakes once a second. An untouched seam therefore costs one wake-up a second.

use std::io;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event as TermEvent};

use crate::app::Msg;

/// How long crossterm may take to read bytes the terminal has announced: a key
/// sequence arrives whole, so this is only ever waited out on half an escape sequence.
const READ_WAIT: Duration = Duration::from_millis(20);
/// How long to look for more of a burst before going back to sleep.
const DRAIN_WAIT: Duration = Duration::from_millis(2);

/// Everything the loop waits for.
pub enum Event {
    /// A message for `update`: a key, a paste, a clock tick, a save result.
    App(Msg),
    /// The terminal has a new size (columns, rows).
    Resize(u16, u16),
    /// SIGTERM, SIGHUP or SIGINT: save and leave with 128 + the signal.
    Signal(i32),
    /// The terminal went away (window closed, ssh dropped) without a signal reaching us.
    HungUp,
    /// Reading the terminal failed.
    Failed(String),
}

/// The channel's sending side, for every source; clone it freely.
pub type Inbox = Sender<Event>;

pub fn channel_pair() -> (Inbox, Receiver<Event>) {
    channel()
}

/// Starts the terminal reader, the signal listener and the clock.
pub fn start_sources(inbox: &Inbox, started: Instant) -> io::Result<()> {
    let terminal = inbox.clone();
    thread::Builder::new()
        .name("seam-terminal".into())
        .spawn(move || read_terminal(&terminal))?;
    let signals = inbox.clone();
    let mut listener = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGWINCH,
    ])?;
    thread::Builder::new()
        .name("seam-signals".into())
        .spawn(move || {
            for signal in listener.forever() {
                let event = if signal == signal_hook::consts::SIGWINCH {
                    match crossterm::terminal::size() {
                        Ok((columns, rows)) => Event::Resize(columns, rows),
                        Err(_) => continue,
                    }
                } else {
                    Event::Signal(signal)
                };
                if signals.send(event).is_err() {
                    break;
                }
            }
        })?;
    let clock = inbox.clone();
    thread::Builder::new()
        .name("seam-clock".into())
        .spawn(move || {
            // On the second since start, so the timer on screen steps evenly.
            loop {
                let elapsed = started.elapsed();
                let next = Duration::from_secs(elapsed.as_secs() + 1);
                thread::sleep(next.saturating_sub(elapsed));
                if clock
                    .send(Event::App(Msg::Tick(started.elapsed())))
                    .is_err()
                {
                    break;
                }
            }
        })?;
    Ok(())
}

/// Waits for the terminal, forwards what it says, and says when it is gone.
fn read_terminal(inbox: &Inbox) {
    loop {
        match wait_for_terminal() {
            Readiness::HungUp => {
                let _ = inbox.send(Event::HungUp);
                return;
            }
            Readiness::Readable => {}
        }
        // The terminal has bytes: crossterm reads them, then hands out what it parsed one
        // event at a time. A zero wait would not look at what it parsed already, so each
        // call may wait a little; a burst then goes out as one batch.
        let mut wait = READ_WAIT;
        loop {
            let ready = event::poll(wait);
            wait = DRAIN_WAIT;
            match ready {
                Ok(false) => break,
                Ok(true) => {}
                Err(error) => {
                    let _ = inbox.send(Event::Failed(error.to_string()));
                    return;
                }
            }
            let event = match event::read() {
                Ok(TermEvent::Key(key)) => Event::App(Msg::Key(key)),
                Ok(TermEvent::Paste(text)) => Event::App(Msg::Paste(text)),
                Ok(TermEvent::Resize(columns, rows)) => Event::Resize(columns, rows),
                Ok(_) => continue,
                Err(error) => Event::Failed(error.to_string()),
            };
            let failed = matches!(event, Event::Failed(_));
            if inbox.send(event).is_err() || failed {
                return;
            }
        }
    }
}

enum Readiness {
    Readable,
    HungUp,
}

/// Sleeps until the terminal has input or has hung up. crossterm's own wait would spin
/// on the end of input of a closed window, so the waiting is done here.
#[cfg(unix)]
fn wait_for_terminal() -> Readiness {
    use rustix::event::{PollFd, PollFlags, poll};
    use std::os::fd::AsFd;
    let stdin = io::stdin();
    let fd = stdin.as_fd();
    loop {
        let mut fds = [PollFd::new(&fd, PollFlags::IN)];
        match poll(&mut fds, None) {
            Ok(_) => {
                let ready = fds[0].revents();
                if ready.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
                    return Readiness::HungUp;
                }
                if ready.contains(PollFlags::IN) {
                    return Readiness::Readable;
                }
            }
            Err(rustix::io::Errno::INTR) => {}
            Err(_) => return Readiness::HungUp,
        }
    }
}

#[cfg(not(unix))]
fn wait_for_terminal() -> Readiness {
    // Elsewhere crossterm's wait is used, with a timeout so that the loop stays alive.
    let _ = event::poll(Duration::from_secs(1));
    Readiness::Readable
}
