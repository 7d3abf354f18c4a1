//! The presenter's line to the wall, on each system in its own way, both found through
//! one file beside the session's lock (`.NAME.ron.presenter`).
//!
//! On Unix that file is the wall's socket, mode 0600: another user cannot connect.
//! On Windows it holds a port on 127.0.0.1 and a key: a presenter proves it could read
//! the file by sending the key first, and the wall lets go of anyone else. The file is
//! written for its owner only (in the user's profile, whose rights other users lack).
//! A named pipe would do as well, but its default rights let Everyone read; the port
//! and key need nothing beyond std and are the same code on every Windows.

use std::fs;
use std::io;
use std::path::Path;

#[cfg(unix)]
pub use unix_socket::{Listener, Stream, connect, listen};

#[cfg(windows)]
pub use loopback::{Listener, Stream, connect, listen};

/// The wall is gone: its file goes too.
pub fn close(address: &Path) {
    let _ = fs::remove_file(address);
}

/// A file left behind by a wall that died (nobody answers through it) is removed; one
/// a living wall answers through means another seam listens already.
fn claim<S>(address: &Path, connect: impl Fn(&Path) -> io::Result<S>) -> io::Result<()> {
    if !address.exists() {
        return Ok(());
    }
    match connect(address) {
        Ok(_) => Err(io::Error::new(
            io::ErrorKind::AddrInUse,
            "another seam listens for presenters of this session",
        )),
        Err(_) => fs::remove_file(address),
    }
}

#[cfg(unix)]
mod unix_socket {
    use std::fs;
    use std::io;
    use std::os::unix::fs::PermissionsExt as _;
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::path::Path;

    pub type Stream = UnixStream;

    pub struct Listener(UnixListener);

    impl Listener {
        pub fn accept(&self) -> io::Result<Stream> {
            self.0.accept().map(|(stream, _)| stream)
        }
    }

    pub fn listen(address: &Path) -> io::Result<Listener> {
        super::claim(address, connect)?;
        // Bound under a temporary name, closed to others, then renamed: no moment in
        // which the socket is open to everybody.
        let temporary = address.with_extension(format!("{}.tmp", std::process::id()));
        let _ = fs::remove_file(&temporary);
        let listener = UnixListener::bind(&temporary)?;
        fs::set_permissions(&temporary, fs::Permissions::from_mode(0o600))?;
        fs::rename(&temporary, address)?;
        Ok(Listener(listener))
    }

    pub fn connect(address: &Path) -> io::Result<Stream> {
        UnixStream::connect(address)
    }
}

/// Compiled on Unix for its tests, so the Windows line is proven on every run.
#[cfg(any(windows, test))]
mod loopback {
    use std::io::{self, Read as _, Write as _};
    use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
    use std::path::Path;
    use std::time::Duration;

    pub type Stream = TcpStream;

    /// How long a connection may take to send its key: a presenter sends it at once;
    /// anything slower holds the next presenter back for no longer than this.
    const KEY_PATIENCE: Duration = Duration::from_millis(500);

    pub struct Listener {
        listener: TcpListener,
        key: String,
    }

    impl Listener {
        /// The next connection that sends the key; one that does not is let go with
        /// an error (the caller goes on accepting).
        pub fn accept(&self) -> io::Result<Stream> {
            let (mut stream, _) = self.listener.accept()?;
            stream.set_read_timeout(Some(KEY_PATIENCE))?;
            let sent = read_key_line(&mut stream)?;
            if sent != self.key {
                return Err(io::Error::new(io::ErrorKind::PermissionDenied, "wrong key"));
            }
            stream.set_read_timeout(None)?;
            stream.set_nodelay(true)?;
            Ok(stream)
        }
    }

    /// The first line, byte by byte: nothing after it may be read ahead of the
    /// protocol's own reader.
    fn read_key_line(stream: &mut TcpStream) -> io::Result<String> {
        let mut line = Vec::new();
        let mut byte = [0_u8; 1];
        while line.len() <= 64 {
            stream.read_exact(&mut byte)?;
            if byte[0] == b'\n' {
                return String::from_utf8(line).map_err(io::Error::other);
            }
            line.push(byte[0]);
        }
        Err(io::Error::new(io::ErrorKind::InvalidData, "no key"))
    }

    pub fn listen(address: &Path) -> io::Result<Listener> {
        super::claim(address, connect)?;
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
        let port = listener.local_addr()?.port();
        let key = crate::store::secret(160)?;
        // Written whole (a temporary file renamed): a presenter never reads half a key.
        let temporary = address.with_extension(format!("{}.tmp", std::process::id()));
        let mut file = crate::store::create_private_file(&temporary)?;
        writeln!(file, "{port} {key}")?;
        drop(file);
        std::fs::rename(&temporary, address)?;
        Ok(Listener { listener, key })
    }

    pub fn connect(address: &Path) -> io::Result<Stream> {
        let text = std::fs::read_to_string(address)?;
        let invalid = || io::Error::new(io::ErrorKind::InvalidData, "not a presenter address");
        let (port, key) = text.trim().split_once(' ').ok_or_else(invalid)?;
        let port: u16 = port.parse().map_err(|_| invalid())?;
        let wall = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let mut stream = TcpStream::connect_timeout(&wall, Duration::from_secs(1))?;
        stream.set_nodelay(true)?;
        writeln!(stream, "{key}")?;
        Ok(stream)
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use std::io::{BufRead as _, BufReader};

        #[test]
        fn a_presenter_with_the_key_is_let_in_and_one_without_is_let_go() {
            let dir = tempfile::tempdir().expect("tempdir");
            let address = dir.path().join(".kick-off.ron.presenter");
            let listener = listen(&address).expect("listens");
            let text = std::fs::read_to_string(&address).expect("written");
            let (port, key) = text.trim().split_once(' ').expect("port and key");
            assert_eq!(key.len(), 32);
            assert!(port.parse::<u16>().is_ok());

            let mut presenter = connect(&address).expect("connects");
            let mut wall_side = listener.accept().expect("the key fits");
            writeln!(wall_side, "hello").expect("writes");
            writeln!(presenter, "next").expect("writes");
            let mut line = String::new();
            BufReader::new(&mut wall_side)
                .read_line(&mut line)
                .expect("reads");
            assert_eq!(
                line, "next\n",
                "nothing of the protocol was read with the key"
            );

            let port: u16 = port.parse().expect("port");
            let mut stranger = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).expect("tcp");
            writeln!(stranger, "GUESSEDGUESSEDGUESSEDGUESSED2345").expect("writes");
            let refused = listener.accept().expect_err("a wrong key is refused");
            assert_eq!(refused.kind(), io::ErrorKind::PermissionDenied);
            let silent = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).expect("tcp");
            assert!(
                listener.accept().is_err(),
                "silence is let go after a moment"
            );
            drop(silent);
        }

        #[test]
        fn an_address_a_dead_wall_left_is_taken_over_and_a_living_one_is_not() {
            let dir = tempfile::tempdir().expect("tempdir");
            let address = dir.path().join(".kick-off.ron.presenter");
            // A port nobody listens on any more.
            let gone = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind");
            let port = gone.local_addr().expect("addr").port();
            drop(gone);
            std::fs::write(&address, format!("{port} OLDKEY\n")).expect("stale");
            let living = listen(&address).expect("the stale file is replaced");
            let again = listen(&address)
                .err()
                .expect("a living wall keeps its file");
            assert_eq!(again.kind(), io::ErrorKind::AddrInUse);
            drop(living);
        }
    }
}
