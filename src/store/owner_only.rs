//! Rights for the owner only, on each system in its own way. Unix: modes 0600 for
//! files and 0700 for folders, set at creation and again afterwards (the umask filters
//! the first). Windows: nothing to set — a file in the user's profile is the user's by
//! the folder's inherited rights — and no mode to read back.

use std::fs::{DirBuilder, OpenOptions};
use std::io;
use std::path::Path;

pub const FILE: u32 = 0o600;
pub const FOLDER: u32 = 0o700;

#[cfg(unix)]
mod system {
    use super::*;
    use std::os::unix::fs::{DirBuilderExt as _, OpenOptionsExt as _, PermissionsExt as _};

    pub fn file_at_creation(options: &mut OpenOptions) {
        options.mode(FILE);
    }

    pub fn folder_at_creation(builder: &mut DirBuilder) {
        builder.mode(FOLDER);
    }

    pub fn set(path: &Path, mode: u32) -> io::Result<()> {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
    }

    pub fn mode_of(path: &Path) -> Option<u32> {
        Some(std::fs::metadata(path).ok()?.permissions().mode() & 0o777)
    }
}

#[cfg(not(unix))]
mod system {
    use super::*;

    pub fn file_at_creation(_options: &mut OpenOptions) {}

    pub fn folder_at_creation(_builder: &mut DirBuilder) {}

    pub fn set(_path: &Path, _mode: u32) -> io::Result<()> {
        Ok(())
    }

    pub fn mode_of(_path: &Path) -> Option<u32> {
        None
    }
}

pub use system::{file_at_creation, folder_at_creation, set};

/// The rights bits of `path` where the system has them (tests read them back).
pub fn mode_of(path: &Path) -> Option<u32> {
    system::mode_of(path)
}
