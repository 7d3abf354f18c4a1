//! Session files on disk: reading with precise error positions, atomic and durable
//! writes with a `.bak` of the previous version, one writer per session through a
//! sidecar lock, and private permissions whatever the umask.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::record::Template;
use crate::record::session::{CURRENT_VERSION, Session};

pub mod owner_only;
mod private_file;
mod session_lock;
mod store_words;
pub use private_file::{keep_version_of_the_day, read_private, save_session, save_session_with};
pub use session_lock::SessionLock;
pub use store_words::in_words;

/// Larger files are refused before they are read: no real session comes near it.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
const TEMP_MARK: &str = ".tmp-";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{path}: written by a newer seam (file format {found}, this seam reads up to {supported}); update seam to open it"
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{path}: file format version {found} is not one seam ever wrote")]
    UnknownVersion { path: PathBuf, found: u32 },
    #[error("{path}: {size} bytes is too large for a session file (limit {limit} bytes)")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error(
        "{path}: in use by another seam (pid {pid}, since {since}); open it read-only or close the other one"
    )]
    Locked {
        path: PathBuf,
        pid: String,
        since: String,
    },
    #[error("{path}: could not write the file: {message}")]
    Serialize { path: PathBuf, message: String },
    /// Two entries of the participant list that could not be told apart: two people
    /// would answer as one. `place` counts from 1; the words in both languages.
    #[error("{path}: participant {place}: {en}")]
    Clash {
        path: PathBuf,
        place: usize,
        de: String,
        en: String,
    },
}

impl StoreError {
    pub fn io(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
        move |source| StoreError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// Where seam keeps its files: sessions and user templates below one data folder, and
/// the facilitator's private files (`private_file`) in a folder of their own.
#[derive(Debug, Clone)]
pub struct DataDir {
    pub root: PathBuf,
    pub private: PathBuf,
}

impl DataDir {
    /// All below `root`, the private files in `root/private`.
    pub fn at(root: PathBuf) -> DataDir {
        DataDir {
            private: root.join("private"),
            root,
        }
    }

    /// `--data-dir`, else `SEAM_DATA_DIR`, else the platform's data folder for seam.
    /// The private files go below the folder given; without one, into the platform's
    /// local data folder (on Windows `%LOCALAPPDATA%`, which a roaming profile does
    /// not carry to other machines).
    pub fn resolve(flag: Option<PathBuf>) -> Option<DataDir> {
        let given = flag.or_else(|| {
            std::env::var_os("SEAM_DATA_DIR")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        });
        if let Some(root) = given {
            return Some(DataDir::at(root));
        }
        let dirs = directories::ProjectDirs::from("", "", "seam")?;
        Some(DataDir {
            root: dirs.data_dir().to_owned(),
            private: dirs.data_local_dir().join("private"),
        })
    }

    pub fn sessions(&self) -> PathBuf {
        self.root.join("sessions")
    }

    pub fn workshops(&self) -> PathBuf {
        self.root.join("workshops")
    }

    /// Where `seam demo` keeps its copy, apart from the real sessions.
    pub fn demos(&self) -> PathBuf {
        self.root.join("demo")
    }
}

/// Creates a folder (and its parents) readable by the owner only; a folder that
/// already exists is left as its owner set it.
pub fn ensure_private_dir(dir: &Path) -> Result<(), StoreError> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    owner_only::folder_at_creation(&mut builder);
    builder.create(dir).map_err(StoreError::io(dir))?;
    set_mode(dir, owner_only::FOLDER)
}

/// A file created (or emptied) for its owner only, whatever the umask. On Windows a
/// file in the user's profile is the user's by the folder's inherited rights.
pub fn create_private_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    owner_only::file_at_creation(&mut options);
    let file = options.open(path)?;
    owner_only::set(path, owner_only::FILE)?;
    Ok(file)
}

/// Sets permissions explicitly: `mode` at creation is filtered by the umask.
fn set_mode(path: &Path, mode: u32) -> Result<(), StoreError> {
    owner_only::set(path, mode).map_err(StoreError::io(path))
}

