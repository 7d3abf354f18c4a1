//! Saving off the input path: a writer thread takes snapshots of the session, always
//! writes the newest one, and reports each result on the loop's channel. It is started
//! with the first save, so it costs nothing before the first frame.

use std::path::PathBuf;
use std::sync::mpsc::{self, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::app::{Msg, SaveState, Workshop};
use crate::inbox::{Event, Inbox};
use crate::model::Moment;
use crate::record::Session;
use crate::record::private::Draft;
use crate::store;

/// Changes are handed to the writer at most this often; it always writes the newest.
const SAVE_EVERY: Duration = Duration::from_millis(300);
/// While somebody types, the snapshot waits for a pause this long (the copy is cheap —
/// it shares the steps — but writing a large session takes the writer a core's tens
/// of milliseconds, which a brisk typist's keys would share with it) …
const PAUSE: Duration = Duration::from_millis(300);
/// … but never longer than this after the last save: what is typed is on disk within
/// about a second, even while the typing goes on.
const AT_MOST: Duration = Duration::from_secs(1);
/// A failed save is tried again after this long.
const RETRY_EVERY: Duration = Duration::from_secs(2);

pub struct Saver {
    inbox: Inbox,
    worker: Option<Worker>,
    sent: u64,
    sent_at: Option<Instant>,
    /// The newest generation seen, and when it was first seen: the last change.
    seen: (u64, Option<Instant>),
}

/// A snapshot to write: its generation, the session, its file, its private file and
/// the blind answer being typed.
type Job = (u64, Session, PathBuf, Option<PathBuf>, Option<Draft>);

struct Worker {
    jobs: Sender<Job>,
    thread: JoinHandle<()>,
}

impl Worker {
    fn start(inbox: Inbox) -> Worker {
        let (jobs, queue) = mpsc::channel::<Job>();
        let thread = std::thread::spawn(move || {
            // Saving is background work: on a laptop with two cores it must never hold
            // up the thread that answers the next key (a 3 MB session takes tens of
            // milliseconds to write). Where the system does not allow it, it runs as is.
            lower_this_threads_priority();
            while let Ok(mut job) = queue.recv() {
                while let Ok(newer) = queue.try_recv() {
                    job = newer;
                }
                let (generation, session, path, private, draft) = job;
                let result = match &private {
                    Some(private) => store::save_session_with(&path, private, &session, draft),
                    None => store::write_session(&path, &session),
                };
                let result = result.map_err(|e| e.to_string());
                // The loop may be gone already (quitting); the result is then moot.
                let _ = inbox.send(Event::App(Msg::Saved { generation, result }));
            }
        });
        Worker { jobs, thread }
    }
}

impl Saver {
    pub fn new(inbox: Inbox) -> Saver {
        Saver {
            inbox,
            worker: None,
            sent: 0,
            sent_at: None,
            seen: (0, None),
        }
    }

    /// When the changes not handed over yet are due: after a pause in the changes, or
    /// `AT_MOST` after the last save, and never sooner than `SAVE_EVERY` after it.
    fn due_at(&self, sent_at: Instant) -> Instant {
        let paused = self.seen.1.map_or(sent_at, |changed| changed + PAUSE);
        (sent_at + SAVE_EVERY).max(paused.min(sent_at + AT_MOST))
    }

    fn since_sent(&self, now: Instant) -> Duration {
        self.sent_at
            .map_or(Duration::MAX, |t| now.duration_since(t))
    }

    /// When the loop should wake up to hand over changes that are not due yet; `None`
    /// when nothing waits.
    pub fn deadline(&self, w: &Workshop) -> Option<Instant> {
        let sent_at = self.sent_at?;
        if w.read_only {
            return None;
        }
        if matches!(w.save, SaveState::Failed(_)) {
            return Some(sent_at + RETRY_EVERY);
        }
        (w.generation > self.sent).then(|| self.due_at(sent_at))
    }

    /// Hands the workshop to the writer when it changed (or a failed save is due again);
    /// `force`: changes not given to it yet go at once, without waiting for a pause.
    pub fn offer(&mut self, w: &Workshop, now: Instant, force: bool) {
        if w.read_only {
            return;
        }
        if w.generation != self.seen.0 {
            self.seen = (w.generation, Some(now));
        }
        let failed = matches!(w.save, SaveState::Failed(_));
        let since = self.since_sent(now);
        let changes_due = match self.sent_at {
            Some(sent_at) => now >= self.due_at(sent_at),
            None => true,
        };
        let due = (w.generation > self.sent && changes_due) || (failed && since >= RETRY_EVERY);
        // Forced: whatever the writer has not been given yet goes now (what it has is on
        // its way, and is not given twice).
        let forced = force && w.is_dirty() && w.generation > self.sent;
        if !(due || forced) {
            return;
        }
        // Shares every step with the session (`record::Steps`): microseconds, whatever
        // its size; the step typed into next is copied then, once.
        let mut snapshot = w.session.clone();
        snapshot.updated = Moment::now();
        let inbox = self.inbox.clone();
        let worker = self.worker.get_or_insert_with(|| Worker::start(inbox));
        let job = (
            w.generation,
            snapshot,
            w.path.clone(),
            w.private_file.clone(),
            w.draft(),
        );
        let _ = worker.jobs.send(job);
        self.sent = w.generation;
        self.sent_at = Some(now);
    }

    /// Waits for the writer to finish everything it was given. Its results are on the
    /// channel.
    pub fn finish(&mut self) {
        if let Some(worker) = self.worker.take() {
            drop(worker.jobs);
            let _ = worker.thread.join();
        }
    }
}

/// Only Linux sets a nice value per thread (its thread id as the process): elsewhere
/// that would slow the whole of seam. Windows gives the thread that reads the console
/// a boost of its own, macOS the terminal's foreground.
#[cfg(target_os = "linux")]
fn lower_this_threads_priority() {
    let _ = rustix::process::setpriority_process(Some(rustix::thread::gettid()), 10);
}

#[cfg(not(target_os = "linux"))]
fn lower_this_threads_priority() {}
