//! The command line as clap reads it: the global options, the commands and their
//! arguments, the examples under `--help`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::Language;

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
    #[command(flatten)]
    pub room: RoomArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The room's options: only where seam opens a wall (`seam`, `new`, `demo`, `open`), so
/// that no other command's `--help` offers what it would ignore.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct RoomArgs {
    /// Open the room for phones at once: a QR code on the wall, the open round answered
    /// from each participant's phone over the room's network.
    #[arg(long)]
    pub room: bool,
    /// The room's address (default: the one of the network phones can reach).
    #[arg(long, value_name = "ADDR")]
    pub bind: Option<std::net::IpAddr>,
    /// The room's port (default: one the system picks).
    #[arg(long, value_name = "N")]
    pub port: Option<u16>,
}

impl RoomArgs {
    /// Given before the command or after it: either counts.
    pub fn or(self, other: RoomArgs) -> RoomArgs {
        RoomArgs {
            room: self.room || other.room,
            bind: self.bind.or(other.bind),
            port: self.port.or(other.port),
        }
    }

    pub fn any(self) -> bool {
        self.room || self.bind.is_some() || self.port.is_some()
    }
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
        #[command(flatten)]
        room: RoomArgs,
    },
    /// Open a fresh copy of the example session.
    #[command(after_help = "Examples:\n  seam demo\n  seam demo --full")]
    Demo {
        /// The whole day instead: every exercise of the full-day template, filled in.
        #[arg(long)]
        full: bool,
        #[command(flatten)]
        room: RoomArgs,
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
        #[arg(long, value_name = "N", value_parser = step_number)]
        step: Option<u16>,
        #[command(flatten)]
        room: RoomArgs,
    },
    /// List the sessions in the data folder.
    #[command(after_help = "Example: seam list")]
    List,
    /// Check the room's network before the workshop: a test page on every network
    /// interface, with its QR code; every phone that opens it is listed.
    #[command(
        after_help = "Examples:\n  seam room --check                  (the day before, or in the venue)\n  seam room --check --for 120        (ends by itself after two minutes)\nExit 0 when a phone reached the page, 1 when none did."
    )]
    Room {
        /// Serve the test page and list the phones that open it.
        #[arg(long, required = true)]
        check: bool,
        /// Only this address (default: every interface but the loopback, IPv4).
        #[arg(long, value_name = "ADDR")]
        bind: Option<std::net::IpAddr>,
        /// The port (default: one the system picks, the same on every interface).
        #[arg(long, value_name = "N")]
        port: Option<u16>,
        /// End after this many seconds (default: Ctrl-C ends).
        #[arg(long = "for", value_name = "SECONDS")]
        seconds: Option<u64>,
    },
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
        /// xlsx: an Excel workbook with every table. Default: what -o's extension says
        /// (.html, .md, .csv, .xlsx), else html.
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// With --format csv: which table (without it, -o DIR writes every table).
        #[arg(long, value_parser = csv_table_names())]
        table: Option<String>,
        /// Output file (default, or `-`: standard output); with csv and no --table, a folder.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// CSV without the byte-order mark that spreadsheets need for umlauts.
        #[arg(long)]
        no_bom: bool,
    },
    /// What changed between two versions of a session, in words; exit 1 when they differ.
    #[command(
        after_help = "Example: seam diff before.ron after.ron\nExit 0 when both say the same, 1 when they differ, 2 when a file is missing or unreadable (as diff does)."
    )]
    Diff {
        /// OLD NEW: the earlier version and the later one (or the follow-up session), each
        /// a file or an id from `seam list`. Seven arguments are what git passes to a
        /// diff driver (path, old file, hash, mode, new file, hash, mode); then seam
        /// exits 0 as git expects.
        #[arg(value_names = ["OLD", "NEW"], num_args = 2..=7, required = true)]
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

impl Format {
    /// The format a file's name says it holds: `handout.md`, `workshop.xlsx`.
    pub fn of_file(path: &std::path::Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match extension.as_str() {
            "md" | "markdown" => Format::Md,
            "html" | "htm" => Format::Html,
            "csv" => Format::Csv,
            "xlsx" => Format::Xlsx,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// A step as people count them: 1 is the first.
fn step_number(text: &str) -> Result<u16, String> {
    match text.trim().parse::<u16>() {
        Ok(0) => Err("steps are counted from 1 (--step 1 is the first)".into()),
        Ok(step) => Ok(step),
        Err(_) => Err(format!(
            "{text:?} is no step number (--step 1 is the first)"
        )),
    }
}

/// The CSV tables the exercise kinds write, as the values `--table` accepts.
fn csv_table_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(crate::exercises::tables())
}
