//! The terminal: setup and teardown (on quit, error, panic and SIGTERM/SIGHUP), the one
//! event loop that feeds `App::update` from one channel, and the effects it asks for.
//! The only module that does terminal I/O; saving runs on a writer thread so typing
//! never waits for a disk.
//!
//! The loop: draw when something on screen changed → wait on the channel → update.

mod disk;
mod saver;

// The one channel and the terminal's setup live a floor below: the room and the
// presenter use them too, and the loop starts those.
pub use crate::inbox;
pub(crate) use crate::terminal::{enter, install_panic_hook, leave};

use std::io;

use std::process::ExitCode;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};

use self::disk::{Disk, Job};
pub use self::inbox::{Event, Inbox};
use self::saver::Saver;
use crate::app::{App, Effect, Msg, Screen, SessionEntry, StartState};
use crate::cli::{self, Context, Launch};
use crate::presenter::wall::Hub;
use crate::room::server::{Limits, Room};
use crate::store::{self, SessionLock};
use crate::workshops::Catalog;

use crate::terminal::Term;

pub fn run(ctx: &Context, launch: Launch) -> Result<ExitCode> {
    // Everything that can fail with a plain message happens before the terminal changes.
    let (screen, mut lock) = match launch {
        Launch::Presenter { session } => {
            return crate::presenter::client::run(ctx, session.as_deref());
        }
        Launch::RoomCheck {
            bind,
            port,
            seconds,
        } => {
            let targets = match bind {
                Some(ip) => vec![(ip, ip.to_string())],
                None => crate::room::address::usable_interfaces(),
            };
            let mut out = std::io::stdout().lock();
            let reached = crate::room::check::run(&targets, port, seconds, ctx.language, &mut out)?;
            return Ok(if reached {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            });
        }
        Launch::Start => (Screen::Start(Box::new(start_state(ctx))), None),
        Launch::Session {
            path,
            read_only,
            step,
        } => {
            let (mut workshop, lock) = disk::open(ctx, &path, read_only)?;
            if let Some(step) = step {
                workshop.go_to(step);
            }
            (Screen::Workshop(workshop), lock)
        }
        Launch::Demo(demo) => {
            let cli::PreparedDemo {
                session,
                path,
                lock,
            } = *demo;
            let mut workshop = disk::with_private_part(ctx, *session, &path, false)?;
            // Not on disk yet: the saver writes it right after the first frame.
            workshop.generation = 1;
            workshop.save = crate::app::SaveState::Pending;
            (Screen::Workshop(Box::new(workshop)), Some(lock))
        }
    };
    let mut app = App::new(ctx.language, screen);
    if let Screen::Workshop(w) = &app.screen {
        app.status = w.missing_here(app.ui_language());
    }
    let (inbox, events) = inbox::channel_pair();
    install_panic_hook();
    let mut terminal = enter().context("setting up the terminal")?;
    let (outcome, last_words) =
        event_loop(ctx, &mut app, &mut terminal, (&inbox, &events), &mut lock);
    leave();
    // Said on the terminal's own screen, after leaving seam's: where a rescue copy is
    // must still be readable when seam has gone.
    if let Some(line) = last_words {
        say(&line);
    }
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

/// Runs the loop, then saves whatever way it ended: quit, signal, a closed window or an
/// error of the terminal. The session is never dropped unsaved on the way out.
fn event_loop(
    ctx: &Context,
    app: &mut App,
    terminal: &mut Term,
    (inbox, events): (&Inbox, &Receiver<Event>),
    lock: &mut Option<SessionLock>,
) -> (Result<ExitCode>, Option<String>) {
    let started = Instant::now();
    let mut saver = Saver::new(inbox.clone());
    let mut disk = Disk::new(ctx, inbox);
    let outcome = run_loop(
        ctx,
        app,
        terminal,
        (inbox, events),
        lock,
        (&mut saver, &mut disk),
    );
    disk.finish();
    app.update(Msg::Tick(started.elapsed()));
    app.update(Msg::Closing);
    if let Screen::Workshop(w) = &app.screen {
        saver.offer(w, Instant::now(), true);
    }
    let last_words = final_save(app, &mut saver, events);
    let outcome = match outcome {
        // Drawing into a terminal that is gone fails; that is a hang-up, not an error.
        Err(_) if terminal_hung_up() => Ok(ExitCode::from(128 + 1)),
        other => other,
    };
    (outcome, last_words)
}

/// What one batch of events asks of the loop besides `update`.
#[derive(Default)]
struct Batch {
    effects: Vec<Effect>,
    redraw: bool,
    exit: Option<ExitCode>,
}

fn run_loop(
    ctx: &Context,
    app: &mut App,
    terminal: &mut Term,
    (inbox, events): (&Inbox, &Receiver<Event>),
    lock: &mut Option<SessionLock>,
    (saver, disk): (&mut Saver, &mut Disk),
) -> Result<ExitCode> {
    // For the reliability tests only: proves that a panic leaves the terminal usable.
    let panic_after_first_frame = std::env::var_os("SEAM_TEST_PANIC").is_some();
    let started = Instant::now();
    let mut sources_started = false;
    let mut redraw = true;
    let size = terminal.size().context("the terminal's size")?;
    app.update(Msg::Resized(size.width, size.height));
    // The presenter socket of the session the wall has open; dropped (the presenters
    // told, the socket removed) when the wall closes or opens another session.
    let mut hub: Option<Hub> = None;
    // The room's server, only while the room is open: no thread, no runtime otherwise.
    let mut room: Option<Room> = None;
    // What the phones' view was last built from: it is built again only when the
    // session or the step changed, not for every key (the autosave trusts the same
    // generation count to see every change).
    let mut room_built_from = None;
    if ctx.room.at_start && app.workshop().is_some() {
        before_the_room_listens(app, ctx, terminal)?;
        let result = open_room(ctx, inbox, app, None).map(|(opened, info)| {
            room = Some(opened);
            info
        });
        app.update(Msg::RoomOpened(result));
    }
    loop {
        if redraw {
            terminal
                .draw(|frame| crate::ui::render(app, frame))
                .context("drawing")?;
            assert!(
                !panic_after_first_frame,
                "SEAM_TEST_PANIC is set: panicking after the first frame"
            );
        }
        // After the frame: whatever a save costs the loop never delays what a key
        // shows.
        if let Screen::Workshop(w) = &app.screen {
            // A phone waiting to hear that its answer is in is not kept waiting for a
            // pause in the typing: the save that holds it goes now.
            saver.offer(w, Instant::now(), !app.acks.is_empty());
        }
        let wanted = app
            .workshop()
            .filter(|w| !w.read_only)
            .map(|w| w.path.clone());
        if hub.as_ref().map(|h| &h.session) != wanted.as_ref() {
            // The old socket goes first (its presenters are told), then the new one.
            drop(hub.take());
            // Without a socket (a path too long for one, a folder not writable) the
            // wall works as before; only the presenter cannot attach.
            hub = wanted.and_then(|path| Hub::open(&path, inbox).ok());
        }
        if let Some(hub) = &hub {
            hub.publish(|| crate::presenter::presenter_state::snapshot(app), inbox);
        }
        if let Some(room) = &room {
            let from = app
                .workshop()
                .map(|w| (w.path.clone(), w.generation, w.step));
            if from.is_none() || from != room_built_from {
                room.publish(crate::room::room_state::view(app));
                room_built_from = from;
            }
        }
        if !sources_started {
            // After the first frame, so starting threads does not delay it; keys typed
            // meanwhile wait in the terminal.
            inbox::start_sources(inbox, started).context("starting the input threads")?;
            sources_started = true;
            // A resize between setting up the terminal and listening for SIGWINCH would
            // be lost (a window placed on the projector at once): ask once more, now.
            if let Some((columns, rows)) = size_changed(app) {
                let _ = inbox.send(Event::Resize(columns, rows));
            }
        }
        let deadline = app.workshop().and_then(|w| saver.deadline(w));
        let first = match deadline {
            Some(at) => match events.recv_timeout(at.saturating_duration_since(Instant::now())) {
                Ok(event) => Some(event),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => bail!("the input threads stopped"),
            },
            None => Some(events.recv().context("the input threads stopped")?),
        };
        // Drain what is already there, so a burst of keys (or a paste) costs one frame.
        let mut batch = Batch::default();
        for event in first
            .into_iter()
            .chain(std::iter::from_fn(|| events.try_recv().ok()))
        {
            handle(app, terminal, event, &mut batch, (lock, disk))?;
            if batch.exit.is_some() {
                break;
            }
        }
        if let Some(exit) = batch.exit {
            return Ok(exit);
        }
        redraw = batch.redraw || !batch.effects.is_empty();
        let mut quit = false;
        for effect in batch.effects {
            match effect {
                Effect::Quit => quit = true,
                Effect::Export => {
                    if let Some(w) = app.workshop() {
                        disk.start(Job::Export {
                            session: Box::new(w.session.clone()),
                            path: w.path.clone(),
                        });
                    }
                }
                Effect::Open { path, read_only } => disk.start(Job::Open { path, read_only }),
                Effect::OpenRoom => {
                    before_the_room_listens(app, ctx, terminal)?;
                    // A new room starts empty: it gets the view at once.
                    room_built_from = None;
                    let result = open_room(ctx, inbox, app, None).map(|(opened, info)| {
                        room = Some(opened);
                        info
                    });
                    app.update(Msg::RoomOpened(result));
                }
                Effect::SwitchRoomNetwork => {
                    let current = room.as_ref().map(|r| r.address.ip());
                    let usable = crate::room::address::usable_interfaces();
                    let next =
                        current.and_then(|ip| crate::room::address::next_interface(&usable, ip));
                    let result = match next {
                        Some(next) => {
                            // The old address serves no more; the same port and code on
                            // the new one, so a phone only scans the new QR code.
                            drop(room.take());
                            room_built_from = None;
                            open_room(ctx, inbox, app, Some(next)).map(|(opened, info)| {
                                room = Some(opened);
                                info
                            })
                        }
                        None => Err(crate::i18n::t(
                            ctx.language,
                            crate::i18n::Label::RoomOnlyNetwork,
                        )
                        .to_owned()),
                    };
                    app.update(Msg::RoomOpened(result));
                }
                Effect::CloseRoom => {
                    // Dropping it stops the server: every phone's request is finished,
                    // and from then on nothing answers on the address.
                    drop(room.take());
                    if let Some(w) = app.workshop() {
                        crate::room::memory::forget(&w.path);
                    }
                    app.update(Msg::RoomClosed);
                }
                Effect::ReleasePhone(key) => {
                    if let Some(room) = &room {
                        room.release(&key);
                    }
                }
                Effect::CreateFollowUp(earlier) => disk.start(Job::CreateFollowUp(earlier)),
                Effect::Create(new) => disk.start(Job::Create(new)),
            }
        }
        if quit {
            // `run` saves what is left, forced, once the loop is over.
            return Ok(ExitCode::SUCCESS);
        }
    }
}

/// How long after the start the clock's ticks also look at the terminal's size.
const LOOK_AT_THE_SIZE_FOR: Duration = Duration::from_secs(3);

/// The terminal's size, asked anew, where it is not the wall's any more.
fn size_changed(app: &App) -> Option<(u16, u16)> {
    crossterm::terminal::size()
        .ok()
        .filter(|size| app.size != Some(*size))
}

fn resize(
    app: &mut App,
    terminal: &mut Term,
    (columns, rows): (u16, u16),
    batch: &mut Batch,
) -> Result<()> {
    terminal
        .resize(ratatui::layout::Rect::new(0, 0, columns, rows))
        .context("resizing")?;
    app.update(Msg::Resized(columns, rows));
    batch.redraw = true;
    Ok(())
}

/// One event: messages go to `update`; the rest is the loop's own business.
fn handle(
    app: &mut App,
    terminal: &mut Term,
    event: Event,
    batch: &mut Batch,
    (lock, disk): (&mut Option<SessionLock>, &mut Disk),
) -> Result<()> {
    match event {
        Event::App(msg) => {
            // The clock changes what is on screen only where a timer is shown.
            let tick = matches!(msg, Msg::Tick(_));
            // A window sized just as seam started (a terminal emulator, a test's pty)
            // can beat every signal handler: the first seconds' ticks look once more.
            if let Msg::Tick(since_start) = msg
                && since_start <= LOOK_AT_THE_SIZE_FOR
                && let Some(size) = size_changed(app)
            {
                resize(app, terminal, size, batch)?;
            }
            batch.effects.extend(app.update(msg));
            batch.redraw |= !tick || app.workshop().is_some();
        }
        Event::Resize(columns, rows) => resize(app, terminal, (columns, rows), batch)?,
        Event::Signal(signal) => {
            batch.exit = Some(ExitCode::from(u8::try_from(128 + signal).unwrap_or(1)));
        }
        // The window was closed without a SIGHUP reaching us: the same as one.
        Event::HungUp => batch.exit = Some(ExitCode::from(128 + 1)),
        Event::Failed(reason) => bail!("reading the terminal: {reason}"),
        Event::Opened(opened) => {
            disk.opening = false;
            let opened = opened.map(|(workshop, its_lock)| {
                *lock = its_lock;
                workshop
            });
            batch.effects.extend(app.update(Msg::Opened(opened)));
            batch.redraw = true;
        }
    }
    Ok(())
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
        Ok(_) => {
            let seen = fds[0].revents();
            // macOS answers POLLNVAL for a terminal it cannot poll (fzf and termbox2 met
            // it on /dev/tty), alive or not: there a terminal that still is one is there.
            let invalid_means_gone = if cfg!(target_os = "macos") {
                !std::io::IsTerminal::is_terminal(&stdin)
            } else {
                true
            };
            seen.intersects(PollFlags::HUP | PollFlags::ERR)
                || (seen.contains(PollFlags::NVAL) && invalid_means_gone)
        }
        Err(_) => false,
    }
}