/// Reads a file as text, refusing oversized files and naming the place of bad UTF-8.
pub fn read_text(path: &Path) -> Result<String, StoreError> {
    let file = File::open(path).map_err(StoreError::io(path))?;
    let size = file.metadata().map_err(StoreError::io(path))?.len();
    let too_large = |size| StoreError::TooLarge {
        path: path.to_owned(),
        size,
        limit: MAX_FILE_BYTES,
    };
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or_default());
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(StoreError::io(path))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let (line, column) = line_column_at_end(&text);
        StoreError::Syntax {
            path: path.to_owned(),
            line,
            column,
            message: "not valid UTF-8 text".to_owned(),
        }
    })
}

fn line_column_at_end(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let column = text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}

/// Parses RON, turning the parser's error into `file:line:column: message`.
pub fn parse_ron<T: DeserializeOwned>(text: &str, path: &Path) -> Result<T, StoreError> {
    // ron's default recursion limit (128) turns 10,000-deep nesting into an error, not a
    // stack overflow; it is kept on purpose.
    ron::Options::default()
        .from_str(text)
        .map_err(|error| StoreError::Syntax {
            path: path.to_owned(),
            line: error.span.start.line,
            column: error.span.start.col,
            message: error.code.to_string(),
        })
}

#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

/// Reads a session file: size and UTF-8 checks, then the version, then the content.
pub fn read_session(path: &Path) -> Result<Session, StoreError> {
    let text = read_text(path)?;
    parse_session(&text, path)
}

pub fn parse_session(text: &str, path: &Path) -> Result<Session, StoreError> {
    // The common case first: a current file parses in one pass. Only a file that does
    // not is probed for its version, to say "newer seam" instead of a field error.
    let error = match parse_ron::<Session>(text, path) {
        Ok(session) if session.version == CURRENT_VERSION => return told_apart(session, path),
        Ok(session) => return other_version(text, session.version, path),
        Err(error) => error,
    };
    match parse_ron::<VersionProbe>(text, path) {
        Ok(probe) if probe.version != CURRENT_VERSION => other_version(text, probe.version, path),
        _ => Err(error),
    }
}

/// A session whose list has two entries that clash (`participant::clash`) is refused,
/// saying which, rather than answers being merged.
fn told_apart(session: Session, path: &Path) -> Result<Session, StoreError> {
    let Some((first, second)) = crate::model::participant::clash(&session.participants) else {
        return Ok(session);
    };
    let people = &session.participants;
    let words = |l| crate::i18n::participant_clash(l, first + 1, &people[first], &people[second]);
    Err(StoreError::Clash {
        path: path.to_owned(),
        place: second + 1,
        de: words(crate::model::Language::De),
        en: words(crate::model::Language::En),
    })
}

/// A file of another version than the current one: refused if newer, migrated if older.
fn other_version(text: &str, version: u32, path: &Path) -> Result<Session, StoreError> {
    match version {
        found if found > CURRENT_VERSION => Err(StoreError::TooNew {
            path: path.to_owned(),
            found,
            supported: CURRENT_VERSION,
        }),
        found => migrate(text, found, path),
    }
}

/// Brings an older file format up to the current one. Each future format change adds an
/// arm that rewrites version N into N+1 and recurses; version 0 never existed.
fn migrate(_text: &str, found: u32, path: &Path) -> Result<Session, StoreError> {
    Err(StoreError::UnknownVersion {
        path: path.to_owned(),
        found,
    })
}

pub fn read_template(path: &Path) -> Result<Template, StoreError> {
    let text = read_text(path)?;
    parse_ron(&text, path)
}

const HEADER: &str = "// seam session file. Open with `seam open`, validate with `seam check`.\n";

/// The session as its file holds it: a header comment, then pretty RON in a fixed
/// field order so two versions of a session diff cleanly.
/// Only what the wall showed, as every session file (`write_session`).
pub fn session_to_ron(session: &Session, path: &Path) -> Result<String, StoreError> {
    session_to_ron_under(&crate::record::private::split(session).0, path, HEADER)
}

