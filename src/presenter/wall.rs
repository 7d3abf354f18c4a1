//! The wall's side of the presenter's line: it listens beside the session's lock file
//! (closed to other users: `link`), turns each command that arrives into a
//! message on the wall's one channel, and sends every presenter the wall's state
//! whenever it changed. Nothing here touches the session.

use std::io::{self, BufReader};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::Duration;

use super::link::{self, Listener, Stream};
use super::protocol::{self, Command, Snapshot, ToPresenter};
use crate::app::Msg;
use crate::inbox::{Event, Inbox};

/// A presenter that does not read for this long is let go: a stuck second screen must
/// never stall the wall.
const WRITE_PATIENCE: Duration = Duration::from_millis(100);

#[derive(Default)]
struct Shared {
    clients: Vec<(u64, Stream)>,
    next_id: u64,
    last: Option<Snapshot>,
}

pub struct Hub {
    socket: PathBuf,
    /// The session file the socket belongs to.
    pub session: PathBuf,
    shared: Arc<Mutex<Shared>>,
}

fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    // A panicked presenter thread leaves the list as it was; it is still usable.
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Hub {
    /// Listens for presenters of `session`. A socket left behind by a seam that died
    /// (nobody answers on it) is replaced; the session's lock already keeps a second
    /// living seam away.
    pub fn open(session: &Path, inbox: &Inbox) -> io::Result<Hub> {
        let socket = protocol::socket_of(session);
        let listener = link::listen(&socket)?;
        let shared = Arc::new(Mutex::new(Shared::default()));
        let accepting = Arc::clone(&shared);
        let inbox = inbox.clone();
        thread::Builder::new()
            .name("presenter-accept".into())
            .spawn(move || accept(&listener, &accepting, &inbox))?;
        Ok(Hub {
            socket,
            session: session.to_owned(),
            shared,
        })
    }

    /// Sends the wall's state to every presenter, if it changed since the last time.
    /// Without a presenter nothing is taken: the wall's loop pays nothing for the socket.
    pub fn publish(&self, snapshot: impl FnOnce() -> Option<Snapshot>, inbox: &Inbox) {
        let mut shared = lock(&self.shared);
        if shared.clients.is_empty() {
            // A presenter that connects gets the state of the batch its arrival causes.
            shared.last = None;
            return;
        }
        let snapshot = snapshot();
        if shared.last == snapshot {
            return;
        }
        shared.last.clone_from(&snapshot);
        let Some(snapshot) = snapshot else { return };
        let message = ToPresenter::State(Box::new(snapshot));
        let before = shared.clients.len();
        shared
            .clients
            .retain_mut(|(_, stream)| protocol::send(stream, &message).is_ok());
        if shared.clients.len() != before {
            let _ = inbox.send(Event::App(Msg::Presenters(shared.clients.len())));
        }
    }
}

impl Drop for Hub {
    /// The presenters are told the wall has closed; the socket goes with the wall.
    fn drop(&mut self) {
        let mut shared = lock(&self.shared);
        for (_, stream) in &mut shared.clients {
            let _ = protocol::send(stream, &ToPresenter::Bye);
            let _ = stream.shutdown(std::net::Shutdown::Both);
        }
        shared.clients.clear();
        link::close(&self.socket);
    }
}

fn accept(listener: &Listener, shared: &Arc<Mutex<Shared>>, inbox: &Inbox) {
    loop {
        // One that could not connect (or had not the key) is let go.
        let Ok(stream) = listener.accept() else {
            continue;
        };
        let Ok(mut writer) = stream.try_clone() else {
            continue;
        };
        let _ = writer.set_write_timeout(Some(WRITE_PATIENCE));
        let (id, count) = {
            let mut guard = lock(shared);
            // A new presenter sees the wall at once, not at the next change.
            if let Some(last) = guard.last.clone()
                && protocol::send(&mut writer, &ToPresenter::State(Box::new(last))).is_err()
            {
                continue;
            }
            guard.next_id += 1;
            let id = guard.next_id;
            guard.clients.push((id, writer));
            (id, guard.clients.len())
        };
        if inbox.send(Event::App(Msg::Presenters(count))).is_err() {
            return;
        }
        let shared = Arc::clone(shared);
        let inbox = inbox.clone();
        let _ = thread::Builder::new()
            .name("presenter-read".into())
            .spawn(move || read(stream, id, &shared, &inbox));
    }
}

/// Each command becomes a message for the wall's `update`; at the end of the stream (the
/// presenter quit or was killed) or at anything that is not a command, the presenter is
/// let go and the wall carries on.
fn read(stream: Stream, id: u64, shared: &Mutex<Shared>, inbox: &Inbox) {
    let mut input = BufReader::new(stream);
    while let Ok(Some(command)) = protocol::receive::<Command>(&mut input) {
        if inbox.send(Event::App(Msg::Remote(command))).is_err() {
            return;
        }
    }
    let count = {
        let mut guard = lock(shared);
        guard.clients.retain(|(other, _)| *other != id);
        guard.clients.len()
    };
    let _ = inbox.send(Event::App(Msg::Presenters(count)));
}