#[cfg(not(unix))]
fn terminal_hung_up() -> bool {
    false
}

/// Waits for the writer; if the newest state still is not on disk, writes a rescue
/// copy to the temporary folder; what to say about it once the terminal is back.
fn final_save(app: &mut App, saver: &mut Saver, events: &Receiver<Event>) -> Option<String> {
    saver.finish();
    for event in events.try_iter() {
        if let Event::App(msg @ Msg::Saved { .. }) = event {
            app.update(msg);
        }
    }
    let Screen::Workshop(w) = &mut app.screen else {
        return None;
    };
    if w.read_only || !w.is_dirty() {
        return None;
    }
    let saved = match &w.private_file {
        Some(private) => store::save_session(&w.path, private, &w.session),
        None => store::write_session(&w.path, &w.session),
    };
    if saved.is_ok() {
        w.saved_generation = w.generation;
        return None;
    }
    let rescue = std::env::temp_dir().join(format!("seam-rescue-{}.ron", w.session.id));
    // The whole session, the facilitator's part beside it: the rescue is theirs alone.
    let rescue_private = rescue.with_extension("private.ron");
    Some(
        match store::save_session(&rescue, &rescue_private, &w.session) {
            Ok(()) => format!(
                "seam: could not save {}; a copy is in {}",
                w.path.display(),
                rescue.display()
            ),
            Err(error) => format!("seam: could not save {}: {error}", w.path.display()),
        },
    )
}

