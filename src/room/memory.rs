//! The room's port and secret, kept for the session while its room is open: a wall
//! restarted in front of the room (a crash, a new terminal, the laptop's lid) gets the
//! same address and QR code back, and the pages still open on the phones reconnect on
//! their own instead of every phone scanning again. Kept beside the session's lock
//! (`.NAME.ron.room`, readable by its owner only), never in the session file that is
//! handed out; forgotten when the facilitator closes the room.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// A room as it was open for a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remembered {
    pub port: u16,
    pub secret: String,
}

fn path_for(session: &Path) -> PathBuf {
    crate::store::beside(session, "room")
}

/// The room kept for `session`, if any and if it reads as one seam wrote.
pub fn recall(session: &Path) -> Option<Remembered> {
    let text = fs::read_to_string(path_for(session)).ok()?;
    let (port, secret) = text.trim().split_once(' ')?;
    let fits = secret.len() == 16
        && secret
            .bytes()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b));
    fits.then(|| {
        Some(Remembered {
            port: port.parse().ok()?,
            secret: secret.to_owned(),
        })
    })?
}

/// Keeps the open room for `session`; written whole (a temporary file renamed), for
/// its owner only.
pub fn keep(session: &Path, room: &Remembered) -> io::Result<()> {
    let path = path_for(session);
    let temporary = path.with_extension(format!("room.tmp-{}", std::process::id()));
    let mut file = crate::store::create_private_file(&temporary)?;
    writeln!(file, "{} {}", room.port, room.secret)?;
    drop(file);
    fs::rename(&temporary, &path)
}

/// The room was closed: the next one gets a new address and secret.
pub fn forget(session: &Path) {
    let _ = fs::remove_file(path_for(session));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_recalled_forgotten_and_never_anything_else() {
        let dir = tempfile::tempdir().expect("tempdir");
        let session = dir.path().join("kick-off.ron");
        assert_eq!(recall(&session), None);
        let room = Remembered {
            port: 47_123,
            secret: "ABCDEFGHIJKLMN23".into(),
        };
        keep(&session, &room).expect("kept");
        let kept = dir.path().join(".kick-off.ron.room");
        if let Some(mode) = crate::store::owner_only::mode_of(&kept) {
            assert_eq!(mode, 0o600, "its owner's only");
        }
        assert_eq!(recall(&session), Some(room));
        fs::write(&kept, "47123 <script>\n").expect("tampered");
        assert_eq!(recall(&session), None, "only what seam writes is read");
        forget(&session);
        assert!(!kept.exists());
    }
}
