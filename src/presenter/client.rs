//! `seam presenter`: the second screen. It finds the wall (the seam that has the session
//! open), shows what the facilitator needs, and sends the wall commands; it never writes
//! the session. When the wall closes, it says so and ends; when it ends, the wall goes on.

use std::io::{self, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Sender, channel};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use crossterm::event::{self, Event as TermEvent};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::link::{self, Stream};
use super::protocol::{self, Command, ToPresenter};
use super::screen::{self, View};
use crate::app::keymap::{self, Action, Intent, Scope};
use crate::cli::Context;
use crate::i18n::{Label, t};
use crate::model::Language;
use crate::text::one_line;

enum Incoming {
    Wall(ToPresenter),
    /// The socket ended without a goodbye: the wall was killed.
    Gone,
    Key(keymap::Chord),
    Resize,
}

/// Runs the presenter for `session`, or for the only running wall.
pub fn run(ctx: &Context, session: Option<&str>) -> Result<ExitCode> {
    let l = ctx.language;
    let socket = match session {
        Some(given) => {
            let path = crate::cli::resolve_session(ctx, given)?;
            let socket = protocol::socket_of(&path);
            if !soon(|| link::connect(&socket).is_ok()) {
                bail!(no_wall(l, Some(&path)));
            }
            socket
        }
        None => only_wall(ctx)?,
    };
    let stream = link::connect(&socket).with_context(|| socket.display().to_string())?;
    let (sender, events) = channel();
    let reader = stream.try_clone()?;
    let from_wall = sender.clone();
    thread::Builder::new()
        .name("presenter-wall".into())
        .spawn(move || listen(reader, &from_wall))?;
    thread::Builder::new()
        .name("presenter-keys".into())
        .spawn(move || keys(&sender))?;
    crate::terminal::install_panic_hook();
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide)?;
    let outcome = event_loop(stream, &events, l);
    crate::terminal::leave();
    // In the session's language, as the screen was.
    if let Some(language) = outcome? {
        eprintln!("{}", t(language, Label::WallClosed));
    }
    Ok(ExitCode::SUCCESS)
}

/// The screen's language when the wall ended it; `None` when the facilitator quit.
fn event_loop(
    mut stream: Stream,
    events: &std::sync::mpsc::Receiver<Incoming>,
    l: Language,
) -> Result<Option<Language>> {
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let mut view = View {
        language: l,
        snapshot: None,
        peek: false,
        armed: false,
        notes: None,
    };
    loop {
        terminal.draw(|frame| screen::render(&view, frame))?;
        let Ok(event) = events.recv() else {
            return Ok(Some(view.language));
        };
        match event {
            Incoming::Wall(ToPresenter::State(snapshot)) => {
                view.language = snapshot.language;
                view.snapshot = Some(*snapshot);
            }
            Incoming::Wall(ToPresenter::Bye) | Incoming::Gone => return Ok(Some(view.language)),
            Incoming::Resize => terminal.autoresize()?,
            Incoming::Key(key) if view.notes.is_some() => {
                match keymap::intent(&[Scope::PresenterNotes], &key) {
                    Intent::Do(Action::Quit) => return Ok(None),
                    Intent::Do(Action::Back) => {
                        if let Some((step, area)) = view.notes.take() {
                            let text = area.lines().join("\n");
                            if protocol::send(&mut stream, &Command::Note { step, text }).is_err() {
                                return Ok(Some(view.language));
                            }
                        }
                    }
                    Intent::Type(input) => {
                        if let Some((_, area)) = &mut view.notes {
                            area.input(input);
                        }
                    }
                    _ => {}
                }
            }
            Incoming::Key(key) => {
                let Intent::Do(action) = keymap::intent(&[Scope::Presenter], &key) else {
                    view.armed = false;
                    continue;
                };
                let armed = std::mem::take(&mut view.armed);
                let command = match action {
                    Action::Quit => return Ok(None),
                    Action::Peek => {
                        view.peek = !view.peek;
                        None
                    }
                    // Only what the facilitator sees: the answers while peeking.
                    Action::HoldBack if view.peek => hold_back(&view, &key),
                    Action::Edit => {
                        if let Some(s) = &view.snapshot {
                            let text = crate::text::sanitize(&s.facilitator_notes).into_owned();
                            let mut area = ratatui_textarea::TextArea::new(
                                text.split('\n').map(str::to_owned).collect(),
                            );
                            area.move_cursor(ratatui_textarea::CursorMove::Bottom);
                            area.move_cursor(ratatui_textarea::CursorMove::End);
                            view.notes = Some((s.step, area));
                        }
                        None
                    }
                    // A round that cannot be revealed says why on this screen already.
                    Action::Reveal
                        if view
                            .snapshot
                            .as_ref()
                            .and_then(|s| s.round.as_ref())
                            .is_some_and(|r| r.too_few.is_some()) =>
                    {
                        None
                    }
                    // Revealing waits for its key once more, as on the wall.
                    Action::Reveal if !armed => {
                        view.armed = true;
                        None
                    }
                    // The wall's own action: the wall does what its key does.
                    action if crate::app::remote::REMOTE.contains(&action) => {
                        Some(Command::Do(action))
                    }
                    _ => None,
                };
                if let Some(command) = command
                    && protocol::send(&mut stream, &command).is_err()
                {
                    return Ok(Some(view.language));
                }
            }
        }
    }
}

