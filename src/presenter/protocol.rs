//! What the wall and the presenter say to each other: one value per line, in RON (the
//! session file's format, so one serde set-up), small and readable in a debugger.

use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Language;

// The commands are the app's own: the wall acts on them without knowing the presenter.
pub use crate::app::remote::{Command, MAX_NOTE};

/// What the wall sends: its state whenever it changed, and goodbye.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToPresenter {
    State(Box<Snapshot>),
    /// The wall is closing; the presenter ends too.
    Bye,
}

/// Everything the presenter shows, as the wall sees it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Snapshot {
    pub language: Language,
    pub title: String,
    /// 0-based.
    pub step: usize,
    pub steps: usize,
    pub step_title: String,
    pub question: String,
    pub hints: Vec<String>,
    pub next_step: Option<String>,
    pub timebox_minutes: u32,
    pub on_step_seconds: u64,
    pub paused: bool,
    /// The whole agenda: minutes planned, and seconds spent so far.
    pub agenda_minutes: u32,
    pub agenda_spent_seconds: u64,
    /// When the workshop ends at this pace (`16:45`): now, plus what is left of this
    /// step, plus the timeboxes of the steps after it.
    pub expected_end: String,
    pub round: Option<RoundStatus>,
    pub parking_lot: Vec<String>,
    pub presenting: bool,
    pub blank: bool,
    pub clean: bool,
    /// The wall's one-line message, if any.
    pub status: Option<String>,
    /// The facilitator's notes of this step (never on the wall, not in the handout).
    pub facilitator_notes: String,
    /// Phones joined, while the room is open.
    pub room_phones: Option<usize>,
}

/// The round on the wall's screen, for the facilitator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct RoundStatus {
    pub question: String,
    pub revealed: bool,
    /// Who has answered, by name; none in an anonymous round (`count` says how many).
    pub answered: Vec<String>,
    pub waiting: Vec<String>,
    /// How many have answered, of how many asked.
    #[serde(default)]
    pub count: usize,
    #[serde(default)]
    pub asked: usize,
    /// Each answer in words, shown on the presenter only while the facilitator peeks:
    /// who gave it as the wall names them. An anonymous round that collects sends its
    /// answers without a name, by value, and as its list last caught up
    /// (`Round::screened`): never in the order they came, never one by one.
    pub answers: Vec<(String, String)>,
    #[serde(default)]
    pub anonymous: bool,
    /// Answers of an anonymous round that came or changed since its list caught up.
    #[serde(default)]
    pub unscreened: usize,
    /// Why the round cannot be revealed yet and what to do, in words.
    #[serde(default)]
    pub too_few: Option<String>,
    /// Which of `answers` are held back from the reveal (a text round's).
    #[serde(default)]
    pub held_back: Vec<bool>,
    /// Whether answers can be held back now: a text round that still collects.
    #[serde(default)]
    pub screened: bool,
}

/// The socket of the wall that has `session` open: beside its lock file, hidden.
/// The socket of the wall that has `session` open, found from the canonical path
/// whatever path the wall or the presenter was given. The folder is made canonical
/// rather than the file: a demo's fresh copy is written only after the wall's first
/// frame, and its presenter socket must not wait for that.
pub fn socket_of(session: &Path) -> PathBuf {
    let canonical = match (session.parent(), session.file_name()) {
        (Some(folder), Some(name)) if !folder.as_os_str().is_empty() => folder
            .canonicalize()
            .map(|folder| folder.join(name))
            .unwrap_or_else(|_| session.to_owned()),
        _ => session
            .canonicalize()
            .unwrap_or_else(|_| session.to_owned()),
    };
    socket_path(&canonical)
}

pub fn socket_path(session: &Path) -> PathBuf {
    crate::store::beside(session, "presenter")
}

/// Writes one value as one line.
pub fn send<T: Serialize>(out: &mut impl Write, value: &T) -> io::Result<()> {
    let line = ron::to_string(value).map_err(io::Error::other)?;
    out.write_all(line.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The longest line either side accepts: a snapshot with a long parking lot fits many
/// times over; anything longer is not from seam.
pub const MAX_LINE: usize = 1 << 20;

/// Reads one value; `Ok(None)` at the end of the stream. A line that is too long or
/// does not parse is an error, and the connection ends.
pub fn receive<T: for<'de> Deserialize<'de>>(input: &mut impl BufRead) -> io::Result<Option<T>> {
    let mut line = Vec::new();
    let read = input
        .by_ref()
        .take(MAX_LINE as u64 + 1)
        .read_until(b'\n', &mut line)?;
    if read == 0 {
        return Ok(None);
    }
    if line.len() > MAX_LINE {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "line too long"));
    }
    let text =
        std::str::from_utf8(&line).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    ron::from_str(text.trim_end())
        .map(Some)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::Action;

    #[test]
    fn values_travel_as_single_lines() {
        let mut wire = Vec::new();
        send(&mut wire, &Command::Do(Action::Reveal)).expect("send");
        let snapshot = Snapshot {
            title: "Kick-off\nzweite Zeile".into(),
            hints: vec!["a".into()],
            ..Snapshot::default()
        };
        send(&mut wire, &ToPresenter::State(Box::new(snapshot.clone()))).expect("send");
        assert_eq!(wire.iter().filter(|b| **b == b'\n').count(), 2);
        let mut input = io::BufReader::new(wire.as_slice());
        assert_eq!(
            receive::<Command>(&mut input).expect("reads"),
            Some(Command::Do(Action::Reveal))
        );
        assert_eq!(
            receive::<ToPresenter>(&mut input).expect("reads"),
            Some(ToPresenter::State(Box::new(snapshot)))
        );
        assert_eq!(receive::<Command>(&mut input).expect("end"), None);
        let mut garbage = io::BufReader::new(&b"rm -rf /\n"[..]);
        assert!(receive::<Command>(&mut garbage).is_err());
    }

    #[test]
    fn the_socket_lives_beside_the_session() {
        assert_eq!(
            socket_path(Path::new("/data/sessions/kick-off.ron")),
            PathBuf::from("/data/sessions/.kick-off.ron.presenter")
        );
    }
}
