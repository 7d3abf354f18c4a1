//! The command line: what clap reads (`args.rs`) turned into the runtime `Context`, and
//! `run`, which carries out the commands that need no terminal UI — making sessions
//! (`create.rs`), the reading ones (`listing.rs`), export, show, diff. Exit codes: 0
//! success, 1 failure (invalid file, refused, I/O), 2 usage error; `seam diff` answers
//! as `diff` does (0 the same, 1 different, 2 trouble).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::io::IsTerminal as _;

use anyhow::{Context as _, Result, anyhow, bail};

use crate::export;
use crate::model::{Language, Participant};
use crate::store::{self, DataDir};

mod args;
mod create;
mod listing;

pub use args::*;
pub use create::*;
use listing::*;

/// What the command line asks the terminal UI to do.
#[derive(Debug)]
pub enum Launch {
    Start,
    Session {
        path: PathBuf,
        read_only: bool,
        /// Index of the step to start at; `None` resumes where the session was left.
        step: Option<usize>,
    },
    /// A demo's fresh copy, drawn before it is written.
    Demo(Box<PreparedDemo>),
    /// The presenter view of a running wall.
    Presenter {
        session: Option<String>,
    },
    /// `seam room --check`: a test page for phones on the room's network.
    RoomCheck {
        bind: Option<std::net::IpAddr>,
        port: u16,
        seconds: Option<u64>,
    },
}

/// Validated options every command shares.
#[derive(Debug, Clone)]
pub struct Context {
    pub data: DataDir,
    pub language: Language,
    /// Whether the language was chosen on the command line (it then wins over a session's).
    pub language_given: bool,
    pub room: RoomOptions,
}

/// How the room for phones is opened.
#[derive(Debug, Clone, Copy, Default)]
pub struct RoomOptions {
    /// Open it when the session opens.
    pub at_start: bool,
    pub bind: Option<std::net::IpAddr>,
    pub port: u16,
}

/// The language of messages: `--lang`, else the system's.
pub fn language(cli: &Cli) -> Language {
    cli.lang.map_or_else(Language::from_system, Language::from)
}

/// A message of the command line in both languages; the type needs both.
fn say(l: Language, de: impl Into<String>, en: impl Into<String>) -> String {
    match l {
        Language::De => de.into(),
        Language::En => en.into(),
    }
}

pub fn context(cli: &Cli) -> Result<Context> {
    let l = language(cli);
    let data = DataDir::resolve(cli.data_dir.clone()).ok_or_else(|| {
        anyhow!(say(
            l,
            "kein Datenordner gefunden; einen mit --data-dir ORDNER angeben",
            "no data folder could be found; give one with --data-dir DIR"
        ))
    })?;
    let room = match &cli.command {
        None => cli.room,
        Some(
            Command::New { room, .. } | Command::Demo { room, .. } | Command::Open { room, .. },
        ) => cli.room.or(*room),
        Some(_) if cli.room.any() => {
            return Err(UsageError(say(
                l,
                "--room, --bind und --port gelten nur, wo seam eine Wand öffnet: seam, seam new, seam demo, seam open",
                "--room, --bind and --port only apply where seam opens a wall: seam, seam new, seam demo, seam open",
            ))
            .into());
        }
        Some(_) => cli.room,
    };
    if let Some(ip) = room.bind.filter(std::net::IpAddr::is_unspecified) {
        // Every interface, but no address a phone could open: the QR code would say
        // http://0.0.0.0 and every phone's request would name another host.
        bail!(say(
            l,
            format!(
                "--bind {ip} hört auf allen Netzen, aber Telefone brauchen eine Adresse: --bind weglassen (seam nimmt die des WLANs) oder eine nennen, etwa --bind 192.168.1.20"
            ),
            format!(
                "--bind {ip} listens on every network, but phones need one address to open: leave --bind out (seam takes the Wi-Fi's) or name one, e.g. --bind 192.168.1.20"
            ),
        ));
    }
    Ok(Context {
        data,
        language: l,
        language_given: cli.lang.is_some(),
        room: RoomOptions {
            at_start: room.room,
            bind: room.bind,
            port: room.port.unwrap_or(0),
        },
    })
}

