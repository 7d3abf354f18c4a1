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
    /// The private file of `session`, named by its id (a file copied or moved keeps its
    /// id, and so its notes); a session without one by its file name.
    pub fn private_of(&self, session: &Session, path: &Path) -> PathBuf {
        let id = super::slug(&session.id);
        let name = if id.is_empty() {
            path.file_stem()
                .map(|stem| super::slug(&stem.to_string_lossy()))
                .unwrap_or_default()
        } else {
            id
        };
        let name = if name.is_empty() {
            "session".to_owned()
        } else {
            name
        };
        self.private.join(format!("{name}.ron"))
    }
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
    let (shared, private) = private::split(session);
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
