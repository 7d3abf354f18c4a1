//! The terminal: setup and teardown (on quit, error, panic and SIGTERM/SIGHUP), the
//! event loop that feeds `App::update`, and the effects it asks for. The only module
//! that does terminal I/O; saving runs on a writer thread so typing never waits for a
//! disk.

use std::io::{self, Stdout};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::{App, Effect, Msg, NewSession, Screen, SessionEntry, StartState, Workshop};
use crate::cli::{self, Context, Launch};
use crate::model::{Moment, Session};
use crate::store::{self, SessionLock, StoreError};
use crate::workshops::Catalog;

/// How long the loop waits for a key before it redraws the clock and checks on saving.
const POLL: Duration = Duration::from_millis(200);
/// Changes are handed to the writer at most this often; it always writes the newest.
const SAVE_EVERY: Duration = Duration::from_millis(300);
/// A failed save is tried again after this long.
const RETRY_EVERY: Duration = Duration::from_secs(2);

type Term = Terminal<CrosstermBackend<Stdout>>;

/// A session opened for the screen, with the lock that makes this process its writer.
struct Opened {
    workshop: Box<Workshop>,
    lock: Option<SessionLock>,
}

pub fn run(ctx: &Context, launch: Launch) -> Result<ExitCode> {
    // Everything that can fail with a plain message happens before the terminal changes.
    let (screen, mut lock) = match launch {
        Launch::Start => (Screen::Start(Box::new(start_state(ctx))), None),
        Launch::Session {
            path,
            read_only,
            step,
        } => {
            let mut opened = open(&path, read_only)?;
            opened.workshop.go_to(step);
            (Screen::Workshop(opened.workshop), opened.lock)
        }
    };
    let mut app = App::new(ctx.language, screen);
    let signal = Arc::new(AtomicUsize::new(0));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register_usize(
            sig,
            Arc::clone(&signal),
            usize::try_from(sig).unwrap_or(1),
        )
        .context("installing signal handlers")?;
    }
    install_panic_hook();
    let mut terminal = enter().context("setting up the terminal")?;
    let outcome = event_loop(ctx, &mut app, &mut terminal, &signal, &mut lock);
    leave();
    if terminal_hung_up() {
        // ratatui's drop would report (with a panicking eprintln) that it cannot show
        // the cursor on a terminal that no longer exists.
        std::mem::forget(terminal);
    }
    drop(lock);
    outcome
}

fn start_state(ctx: &Context) -> StartState {
    let dir = ctx.data.sessions();
    store::sweep_stale_temp_files(&dir);
    let mut sessions: Vec<SessionEntry> = store::list_sessions(&dir)
        .into_iter()
        .filter_map(|(path, session)| {
            let s = session.ok()?;
            let (done, total) = s.progress();
            Some(SessionEntry {
                path,
                title: s.title,
                updated: s.updated.short(),
                template: s.template,
                done,
                total,
            })
        })
        .collect();
    sessions.sort_by(|a, b| b.updated.cmp(&a.updated));
    let catalog = Catalog::load(Some(&ctx.data.workshops()));
    let templates = catalog
        .templates
        .into_iter()
        .map(|(t, _)| (t.id, t.title))
        .collect();
    StartState::new(sessions, templates)
}

fn open(path: &Path, read_only: bool) -> Result<Opened> {
    let lock = if read_only {
        None
    } else {
        match SessionLock::acquire(path) {
            Ok(lock) => Some(lock),
            Err(error @ StoreError::Locked { .. }) => {
                bail!("{error}: seam open --read-only {}", path.display())
            }
            Err(error) => return Err(error.into()),
        }
    };
    if lock.is_some() {
        store::remove_stale_temp_files(path);
    }
    let session = store::read_session(path)?;
    Ok(Opened {
        workshop: Box::new(Workshop::new(session, path.to_owned(), read_only)),
        lock,
    })
}

fn enter() -> io::Result<Term> {
    terminal::enable_raw_mode()?;
    let mut stdout = io::stdout();
    execute!(
        stdout,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )?;
    Terminal::new(CrosstermBackend::new(stdout))
}

/// Undoes everything `enter` did. Safe to call twice (panic hook, then normal exit).
fn leave() {
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // The terminal first, so the message is readable and the shell usable.
        leave();
        previous(info);
    }));
}

