//! The command line: clap structs, turned into validated options, and the commands that
//! need no terminal UI. Exit codes: 0 success, 1 failure (invalid file, refused, I/O),
//! 2 usage error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::io::IsTerminal as _;

use anyhow::{Context as _, Result, anyhow, bail};
use clap::{Parser, Subcommand, ValueEnum};

use crate::export;
use crate::i18n::{Label, t};
use crate::model::{Language, Moment, Participant};
use crate::record::Session;
use crate::store::{self, DataDir, SessionLock, StoreError};
use crate::text::one_line;
use crate::workshops::{self, Catalog, Origin};

const EXAMPLES: &str = "\
Examples:
  seam demo                                   see seam at work on the example session
  seam new --title \"Q3 Kick-off\" --participant \"Anna Berger:Marketing\"
  seam new --no-open --title \"Q3 Kick-off\"    prepare a session the day before
  seam open 2026-11-24-q3-kick-off            open by id (file name) or by path
  seam list                                   the sessions in the data folder
  seam templates                              the workshop templates
  seam show session.ron                       a plain-text summary
  seam check session.ron workshops/mine.ron   validate session and template files
  seam export session.ron --format md -o handout.md
  seam export session.ron --format csv --table goals > goals.csv

Exit codes: 0 success, 1 failure (invalid file, session in use, I/O error), 2 usage error.
Files live in the data folder: --data-dir, else $SEAM_DATA_DIR, else the platform's.";

#[derive(Debug, Parser)]
#[command(name = "seam", version, about = "A terminal workshop facilitator: market, business model, shared goals and agreements, saved as a RON file.", after_help = EXAMPLES)]
pub struct Cli {
    /// Folder for sessions and user templates (default: $SEAM_DATA_DIR or the platform's data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Language of the interface and of new sessions (default: the system locale, else en).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Open the room for phones at once (with `open` or `demo`): a QR code on the wall,
    /// the open round answered from each participant's phone over the room's network.
    #[arg(long, global = true)]
    pub room: bool,
    /// The room's address (default: the one of the network phones can reach).
    #[arg(long, global = true, value_name = "ADDR")]
    pub bind: Option<std::net::IpAddr>,
    /// The room's port (default: one the system picks).
    #[arg(long, global = true, value_name = "N")]
    pub port: Option<u16>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    De,
    En,
}