/// The comment lines a session file begins with, as its author wrote them (a
/// hand-written example says what it is): kept by every save, so the first save of a
/// file changes only what changed. A file without them gets seam's own line.
fn header_of(path: &Path) -> String {
    let mut start = [0_u8; 4096];
    let read = File::open(path)
        .and_then(|mut file| file.read(&mut start))
        .unwrap_or(0);
    let text = String::from_utf8_lossy(&start[..read]);
    let mut header = String::new();
    let mut lines = text.split_inclusive('\n');
    for line in lines.by_ref() {
        if !line.starts_with("//") || !line.ends_with('\n') {
            break;
        }
        header.push_str(line);
    }
    if header.is_empty() {
        HEADER.to_owned()
    } else {
        header
    }
}

fn session_to_ron_under(
    session: &Session,
    path: &Path,
    header: &str,
) -> Result<String, StoreError> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .new_line("\n");
    // Written after the header in one buffer: a large session is not copied again.
    let mut text = String::with_capacity(64 * 1024);
    text.push_str(header);
    ron::ser::to_writer_pretty(&mut text, session, config).map_err(|error| {
        StoreError::Serialize {
            path: path.to_owned(),
            message: error.to_string(),
        }
    })?;
    text.push('\n');
    Ok(text)
}

/// Writes the session atomically, with only what the wall showed
/// (`record::private::split`): whatever writes a session file, no note, held-back or
/// unrevealed answer reaches it (`save_session` keeps them in the private file). Its
/// `.bak` is left alone: that is the version of the day (`keep_version_of_the_day`),
/// not the save before this one.
pub fn write_session(path: &Path, session: &Session) -> Result<(), StoreError> {
    write_shared(path, &crate::record::private::split(session).0)
}

fn write_shared(path: &Path, session: &Session) -> Result<(), StoreError> {
    let text = session_to_ron_under(session, path, &header_of(path))?;
    write_replacing(path, text.as_bytes(), Previous::Drop, |file, bytes| {
        file.write_all(bytes)
    })
}

/// What becomes of the file a write replaces.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Previous {
    /// Kept as `<file>.bak` (an export's last version).
    KeepAsBak,
    Drop,
}

/// Writes `contents` so that `path` always holds either the old or the new version:
/// temporary file in the same folder, fsync, keep the old one as `.bak`, rename over
/// the target, fsync the folder. The folder must exist: a folder that vanished (a
/// removed stick, a deleted directory) is an error to show, not something to recreate
/// somewhere unexpected.
pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<(), StoreError> {
    write_atomically_with(path, contents, |file, bytes| file.write_all(bytes))
}

/// `write_atomically` with the writing of the bytes given, so tests can make it fail
/// half-way like a full disk.
pub fn write_atomically_with(
    path: &Path,
    contents: &[u8],
    write: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), StoreError> {
    write_replacing(path, contents, Previous::KeepAsBak, write)
}