/// The writer thread: takes snapshots, always writes the newest, reports each result.
/// Started with the first save, so it costs nothing before the first frame.
struct Saver {
    worker: Option<Worker>,
    sent: u64,
    sent_at: Option<Instant>,
}

struct Worker {
    jobs: Sender<(u64, Session, PathBuf)>,
    results: Receiver<(u64, Result<(), String>)>,
    thread: JoinHandle<()>,
}

impl Worker {
    fn start() -> Worker {
        let (jobs, inbox) = mpsc::channel::<(u64, Session, PathBuf)>();
        let (outbox, results) = mpsc::channel();
        let thread = std::thread::spawn(move || {
            while let Ok(mut job) = inbox.recv() {
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                let (generation, session, path) = job;
                let result = store::write_session(&path, &session).map_err(|e| e.to_string());
                if outbox.send((generation, result)).is_err() {
                    break;
                }
            }
        });
        Worker {
            jobs,
            results,
            thread,
        }
    }
}

impl Saver {
    fn new() -> Saver {
        Saver {
            worker: None,
            sent: 0,
            sent_at: None,
        }
    }

    fn results(&self) -> Vec<(u64, Result<(), String>)> {
        self.worker
            .as_ref()
            .map(|w| w.results.try_iter().collect())
            .unwrap_or_default()
    }

    /// Hands the workshop to the writer when it changed (or a failed save is due again).
    fn offer(&mut self, w: &Workshop, now: Instant, force: bool) {
        if w.read_only {
            return;
        }
        let failed = matches!(w.save, crate::app::SaveState::Failed(_));
        let since = self
            .sent_at
            .map_or(Duration::MAX, |t| now.duration_since(t));
        let due =
            (w.generation > self.sent && since >= SAVE_EVERY) || (failed && since >= RETRY_EVERY);
        if !(due || (force && w.is_dirty())) {
            return;
        }
        let mut snapshot = w.session.clone();
        snapshot.updated = Moment::now();
        let worker = self.worker.get_or_insert_with(Worker::start);
        let _ = worker.jobs.send((w.generation, snapshot, w.path.clone()));
        self.sent = w.generation;
        self.sent_at = Some(now);
    }

    /// Waits for the writer to finish everything it was given.
    fn finish(&mut self) -> Vec<(u64, Result<(), String>)> {
        let Some(worker) = self.worker.take() else {
            return Vec::new();
        };
        drop(worker.jobs);
        let _ = worker.thread.join();
        worker.results.try_iter().collect()
    }
}

/// Runs the loop, then saves whatever way it ended: quit, signal, a closed window or an
/// error of the terminal. The session is never dropped unsaved on the way out.
fn event_loop(
    ctx: &Context,
    app: &mut App,
    terminal: &mut Term,
    signal: &AtomicUsize,
    lock: &mut Option<SessionLock>,
) -> Result<ExitCode> {
    let mut saver = Saver::new();
    let outcome = run_loop(ctx, app, terminal, signal, lock, &mut saver);
    if let Screen::Workshop(w) = &app.screen {
        saver.offer(w, Instant::now(), true);
    }
    final_save(app, &mut saver);
    match outcome {
        // Drawing into a terminal that is gone fails; that is a hang-up, not an error.
        Err(_) if terminal_hung_up() => Ok(ExitCode::from(128 + 1)),
        other => other,
    }
}