/// Runs a command that needs no terminal UI, or says which screen to launch.
pub fn run(cli: Cli, ctx: &Context, out: &mut dyn Write) -> Result<Result<ExitCode, Launch>> {
    let Some(command) = cli.command else {
        return Ok(Err(Launch::Start));
    };
    match command {
        Command::New {
            template,
            follow_up,
            title,
            participants,
            no_open,
            room: _,
        } => {
            let texts = participants;
            let participants = texts
                .iter()
                .map(|text| {
                    Participant::parse(text).ok_or_else(|| {
                        anyhow!(say(
                            ctx.language,
                            format!("--participant {text:?}: erwartet \"Name:Abteilung\""),
                            format!("--participant {text:?}: expected \"Name:Department\""),
                        ))
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            // One person each: two that could not be told apart would answer as one.
            if let Some((first, second)) = crate::model::participant::clash(&participants) {
                bail!(
                    "--participant {:?}: {}",
                    texts[second],
                    crate::i18n::participant_clash(
                        ctx.language,
                        first + 1,
                        &participants[first],
                        &participants[second]
                    )
                );
            }
            let path = match follow_up {
                Some(previous) => {
                    let previous = store::read_session(&resolve_session(ctx, &previous)?)?;
                    let template = template.unwrap_or_else(|| "follow-up".into());
                    create_follow_up(ctx, &previous, &template, title, participants)?
                }
                None => {
                    let template = template.unwrap_or_else(|| "core".into());
                    create_session(&ctx.data, &template, title, ctx.language, participants)?
                }
            };
            if no_open {
                writeln!(out, "{}", path.display())?;
                return Ok(Ok(ExitCode::SUCCESS));
            }
            Ok(Err(Launch::Session {
                path,
                read_only: false,
                step: None,
            }))
        }
        Command::Demo { full, room: _ } => {
            let demo = if full { Demo::FullDay } else { Demo::KickOff };
            Ok(Err(Launch::Demo(Box::new(prepare_demo(ctx, demo)?))))
        }
        Command::Open {
            session,
            read_only,
            step,
            room: _,
        } => {
            // The TUI reads (and locks) it before the terminal changes, so errors stay plain.
            let path = resolve_session(ctx, &session)?;
            let step = step.map(|n| usize::from(n).saturating_sub(1));
            Ok(Err(Launch::Session {
                path,
                read_only,
                step,
            }))
        }
        Command::Presenter { session } => Ok(Err(Launch::Presenter { session })),
        Command::Room {
            check: _,
            bind,
            port,
            seconds,
        } => {
            if let Some(ip) = bind.filter(std::net::IpAddr::is_unspecified) {
                return Err(UsageError(say(
                    ctx.language,
                    format!("--bind {ip}: eine Adresse nennen, die Telefone öffnen können, oder --bind weglassen (alle Netze)"),
                    format!("--bind {ip}: name an address phones can open, or leave --bind out (every network)"),
                ))
                .into());
            }
            Ok(Err(Launch::RoomCheck {
                bind,
                port: port.unwrap_or(0),
                seconds,
            }))
        }
        Command::List => list(ctx, out).map(Ok),
        Command::Templates { copy: None } => templates(ctx, out).map(Ok),
        Command::Templates { copy: Some(id) } => copy_template(ctx, &id, out).map(Ok),
        Command::Check { files } => check(ctx, &files, out).map(Ok),
        Command::Export {
            session,
            format,
            table,
            output,
            no_bom,
        } => {
            // `-o -` is standard output, as for most tools (not a file called `-`).
            let output = output.filter(|o| o.as_os_str() != "-");
            let named = output.as_deref().and_then(Format::of_file);
            let format = match (format, named) {
                (Some(asked), Some(named)) if asked != named => {
                    let file = output.as_deref().unwrap_or(Path::new("")).display();
                    let (asked, named) = (asked.name(), named.name());
                    return Err(UsageError(say(
                        ctx.language,
                        format!("--format {asked}, aber {file} ist eine .{named}-Datei: eines von beiden ändern (oder --format weglassen)"),
                        format!("--format {asked}, but {file} is a .{named} file: change one of them (or leave --format out)"),
                    ))
                    .into());
                }
                (Some(asked), _) => asked,
                (None, named) => named.unwrap_or(Format::Html),
            };
            if let (Some(table), Format::Md | Format::Html | Format::Xlsx) = (&table, format) {
                return Err(UsageError(say(
                    ctx.language,
                    format!(
                        "--table {table} gilt für --format csv; {} enthält jede Tabelle",
                        format.name()
                    ),
                    format!(
                        "--table {table} is for --format csv; {} holds every table",
                        format.name()
                    ),
                ))
                .into());
            }
            let path = resolve_session(ctx, &session)?;
            let mut session = store::read_session(&path)?;
            // `--lang en` gives an English handout of a German session: the steps' own
            // words, labels, numbers and dates in English; what people typed stays.
            if ctx.language_given {
                session.language = ctx.language;
            }
            let bom = if no_bom { "" } else { export::csv::BOM };
            let text = match (format, table) {
                (Format::Xlsx, _) => {
                    let bytes = export::xlsx::workbook(&session).map_err(|e| {
                        anyhow!(say(
                            ctx.language,
                            format!("Arbeitsmappe schreiben: {e}"),
                            format!("writing the workbook: {e}"),
                        ))
                    })?;
                    match output {
                        Some(file) => store::write_atomically(&file, &bytes)?,
                        None if std::io::stdout().is_terminal() => {
                            return Err(UsageError(say(
                                ctx.language,
                                "--format xlsx schreibt eine Binärdatei: -o DATEI.xlsx angeben",
                                "--format xlsx writes a binary file: give -o FILE.xlsx",
                            ))
                            .into());
                        }
                        None => out.write_all(&bytes)?,
                    }
                    return Ok(Ok(ExitCode::SUCCESS));
                }
                (Format::Md, _) => export::markdown::handout(&session) + "\n",
                (Format::Html, _) => export::html::handout(&session),
                (Format::Csv, Some(table)) => {
                    let csv = export::csv::table(&session, &table).with_context(|| {
                        say(
                            ctx.language,
                            format!("keine CSV-Tabelle namens {table}"),
                            format!("no CSV table named {table}"),
                        )
                    })?;
                    format!("{bom}{csv}")
                }
                (Format::Csv, None) => {
                    let Some(dir) = output else {
                        let tables = crate::exercises::tables().join("|");
                        return Err(UsageError(say(
                            ctx.language,
                            format!("--format csv braucht --table {tables} oder -o FOLDER für alle Tabellen"),
                            format!("--format csv needs --table {tables}, or -o FOLDER for all tables"),
                        ))
                        .into());
                    };
                    for written in all_csv_tables(ctx.language, &session, &path, &dir, bom)? {
                        writeln!(out, "{}", written.display())?;
                    }
                    return Ok(Ok(ExitCode::SUCCESS));
                }
            };
            match output {
                Some(file) => store::write_atomically(&file, text.as_bytes())?,
                None => out.write_all(text.as_bytes())?,
            }
            Ok(Ok(ExitCode::SUCCESS))
        }
        Command::Diff { files } => diff(ctx, &files, out).map(Ok),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "seam", out);
            Ok(Ok(ExitCode::SUCCESS))
        }
        Command::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(command).render(out)?;
            Ok(Ok(ExitCode::SUCCESS))
        }
        Command::Show { session } => {
            let path = resolve_session(ctx, &session)?;
            let mut session = store::read_session(&path)?;
            if ctx.language_given {
                session.language = ctx.language;
            }
            out.write_all(export::summary::summary(&session).as_bytes())?;
            Ok(Ok(ExitCode::SUCCESS))
        }
    }
}

/// `seam diff`: 0 when both say the same (and it says so), 1 when they differ, 2 when a
/// file is missing or unreadable — as `diff` and `git diff --no-index` answer. As git's
/// diff driver (seven arguments) it names the file first and exits 0, since git stops
/// at a driver that exits otherwise; `/dev/null` there is a file added or deleted.
fn diff(ctx: &Context, files: &[String], out: &mut dyn Write) -> Result<ExitCode> {
    let (old, new, git) = match files {
        [old, new] => (old, new, None),
        [path, old, _, _, new, _, _] => (old, new, Some(path)),
        _ => {
            return Err(UsageError(say(
                ctx.language,
                "seam diff nimmt ALT NEU (oder die sieben Argumente eines git-Diff-Treibers)",
                "seam diff takes OLD NEW (or the seven arguments of a git diff driver)",
            ))
            .into());
        }
    };
    let read = |given: &str| -> Result<Option<crate::record::Session>, UsageError> {
        if git.is_some() && given == "/dev/null" {
            return Ok(None);
        }
        resolve_session(ctx, given)
            .and_then(|path| Ok(store::read_session(&path)?))
            .map(Some)
            // A file that cannot be compared is trouble, not a difference: exit 2.
            .map_err(|error| UsageError(in_words(ctx.language, &error)))
    };
    let (old, new) = match (read(old)?, read(new)?) {
        (Some(old), Some(new)) => (old, new),
        (None, Some(new)) => (export::diff::nothing_like(&new), new),
        (Some(old), None) => (old.clone(), export::diff::nothing_like(&old)),
        (None, None) => return Ok(ExitCode::SUCCESS),
    };
    let l = if ctx.language_given {
        ctx.language
    } else {
        new.language
    };
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let marks = if colour {
        export::diff::Marks::Colour
    } else {
        export::diff::Marks::Plain
    };
    let changes = export::diff::changes_marked(&old, &new, l, marks);
    if let Some(path) = git {
        writeln!(out, "{}", crate::text::one_line(path))?;
    }
    if changes.is_empty() {
        writeln!(out, "{}", export::diff::no_changes(l))?;
    }
    for line in &changes {
        writeln!(out, "{line}")?;
    }
    Ok(ExitCode::from(u8::from(
        !changes.is_empty() && git.is_none(),
    )))
}

/// An error in one line, as `main` words it: a store error in the screen's language.
pub(crate) fn in_words(language: Language, error: &anyhow::Error) -> String {
    let mut message: Vec<String> = Vec::new();
    for cause in error.chain() {
        match cause.downcast_ref::<store::StoreError>() {
            Some(stored) => {
                message.push(store::in_words(language, stored));
                break;
            }
            None => message.push(cause.to_string()),
        }
    }
    message.join(": ")
}

/// A command line that asks for something impossible: exit 2, like clap's own errors.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Every CSV table of the session into `dir` (made if missing), named after the session
/// file: `<name>-goals.csv`. Returns the files written.
fn all_csv_tables(
    language: Language,
    session: &crate::record::Session,
    path: &Path,
    dir: &Path,
    bom: &str,
) -> Result<Vec<PathBuf>> {
    if dir.exists() && !dir.is_dir() {
        let dir = dir.display();
        return Err(UsageError(say(
            language,
            format!("{dir} ist eine Datei; ohne --table nennt -o einen Ordner für alle Tabellen"),
            format!("{dir} is a file; without --table, -o names a folder for all tables"),
        ))
        .into());
    }
    std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
    let stem = path.file_stem().map_or_else(
        || "session".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let mut written = Vec::new();
    for name in export::csv::tables_in(session) {
        let csv = export::csv::table(session, name).unwrap_or_default();
        let file = dir.join(format!("{stem}-{name}.csv"));
        store::write_atomically(&file, format!("{bom}{csv}").as_bytes())?;
        written.push(file);
    }
    Ok(written)
}