impl From<LangArg> for Language {
    fn from(arg: LangArg) -> Language {
        match arg {
            LangArg::De => Language::De,
            LangArg::En => Language::En,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a session from a template and open it.
    #[command(
        after_help = "Example: seam new --title \"Q3 Kick-off\" --participant \"Anna Berger:Marketing\""
    )]
    New {
        /// Template id (see `seam templates`); default core, or follow-up with --follow-up.
        #[arg(long)]
        template: Option<String>,
        /// Review an earlier session: its goals, agreements, pilots, KPIs and changes are
        /// carried into the follow-up step, with its participants.
        #[arg(long, value_name = "FILE|ID")]
        follow_up: Option<String>,
        /// Title of the workshop.
        #[arg(long)]
        title: Option<String>,
        /// A participant as "Name:Department"; repeat for each.
        #[arg(long = "participant", value_name = "NAME:DEPARTMENT")]
        participants: Vec<String>,
        /// Only create the file and print its path.
        #[arg(long)]
        no_open: bool,
    },
    /// Open a fresh copy of the example session.
    #[command(after_help = "Examples:\n  seam demo\n  seam demo --full")]
    Demo {
        /// The whole day instead: every exercise of the full-day template, filled in.
        #[arg(long)]
        full: bool,
    },
    /// Open a session by path or id.
    #[command(after_help = "Example: seam open 2026-11-24-q3-kick-off")]
    Open {
        /// The session: a file, or an id from `seam list`.
        #[arg(value_name = "FILE|ID")]
        session: String,
        /// Look without changing anything (also when another seam has it open).
        #[arg(long)]
        read_only: bool,
        /// Start at this step (1 = the first), e.g. to resume after lunch.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        step: Option<u16>,
    },
    /// List the sessions in the data folder.
    #[command(after_help = "Example: seam list")]
    List,
    /// The facilitator's second screen: attach to the seam that shows this session on
    /// the wall (or the only one running) — hints, time, who has not answered yet — and
    /// drive it: next step, reveal, blank the wall.
    #[command(
        after_help = "Examples:\n  seam open kick-off   (the wall, on the projector)\n  seam presenter       (in a second terminal, on the laptop)"
    )]
    Presenter {
        /// The session file or id; without it, the only running wall.
        session: Option<String>,
    },
    /// List the workshop templates, or copy a built-in one to adapt it.
    #[command(after_help = "Examples:\n  seam templates\n  seam templates --copy core")]
    Templates {
        /// Copy this built-in template into your template folder (then edit it there).
        #[arg(long, value_name = "ID")]
        copy: Option<String>,
    },
    /// Validate session and template files.
    #[command(
        after_help = "Example: seam check session.ron\nExit 0 when every file is valid (warnings allowed), 1 when any is not."
    )]
    Check {
        /// Session or template files, or session ids from `seam list`.
        #[arg(required = true, value_name = "FILE|ID")]
        files: Vec<String>,
    },
    /// Write the handout (HTML or Markdown), a CSV table or an Excel workbook.
    #[command(
        after_help = "Examples:\n  seam export session.ron --format html -o handout.html\n  seam export session.ron --format md -o handout.md\n  seam export session.ron --format csv --table agreements\n  seam export session.ron --format xlsx -o workshop.xlsx"
    )]
    Export {
        /// The session: a file, or an id from `seam list`.
        #[arg(value_name = "FILE|ID")]
        session: String,
        /// html: the handout for participants (one file, opens with a double click, with
        /// charts); md: the same as Markdown; csv: one table for a spreadsheet or CRM;
        /// xlsx: an Excel workbook with every table.
        #[arg(long, value_enum, default_value = "html")]
        format: Format,
        /// With --format csv: which table (without it, -o DIR writes every table).
        #[arg(long, value_parser = csv_table_names())]
        table: Option<String>,
        /// Output file (default, or `-`: standard output); with csv and no --table, a folder.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// CSV without the byte-order mark that spreadsheets need for umlauts.
        #[arg(long)]
        no_bom: bool,
        /// With html or md: include the facilitator's own notes (typed on the presenter
        /// view), which the participants' handout leaves out.
        #[arg(long)]
        facilitator_notes: bool,
    },
    /// What changed between two versions of a session, in words; exit 1 when they differ.
    #[command(
        after_help = "Example: seam diff before.ron after.ron\nExit 0 when both say the same, 1 when they differ, 2 on a usage error."
    )]
    Diff {
        /// OLD NEW: the earlier version and the later one (or the follow-up session), each
        /// a file or an id from `seam list`. Seven arguments are what git passes to a
        /// diff driver (path, old file, hash, mode, new file, hash, mode); then seam
        /// exits 0 as git expects.
        #[arg(value_name = "OLD NEW", num_args = 2..=7, required = true)]
        files: Vec<String>,
    },
    /// Print the shell's completion script (see the README for where it goes).
    #[command(
        after_help = "Example: seam completions bash > ~/.local/share/bash-completion/completions/seam"
    )]
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Example: seam man > ~/.local/share/man/man1/seam.1")]
    Man,
    /// Print a plain-text summary of a session.
    #[command(after_help = "Example: seam show session.ron")]
    Show {
        /// The session: a file, or an id from `seam list`.
        #[arg(value_name = "FILE|ID")]
        session: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Md,
    Html,
    Csv,
    Xlsx,
}

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
    /// The presenter view of a running wall.
    Presenter {
        session: Option<String>,
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
    Ok(Context {
        data,
        language: l,
        language_given: cli.lang.is_some(),
        room: RoomOptions {
            at_start: cli.room,
            bind: cli.bind,
            port: cli.port.unwrap_or(0),
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
        } => {
            let participants = participants
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
        Command::Demo { full } => {
            let demo = if full { Demo::FullDay } else { Demo::KickOff };
            let path = create_demo_of(ctx, demo)?;
            Ok(Err(Launch::Session {
                path,
                read_only: false,
                step: None,
            }))
        }
        Command::Open {
            session,
            read_only,
            step,
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
            facilitator_notes,
        } => {
            // `-o -` is standard output, as for most tools (not a file called `-`).
            let output = output.filter(|o| o.as_os_str() != "-");
            let path = resolve_session(ctx, &session)?;
            let session = store::read_session(&path)?;
            let bom = if no_bom { "" } else { export::csv::BOM };
            if let Some(choice) = match format {
                Format::Html => Some("html"),
                Format::Md => Some("md"),
                Format::Csv | Format::Xlsx => None,
            } {
                // Remembered for `x` on the workshop screen; failing to remember is harmless.
                let _ = store::write_atomically(&ctx.data.handout_choice(), choice.as_bytes());
            }
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
                (Format::Md, _) => {
                    export::markdown::handout_with(&session, facilitator_notes) + "\n"
                }
                (Format::Html, _) => export::html::handout_with(&session, facilitator_notes),
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
        Command::Diff { files } => {
            let (old, new, git) = match files.as_slice() {
                [old, new] => (old, new, false),
                [_path, old, _, _, new, _, _] => (old, new, true),
                _ => {
                    return Err(UsageError(say(
                        ctx.language,
                        "seam diff nimmt ALT NEU (oder die sieben Argumente eines git-Diff-Treibers)",
                        "seam diff takes OLD NEW (or the seven arguments of a git diff driver)",
                    ))
                    .into());
                }
            };
            let old = store::read_session(&resolve_session(ctx, old)?)?;
            let new = store::read_session(&resolve_session(ctx, new)?)?;
            let l = if ctx.language_given {
                ctx.language
            } else {
                new.language
            };
            let changes = export::diff::changes(&old, &new, l);
            for line in &changes {
                writeln!(out, "{line}")?;
            }
            // git stops at a driver that exits non-zero; `diff` says "different" with 1.
            Ok(Ok(ExitCode::from(u8::from(!changes.is_empty() && !git))))
        }
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
            let session = store::read_session(&path)?;
            out.write_all(export::summary::summary(&session).as_bytes())?;
            Ok(Ok(ExitCode::SUCCESS))
        }
    }
}

pub fn create_session(
    data: &DataDir,
    template_id: &str,
    title: Option<String>,
    language: Language,
    participants: Vec<Participant>,
) -> Result<PathBuf> {
    let session = new_session(data, template_id, title, language, participants)?;
    write_new(data, session)
}

/// A session from template `template_id`, not yet written (its id is given on writing).
fn new_session(
    data: &DataDir,
    template_id: &str,
    title: Option<String>,
    language: Language,
    participants: Vec<Participant>,
) -> Result<Session> {
    let catalog = Catalog::load(Some(&data.workshops()));
    let Some(template) = catalog.get(template_id) else {
        let known: Vec<&str> = catalog
            .templates
            .iter()
            .map(|(t, _)| t.id.as_str())
            .collect();
        let (id, known) = (one_line(template_id), known.join(", "));
        bail!(say(
            language,
            format!("keine Vorlage mit der Id {id:?}; vorhanden: {known}"),
            format!("no template with id {id:?}; known: {known}"),
        ));
    };
    let title = title
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| template.title.get(language).to_owned());
    Ok(Session::from_template(
        template,
        String::new(),
        title.trim().to_owned(),
        language,
        participants,
        Moment::now(),
    ))
}

/// Writes a new session under a fresh name in the sessions folder.
fn write_new(data: &DataDir, mut session: Session) -> Result<PathBuf> {
    let dir = data.sessions();
    store::ensure_private_dir(&dir)?;
    let path = store::new_session_path(&dir, session.created.date(), &session.title);
    session.id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let _lock = SessionLock::acquire(&path)?;
    store::write_session(&path, &session)?;
    Ok(path)
}

/// A follow-up of `previous`: in its language, with its participants unless others are
/// given, and everything it promised carried into the template's follow-up step.
pub fn create_follow_up(
    ctx: &Context,
    previous: &Session,
    template_id: &str,
    title: Option<String>,
    participants: Vec<Participant>,
) -> Result<PathBuf> {
    let l = previous.language;
    let participants = if participants.is_empty() {
        previous.participants.clone()
    } else {
        participants
    };
    let title = title.or_else(|| {
        Some(match l {
            Language::De => format!("Nachtreffen: {}", previous.title.trim()),
            Language::En => format!("Follow-up: {}", previous.title.trim()),
        })
    });
    let mut session = new_session(&ctx.data, template_id, title, l, participants)?;
    if !crate::record::follow::carry_into(&mut session, previous) {
        let id = one_line(template_id);
        bail!(crate::exercises::follow_up::texts::no_step(
            ctx.language,
            &id
        ));
    };
    write_new(&ctx.data, session)
}

/// A fresh copy of the example, dated now, so the demo never changes an earlier copy.
pub fn create_demo(ctx: &Context) -> Result<PathBuf> {
    create_demo_of(ctx, Demo::KickOff)
}

/// Which example a demo opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Demo {
    /// The half-day kick-off: four exercises.
    KickOff,
    /// The whole day: every exercise of the full-day template.
    FullDay,
}