fn write_replacing(
    path: &Path,
    contents: &[u8],
    previous: Previous,
    write: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), StoreError> {
    // `-o /dev/stdout`, `/dev/null` or a pipe: written into, never replaced by a file.
    if fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let mut file = OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(StoreError::io(path))?;
        return write(&mut file, contents).map_err(StoreError::io(path));
    }
    let dir = parent(path);
    // Named as the folder that is missing, not as the temporary file seam would have
    // made in it.
    fs::metadata(&dir).map_err(StoreError::io(&dir))?;
    let temp = temp_path(path);
    let _ = fs::remove_file(&temp);
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    owner_only::file_at_creation(&mut options);
    let result = (|| {
        let mut file = options.open(&temp).map_err(StoreError::io(&temp))?;
        set_mode(&temp, owner_only::FILE)?;
        write(&mut file, contents).map_err(StoreError::io(&temp))?;
        file.sync_all().map_err(StoreError::io(&temp))?;
        drop(file);
        if previous == Previous::KeepAsBak && path.exists() {
            keep_backup(path)?;
        }
        fs::rename(&temp, path).map_err(StoreError::io(path))?;
        sync_dir(&dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// The previous version as `<file>.bak`: a hard link to the old inode costs nothing and
/// is atomic; where links are not possible, a copy.
fn keep_backup(path: &Path) -> Result<(), StoreError> {
    let backup = backup_path(path);
    let _ = fs::remove_file(&backup);
    if fs::hard_link(path, &backup).is_err() {
        fs::copy(path, &backup).map_err(StoreError::io(&backup))?;
        set_mode(&backup, owner_only::FILE)?;
    }
    Ok(())
}

fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(StoreError::io(dir))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub fn backup_path(path: &Path) -> PathBuf {
    parent(path).join(format!("{}.bak", file_name(path)))
}

fn temp_path(path: &Path) -> PathBuf {
    parent(path).join(format!(
        ".{}{TEMP_MARK}{}",
        file_name(path),
        std::process::id()
    ))
}

pub(crate) fn lock_path(path: &Path) -> PathBuf {
    beside(path, "lock")
}

/// A hidden file that belongs to the session at `path` and lives next to it, never in
/// it: `.kick-off.ron.lock`, `.kick-off.ron.presenter`, `.kick-off.ron.room`.
pub fn beside(path: &Path, what: &str) -> PathBuf {
    parent(path).join(format!(".{}.{what}", file_name(path)))
}

/// Removes temporary files a crashed writer left next to `path`. Only call this while
/// holding the session's lock: then no other writer can own them.
pub fn remove_stale_temp_files(path: &Path) -> usize {
    let prefix = format!(".{}{TEMP_MARK}", file_name(path));
    let Ok(entries) = fs::read_dir(parent(path)) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(&prefix))
        .filter(|entry| fs::remove_file(entry.path()).is_ok())
        .count()
}

/// Sweeps a whole folder: stale temporary files of every session nobody holds.
pub fn sweep_stale_temp_files(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let mut sessions: Vec<PathBuf> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let (session, _) = name.strip_prefix('.')?.split_once(TEMP_MARK)?;
            Some(dir.join(session))
        })
        .collect();
    sessions.dedup();
    sessions
        .iter()
        .filter_map(|session| {
            SessionLock::acquire(session)
                .ok()
                .map(|lock| (session, lock))
        })
        .map(|(session, _lock)| remove_stale_temp_files(session))
        .sum()
}

/// `bits` of the system's randomness as upper-case base32 (A–Z, 2–7): readable, and in
/// a QR code's alphanumeric mode. The room's address and the presenter's key.
pub fn secret(bits: usize) -> io::Result<String> {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut bytes = vec![0_u8; bits.div_ceil(5)];
    getrandom::fill(&mut bytes).map_err(|error| io::Error::other(error.to_string()))?;
    Ok(bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(b % 32)]))
        .collect())
}

/// A file name from the date and the title: lowercase ASCII, umlauts spelled out, no
/// separators or control characters, no leading dot, at most 48 characters of slug.
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        let spelled = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            'a'..='z' | '0'..='9' => {
                slug.push(c);
                continue;
            }
            _ => "-",
        };
        if spelled == "-" {
            if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        } else {
            slug.push_str(spelled);
        }
    }
    let mut slug: String = slug.chars().take(48).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        "session".to_owned()
    } else {
        slug
    }
}

/// A path for a new session in `dir` that clashes with no existing file.
pub fn new_session_path(dir: &Path, date: jiff::civil::Date, title: &str) -> PathBuf {
    let stem = format!("{date}-{}", slug(title));
    let mut candidate = dir.join(format!("{stem}.ron"));
    let mut n = 2;
    while candidate.exists() || lock_path(&candidate).exists() {
        candidate = dir.join(format!("{stem}-{n}.ron"));
        n += 1;
    }
    candidate
}

/// Every `*.ron` in the sessions folder, read; unreadable ones come with their error.
pub fn list_sessions(dir: &Path) -> Vec<(PathBuf, Result<Session, StoreError>)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron") && !file_name(p).starts_with('.'))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let session = read_session(&path);
            (path, session)
        })
        .collect()
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