fn run_loop(
    ctx: &Context,
    app: &mut App,
    terminal: &mut Term,
    signal: &AtomicUsize,
    lock: &mut Option<SessionLock>,
    saver: &mut Saver,
) -> Result<ExitCode> {
    let started = Instant::now();
    // For the reliability tests only: proves that a panic leaves the terminal usable.
    let panic_after_first_frame = std::env::var_os("SEAM_TEST_PANIC").is_some();
    let exit = loop {
        app.update(Msg::Tick(started.elapsed()));
        terminal
            .draw(|frame| crate::ui::render(app, frame))
            .context("drawing")?;
        assert!(
            !panic_after_first_frame,
            "SEAM_TEST_PANIC is set: panicking after the first frame"
        );
        let sig = signal.load(Ordering::Relaxed);
        if sig != 0 {
            break ExitCode::from(u8::try_from(128 + sig).unwrap_or(1));
        }
        if terminal_hung_up() {
            // The window was closed without a SIGHUP reaching us: the same as one.
            break ExitCode::from(128 + 1);
        }
        let mut effects = Vec::new();
        if event::poll(POLL).context("reading the terminal")? {
            // Drain what is already there, so a burst of keys (or a paste) costs one frame.
            loop {
                let msg = match event::read().context("reading the terminal")? {
                    Event::Key(key) => Some(Msg::Key(key)),
                    Event::Paste(text) => Some(Msg::Paste(text)),
                    _ => None,
                };
                if let Some(msg) = msg {
                    effects.extend(app.update(msg));
                }
                if !event::poll(Duration::ZERO).unwrap_or(false) {
                    break;
                }
            }
        }
        for (generation, result) in saver.results() {
            app.update(Msg::Saved { generation, result });
        }
        let mut quit = false;
        for effect in effects {
            match effect {
                Effect::Quit => quit = true,
                Effect::Export => {
                    if let Some(w) = app.workshop() {
                        let result = export_handout(w);
                        app.update(Msg::Exported(result));
                    }
                }
                Effect::Open { path, read_only } => {
                    let result = open(&path, read_only).map_err(|e| format!("{e:#}"));
                    let msg = result.map(|opened| {
                        *lock = opened.lock;
                        opened.workshop
                    });
                    app.update(Msg::Opened(msg));
                }
                Effect::Create(new) => {
                    let result = create(ctx, new)
                        .and_then(|path| open(&path, false))
                        .map_err(|e| format!("{e:#}"));
                    let msg = result.map(|opened| {
                        *lock = opened.lock;
                        opened.workshop
                    });
                    app.update(Msg::Opened(msg));
                }
            }
        }
        if let Screen::Workshop(w) = &app.screen {
            saver.offer(w, Instant::now(), quit);
        }
        if quit {
            break ExitCode::SUCCESS;
        }
    };
    Ok(exit)
}

/// A line on stderr that never panics: stderr may be a terminal that is gone.
fn say(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(io::stderr(), "{line}");
}

/// Whether the terminal went away (window closed, ssh dropped). crossterm would spin on
/// the end of input forever, so this is asked before every wait for a key.
#[cfg(unix)]
fn terminal_hung_up() -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    use std::os::fd::AsFd;
    let stdin = io::stdin();
    let fd = stdin.as_fd();
    let mut fds = [PollFd::new(&fd, PollFlags::IN)];
    let now = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    match poll(&mut fds, Some(&now)) {
        Ok(_) => fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL),
        Err(_) => false,
    }
}

#[cfg(not(unix))]
fn terminal_hung_up() -> bool {
    false
}

/// Waits for the writer; if the newest state still is not on disk, writes a rescue
/// copy to the temporary folder and says where.
fn final_save(app: &mut App, saver: &mut Saver) {
    for (generation, result) in saver.finish() {
        app.update(Msg::Saved { generation, result });
    }
    let Screen::Workshop(w) = &mut app.screen else {
        return;
    };
    if w.read_only || !w.is_dirty() {
        return;
    }
    if store::write_session(&w.path, &w.session).is_ok() {
        w.saved_generation = w.generation;
        return;
    }
    let rescue = std::env::temp_dir().join(format!("seam-rescue-{}.ron", w.session.id));
    match store::write_session(&rescue, &w.session) {
        Ok(()) => say(&format!(
            "seam: could not save {}; a copy is in {}",
            w.path.display(),
            rescue.display()
        )),
        Err(error) => say(&format!(
            "seam: could not save {}: {error}",
            w.path.display()
        )),
    }
}

fn export_handout(w: &Workshop) -> Result<PathBuf, String> {
    let path = w.path.with_extension("md");
    let text = crate::export::markdown::handout(&w.session) + "\n";
    store::write_atomically(&path, text.as_bytes())
        .map(|()| path)
        .map_err(|e| e.to_string())
}

fn create(ctx: &Context, new: NewSession) -> Result<PathBuf> {
    let title = Some(new.title).filter(|t| !t.is_empty());
    cli::create_session(
        &ctx.data,
        &new.template,
        title,
        new.language,
        new.participants,
    )
}