pub fn create_demo_of(ctx: &Context, demo: Demo) -> Result<PathBuf> {
    let (mut session, file) = match demo {
        Demo::KickOff => (
            workshops::example_session().context("the built-in example session")?,
            "demo.ron",
        ),
        Demo::FullDay => (
            workshops::full_day_example().context("the built-in full-day example")?,
            "demo-full-day.ron",
        ),
    };
    let now = Moment::now();
    // One copy, reused: demos do not pile up among the real sessions. Only while another
    // seam runs the demo does a second copy get a name of its own.
    let dir = ctx.data.demos();
    store::ensure_private_dir(&dir)?;
    let reused = dir.join(file);
    // Held from here until the copy is written. A lock just let go can linger for a
    // moment in a process being started elsewhere, so a busy copy is asked again briefly.
    let held = (0..5).find_map(|attempt| {
        if attempt > 0 {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        SessionLock::acquire(&reused).ok()
    });
    let (path, _lock) = match held {
        Some(lock) => (reused, lock),
        None => {
            let path = store::new_session_path(&dir, now.date(), "demo");
            let lock = SessionLock::acquire(&path)?;
            (path, lock)
        }
    };
    session.id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    session.created = now;
    session.updated = now;
    // The example file keeps no hints; the demo shows the template's, as a real session
    // would: the n-th step of a kind gets the hints of the template's n-th step of it (the
    // example may leave out steps the template has gained since).
    let catalog = Catalog::load(None);
    if let Some(template) = catalog.get(&session.template) {
        let mut used = vec![false; template.steps.len()];
        for step in &mut session.steps {
            let kind = step.result.kind();
            let from = template
                .steps
                .iter()
                .enumerate()
                .find(|(index, from)| from.kind == kind && !used[*index]);
            if let Some((index, from)) = from {
                used[index] = true;
                if step.hints.is_empty() {
                    step.hints.clone_from(&from.hints);
                }
            }
        }
    }
    if ctx.language_given {
        session.language = ctx.language;
    }

    store::write_session(&path, &session)?;
    Ok(path)
}

/// A path that exists, else a session id (file stem) in the sessions folder.
pub fn resolve_session(ctx: &Context, given: &str) -> Result<PathBuf> {
    let as_path = Path::new(given);
    if as_path.exists() {
        return Ok(as_path.to_owned());
    }
    let in_data = ctx.data.sessions().join(format!("{given}.ron"));
    if !given.contains(['/', '\\']) && in_data.exists() {
        return Ok(in_data);
    }
    let (given, dir) = (one_line(given), ctx.data.sessions());
    bail!(say(
        ctx.language,
        format!(
            "keine Sitzungsdatei {given:?} und keine Sitzung mit dieser Id in {}; siehe `seam list`",
            dir.display()
        ),
        format!(
            "no session file {given:?} and no session with that id in {}; see `seam list`",
            dir.display()
        ),
    ))
}

fn list(ctx: &Context, out: &mut dyn Write) -> Result<ExitCode> {
    let l = ctx.language;
    let dir = ctx.data.sessions();
    store::sweep_stale_temp_files(&dir);
    let sessions = store::list_sessions(&dir);
    if sessions.is_empty() {
        writeln!(out, "{}", t(l, Label::NoSessions))?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{:<16}  {:<40}  {:<10}  {:<11}  {}",
        t(l, Label::Date),
        t(l, Label::Title),
        t(l, Label::Template),
        t(l, Label::Progress),
        t(l, Label::Path)
    )?;
    for (path, session) in sessions {
        match session {
            Ok(s) => {
                let (done, total) = s.progress();
                writeln!(
                    out,
                    "{}  {}  {}  {:<11}  {}",
                    s.updated.short(),
                    crate::text::pad(&one_line(&s.title), 40),
                    crate::text::pad(&one_line(&s.template), 10),
                    format!("{done}/{total}"),
                    path.display()
                )?;
            }
            Err(error) => writeln!(out, "{:<16}  {}", "?", one_line(&error.to_string()))?,
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Copies built-in template `id` into the user's template folder, keeping its comments,
/// and says where; an existing file there is never overwritten.
fn copy_template(ctx: &Context, id: &str, out: &mut dyn Write) -> Result<ExitCode> {
    let l = ctx.language;
    let Some((name, text)) = workshops::BUILT_IN.iter().find(|(_, text)| {
        store::parse_ron::<crate::record::Template>(text, Path::new("")).is_ok_and(|t| t.id == id)
    }) else {
        let known: Vec<String> = Catalog::load(None)
            .templates
            .into_iter()
            .map(|(t, _)| t.id)
            .collect();
        let (id, known) = (one_line(id), known.join(", "));
        bail!(say(
            l,
            format!("keine eingebaute Vorlage mit der Id {id:?}; vorhanden: {known}"),
            format!("no built-in template with id {id:?}; known: {known}"),
        ));
    };
    let dir = ctx.data.workshops();
    store::ensure_private_dir(&dir)?;
    let target = dir.join(name);
    if target.exists() {
        bail!(say(
            l,
            format!("{} gibt es schon; nichts überschrieben", target.display()),
            format!("{} exists already; nothing overwritten", target.display()),
        ));
    }
    store::write_atomically(&target, text.as_bytes())?;
    writeln!(out, "{}", target.display())?;
    Ok(ExitCode::SUCCESS)
}

fn templates(ctx: &Context, out: &mut dyn Write) -> Result<ExitCode> {
    let l = ctx.language;
    let catalog = Catalog::load(Some(&ctx.data.workshops()));
    writeln!(
        out,
        "{:<12}  {:<56}  {:<9}  {}",
        "id",
        t(l, Label::Title),
        t(l, Label::Languages),
        t(l, Label::Steps)
    )?;
    for (template, origin) in &catalog.templates {
        let languages: Vec<&str> = template.languages().iter().map(|l| l.tag()).collect();
        let steps: Vec<&str> = template
            .steps
            .iter()
            .map(|s| s.kind.name().get(l))
            .collect();
        let origin = match origin {
            Origin::BuiltIn => String::new(),
            Origin::User(path) => format!("  ({})", path.display()),
        };
        writeln!(
            out,
            "{}  {}  {:<9}  {} ({} {}){origin}",
            crate::text::pad(&one_line(&template.id), 12),
            crate::text::pad(&one_line(template.title.get(l)), 56),
            languages.join(","),
            steps.join(" → "),
            template.total_minutes(),
            t(l, Label::Minutes),
        )?;
    }
    for problem in &catalog.problems {
        writeln!(out, "{}", one_line(&problem.to_string()))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether a file is a session (it has a `version`) or a template.
#[derive(serde::Deserialize)]
struct KindProbe {
    #[serde(default = "no_version")]
    version: u32,
}

/// Templates have no `version`; a session always has one.
fn no_version() -> u32 {
    u32::MAX
}

fn check(ctx: &Context, files: &[String], out: &mut dyn Write) -> Result<ExitCode> {
    let mut all_valid = true;
    for given in files {
        // An id as `open` and `show` take it; a missing file is reported as missing.
        let path = &resolve_session(ctx, given).unwrap_or_else(|_| PathBuf::from(given));
        let shown = path.display();
        let outcome = store::read_text(path).and_then(|text| {
            let probe: KindProbe = store::parse_ron(&text, path)?;
            Ok((text, probe.version != u32::MAX))
        });
        let result: Result<Vec<String>, StoreError> = outcome.and_then(|(text, is_session)| {
            if is_session {
                let session = store::parse_session(&text, path)?;
                let l = if ctx.language_given {
                    ctx.language
                } else {
                    session.language
                };
                Ok(session
                    .findings(l, Moment::now().date())
                    .into_iter()
                    .flat_map(|(step, findings)| {
                        let title = one_line(session.steps[step].title.get(l)).into_owned();
                        findings.into_iter().map(move |f| {
                            format!("{} {}: {title}: {}", t(l, Label::Step), step + 1, f)
                        })
                    })
                    .collect())
            } else {
                let template: crate::record::Template = store::parse_ron(&text, path)?;
                let problems = template.problems();
                if problems.is_empty() {
                    Ok(Vec::new())
                } else {
                    let lines: Vec<String> = problems
                        .iter()
                        .map(|p| crate::record::template::problem_in_words(ctx.language, p))
                        .collect();
                    Err(StoreError::Syntax {
                        path: path.clone(),
                        line: 1,
                        column: 1,
                        message: lines.join("; "),
                    })
                }
            }
        });
        match result {
            Ok(warnings) => {
                writeln!(out, "{shown}: {}", t(ctx.language, Label::Valid))?;
                for warning in warnings {
                    writeln!(
                        out,
                        "{shown}: {}: {warning}",
                        t(ctx.language, Label::Warning)
                    )?;
                }
            }
            Err(error) => {
                all_valid = false;
                writeln!(out, "{}", one_line(&error.to_string()))?;
            }
        }
    }
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The CSV tables the exercise kinds write, as the values `--table` accepts.
fn csv_table_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(crate::exercises::tables())
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
