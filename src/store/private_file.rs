//! The facilitator's private file of a session (`record::private`): in the
//! facilitator's own data folder, never beside the session file, which is the one
//! people sync, commit and hand out. Written before the session file by every save of
//! the wall, owner-only like everything seam writes.

use std::fs;
use std::path::{Path, PathBuf};

use super::{DataDir, Previous, StoreError, parse_ron, read_text, write_replacing};
use crate::record::Session;
use crate::record::private::{self, Private};

impl DataDir {
    /// The private file of the session at `path`: named by the session's id and by
    /// where its file is, so that two copies of one session (a demo, an example opened
    /// from two folders) never share their notes or answers.
    pub fn private_of(&self, session: &Session, path: &Path) -> PathBuf {
        self.private.join(format!(
            "{}-{:08x}.ron",
            id_part(session, path),
            place_of(path)
        ))
    }

    /// The private file of the session at `path` and what it holds. A session file that
    /// was moved finds the private file it had before (same id, its old place gone),
    /// which moves along with it.
    pub fn read_private_of(
        &self,
        session: &Session,
        path: &Path,
    ) -> Result<(PathBuf, Option<Private>), StoreError> {
        let own = self.private_of(session, path);
        if let Some(private) = read_private(&own)? {
            return Ok((own, Some(private)));
        }
        let prefix = format!("{}-", id_part(session, path));
        let entries = fs::read_dir(&self.private).into_iter().flatten().flatten();
        for entry in entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.starts_with(&prefix) {
                continue;
            }
            let Ok(Some(private)) = read_private(&entry.path()) else {
                continue;
            };
            let moved = !private.file.is_empty() && !Path::new(&private.file).exists();
            if private.session == session.id && moved {
                fs::rename(entry.path(), &own).map_err(StoreError::io(&own))?;
                return Ok((own, Some(private)));
            }
        }
        Ok((own, None))
    }
}

fn id_part(session: &Session, path: &Path) -> String {
    let id = super::slug(&session.id);
    let name = if id.is_empty() {
        path.file_stem()
            .map(|stem| super::slug(&stem.to_string_lossy()))
            .unwrap_or_default()
    } else {
        id
    };
    if name.is_empty() {
        "session".to_owned()
    } else {
        name
    }
}

/// Where the session file is, as a number that stays the same from one run (and one
/// build) of seam to the next: FNV-1a over its absolute path.
fn place_of(path: &Path) -> u32 {
    let whole = absolute(path);
    let mut hash: u32 = 0x811c_9dc5;
    for byte in whole.to_string_lossy().bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// The path made absolute by its words alone: the same before the file exists and
/// after (Windows' canonical form would gain a `\\?\` once it does).
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// The private file, `None` where there is none yet. A file that cannot be read is an
/// error: it is never overwritten unread.
pub fn read_private(path: &Path) -> Result<Option<Private>, StoreError> {
    match fs::metadata(path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        _ => {}
    }
    let text = read_text(path)?;
    parse_ron(&text, path).map(Some)
}

/// Writes the session as two files: first the facilitator's private file, then the
/// session file with only what the wall showed. A crash between them leaves the
/// private file the newer one, which `record::private::join` is made for.
pub fn save_session(path: &Path, private_path: &Path, session: &Session) -> Result<(), StoreError> {
    save_session_with(path, private_path, session, None)
}

/// `save_session`, with the blind answer being typed at the wall.
pub fn save_session_with(
    path: &Path,
    private_path: &Path,
    session: &Session,
    draft: Option<private::Draft>,
) -> Result<(), StoreError> {
    let (shared, mut private) = private::split(session);
    private.draft = draft;
    private.file = absolute(path).to_string_lossy().into_owned();
    write_private(private_path, &private)?;
    super::write_shared(path, &shared)
}

fn write_private(path: &Path, private: &Private) -> Result<(), StoreError> {
    let dir = super::parent(path);
    super::ensure_private_dir(&dir)?;
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .new_line("\n");
    let mut text = String::from(
        "// seam: the facilitator's private part of a session (notes, answers held back or\n\
         // not yet revealed). Stays on this machine; never hand it out.\n",
    );
    ron::ser::to_writer_pretty(&mut text, private, config).map_err(|error| {
        StoreError::Serialize {
            path: path.to_owned(),
            message: error.to_string(),
        }
    })?;
    text.push('\n');
    write_replacing(path, text.as_bytes(), Previous::Drop, |file, bytes| {
        std::io::Write::write_all(file, bytes)
    })
}

/// The session as it is now, kept as `<file>.bak` when its writer opens it: the start
/// of the day (or of the afternoon, when seam was opened again), so `seam diff X.bak X`
/// answers "what changed since". Autosaves never touch it.
/// `session` is the file as just read (opening reads it once, for both).
pub fn keep_version_of_the_day(path: &Path, session: &Session) -> Result<(), StoreError> {
    if !fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return Ok(());
    }
    // A file written before the facilitator's part moved to a file of its own may still
    // hold notes or held-back words: its version of the day holds only what the wall
    // showed, like every file seam writes beside it.
    let (shared, _) = crate::record::private::split(session);
    if shared != *session {
        let text = super::session_to_ron_under(&shared, path, &super::header_of(path))?;
        let backup = super::backup_path(path);
        return write_replacing(&backup, text.as_bytes(), Previous::Drop, |file, bytes| {
            std::io::Write::write_all(file, bytes)
        });
    }
    super::keep_backup(path)
}
