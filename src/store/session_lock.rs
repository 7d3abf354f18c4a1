//! The one writer of a session: an OS lock on a file beside it, and who holds it.

use std::fs::{self, File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::{StoreError, beside, create_private_file, lock_path};
use crate::model::Moment;

/// The one writer of a session. Held as an OS lock on a sidecar file, so it vanishes
/// when the process dies however it dies. Who holds it is written in a second file
/// beside it (`.NAME.ron.holder`): Windows locks are mandatory, and a second seam could
/// not read the holder's pid from the locked file itself.
#[derive(Debug)]
pub struct SessionLock {
    _file: File,
    holder: PathBuf,
}

impl SessionLock {
    pub fn acquire(session: &Path) -> Result<SessionLock, StoreError> {
        let path = lock_path(session);
        let holder = beside(session, "holder");
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        super::owner_only::file_at_creation(&mut options);
        let file = options.open(&path).map_err(StoreError::io(&path))?;
        match file.try_lock() {
            Ok(()) => {
                let details = format!("pid={}\nsince={}\n", std::process::id(), Moment::now());
                create_private_file(&holder)
                    .and_then(|mut written| written.write_all(details.as_bytes()))
                    .map_err(StoreError::io(&holder))?;
                Ok(SessionLock {
                    _file: file,
                    holder,
                })
            }
            Err(fs::TryLockError::WouldBlock) => {
                // A holder that has not written its details yet reads as "?".
                let details = fs::read_to_string(&holder).unwrap_or_default();
                let field = |key: &str| {
                    details
                        .lines()
                        .find_map(|line| line.strip_prefix(key))
                        .map_or_else(|| "?".to_owned(), str::to_owned)
                };
                Err(StoreError::Locked {
                    path: session.to_owned(),
                    pid: field("pid="),
                    since: field("since="),
                })
            }
            Err(fs::TryLockError::Error(error)) => Err(StoreError::Io {
                path,
                source: error,
            }),
        }
    }
}

impl Drop for SessionLock {
    /// The details go before the lock: the next holder writes its own only once it
    /// holds the lock, so none of its details is ever removed.
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.holder);
    }
}