/// What the firewall will ask is on the wall before it asks: the first listen is what
/// brings up Windows' and macOS' prompt, and the loop waits for the room meanwhile.
fn before_the_room_listens(app: &mut App, ctx: &Context, terminal: &mut Term) -> Result<()> {
    let beyond_this_laptop = ctx.room.bind.is_none_or(|ip| !ip.is_loopback());
    app.update(Msg::RoomOpening { beyond_this_laptop });
    if app.status.is_some() {
        terminal
            .draw(|frame| crate::ui::render(app, frame))
            .context("drawing")?;
    }
    Ok(())
}

/// Opens the room on the address phones can reach (or `--bind`), and says where.
fn open_room(
    ctx: &Context,
    inbox: &Inbox,
    app: &App,
    on: Option<(std::net::IpAddr, String)>,
) -> Result<(Room, crate::app::RoomInfo), String> {
    let workshop = app.workshop();
    use crate::room::memory::{self, Remembered};
    // The room this session had open before seam was restarted: same port, same code.
    let kept_for = workshop.filter(|w| !w.read_only).map(|w| w.path.as_path());
    let remembered = kept_for.and_then(memory::recall);
    let (ip, interface) = match (on, ctx.room.bind) {
        (Some(chosen), _) => chosen,
        (None, Some(ip)) => (ip, String::new()),
        (None, None) => crate::room::address::lan_address().ok_or_else(|| {
            crate::i18n::t(ctx.language, crate::i18n::Label::RoomNoNetwork).to_owned()
        })?,
    };
    let port = match (&remembered, ctx.room.port) {
        (Some(kept), 0) => kept.port,
        (_, port) => port,
    };
    let address = std::net::SocketAddr::new(ip, port);
    // For load benchmarks only, where every simulated phone comes from 127.0.0.1.
    let limits = std::env::var("SEAM_BENCH_ROOM_PER_ADDRESS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or_else(Limits::default, Limits::one_address);
    let secret = remembered.as_ref().map(|kept| kept.secret.clone());
    // What the phones see from the first connection on: the room as the wall has it.
    let first = crate::room::room_state::view(app);
    let opened = Room::open_showing(address, inbox, limits, secret.clone(), first.clone())
        .or_else(|error| match &remembered {
            // The old port is taken by something else now: a new one (the phones scan
            // again), the code stays.
            Some(_) if ctx.room.port == 0 => {
                let anywhere = std::net::SocketAddr::new(ip, 0);
                Room::open_showing(anywhere, inbox, limits, secret, first)
            }
            _ => Err(error),
        })
        .map_err(|e| {
            format!(
                "{}: {e}",
                crate::i18n::t(ctx.language, crate::i18n::Label::RoomTitle)
            )
        })?;
    if let Some(session) = kept_for {
        let kept = Remembered {
            port: opened.address.port(),
            secret: opened.secret.clone(),
        };
        // Without it (a folder not writable) a restart draws a new code: no more.
        let _ = memory::keep(session, &kept);
    }
    let code = opened
        .secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let info = crate::app::RoomInfo {
        qr: crate::room::qr_modules(&opened.url()).unwrap_or_default(),
        url: opened.url(),
        code,
        interface,
        phones: Vec::new(),
        opened_at: std::time::Duration::ZERO,
        ever_joined: false,
        beyond_this_laptop: !ip.is_loopback(),
    };
    Ok((opened, info))
}