fn listen(stream: Stream, events: &Sender<Incoming>) {
    let mut input = BufReader::new(stream);
    loop {
        let event = match protocol::receive::<ToPresenter>(&mut input) {
            Ok(Some(message)) => Incoming::Wall(message),
            Ok(None) | Err(_) => Incoming::Gone,
        };
        let gone = matches!(event, Incoming::Gone | Incoming::Wall(ToPresenter::Bye));
        if events.send(event).is_err() || gone {
            return;
        }
    }
}

fn keys(events: &Sender<Incoming>) {
    while let Ok(event) = event::read() {
        let incoming = match event {
            TermEvent::Key(key) => match crate::inbox::chord(&key) {
                Some(chord) => Incoming::Key(chord),
                None => continue,
            },
            TermEvent::Resize(..) => Incoming::Resize,
            _ => continue,
        };
        if events.send(incoming).is_err() {
            return;
        }
    }
}

/// The socket of the one wall running in this data folder (sessions and demos).
fn only_wall(ctx: &Context) -> Result<PathBuf> {
    let mut walls = Vec::new();
    soon(|| {
        walls = running_walls(ctx);
        !walls.is_empty()
    });
    one_of(ctx, walls)
}

/// Whether `found` comes true within a moment. A wall started a moment ago (both
/// started by one script, or the presenter's terminal opened with the wall's) opens its
/// socket right after its first frame: worth a short wait before saying none runs.
fn soon(mut found: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_millis(1500);
    loop {
        if found() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        thread::sleep(Duration::from_millis(100));
    }
}

/// The sockets of the walls running now, in the data folder's sessions and demos.
fn running_walls(ctx: &Context) -> Vec<PathBuf> {
    let mut walls = Vec::new();
    for dir in [ctx.data.sessions(), ctx.data.demos()] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && name.ends_with(".presenter") && link::connect(&path).is_ok()
            {
                walls.push(path);
            }
        }
    }
    walls.sort();
    walls
}

fn one_of(ctx: &Context, walls: Vec<PathBuf>) -> Result<PathBuf> {
    match walls.as_slice() {
        [] => bail!(no_wall(ctx.language, None)),
        [one] => Ok(one.clone()),
        several => {
            let l = ctx.language;
            let list: Vec<String> = several
                .iter()
                .map(|s| {
                    format!(
                        "  seam presenter {}",
                        one_line(&session_of(s).display().to_string())
                    )
                })
                .collect();
            bail!("{}\n{}", t(l, Label::SeveralWalls), list.join("\n"))
        }
    }
}

/// The session file a socket belongs to: `.name.ron.presenter` → `name.ron`.
fn session_of(socket: &Path) -> PathBuf {
    let name = socket
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = name
        .strip_prefix('.')
        .and_then(|n| n.strip_suffix(".presenter"))
        .unwrap_or(&name)
        .to_owned();
    socket.with_file_name(name)
}

fn no_wall(l: Language, session: Option<&Path>) -> String {
    match session {
        Some(path) => format!(
            "{} {}: seam open {}",
            t(l, Label::NoWallFor),
            one_line(&path.display().to_string()),
            one_line(&path.display().to_string())
        ),
        None => t(l, Label::NoWall).to_owned(),
    }
}

/// The command that holds back the answer numbered as the key (1 the first) of the
/// text round that collects, as the facilitator sees it while peeking.
fn hold_back(view: &View, key: &crate::app::keymap::Chord) -> Option<Command> {
    let crate::app::keymap::KeyCode::Char(digit) = key.code else {
        return None;
    };
    let number = usize::try_from(digit.to_digit(10)?).ok()?;
    let round = view.snapshot.as_ref()?.round.as_ref()?;
    if !round.screened {
        return None;
    }
    let (_, text) = round.answers.get(number.checked_sub(1)?)?;
    Some(Command::HoldBack { text: text.clone() })
}
