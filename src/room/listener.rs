//! The room's listener: a cap on open connections, in all and per address, and an end
//! to connections that do nothing. The server itself (hyper without a timer) would
//! keep a connection that never finishes its request open for ever; a curious
//! colleague with a script could then hold every slot.

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{Instant, Sleep};

/// How many connections may be open, and for how long one may do nothing.
#[derive(Debug, Clone, Copy)]
pub struct Caps {
    /// Open connections in all; one more waits until one closes.
    pub connections: usize,
    /// Open connections from one address; one more is closed at once (a browser opens
    /// at most six to one server).
    pub per_address: usize,
    /// Neither read nor written for this long: closed. A live page's stream writes a
    /// comment far more often.
    pub idle: Duration,
}

pub struct Capped {
    listener: TcpListener,
    caps: Caps,
    open: Arc<Semaphore>,
    per_address: Arc<Mutex<HashMap<IpAddr, usize>>>,
    /// The room's participants: a crowd behind one address (a venue's proxy, a phone's
    /// hotspot) may hold that many more connections, two each.
    crowd: Arc<std::sync::atomic::AtomicUsize>,
}

/// How many connections are open from each address: counted by the listener, read by
/// the room (and by tests that wait for the server to have taken a connection).
pub type Counts = Arc<Mutex<HashMap<IpAddr, usize>>>;

impl Capped {
    pub fn new(
        listener: TcpListener,
        caps: Caps,
        per_address: Counts,
        crowd: Arc<std::sync::atomic::AtomicUsize>,
    ) -> Capped {
        Capped {
            listener,
            caps,
            open: Arc::new(Semaphore::new(caps.connections)),
            per_address,
            crowd,
        }
    }
}

impl axum::serve::Listener for Capped {
    type Io = Connection;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Connection, SocketAddr) {
        loop {
            // Wait for a free slot before taking the next connection off the queue.
            let Ok(slot) = Arc::clone(&self.open).acquire_owned().await else {
                // The semaphore is never closed; should it be, take no more.
                std::future::pending::<()>().await;
                continue;
            };
            let (stream, peer) = match self.listener.accept().await {
                Ok(accepted) => accepted,
                Err(_) => {
                    // Out of file descriptors, or the peer left: try again shortly.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            };
            let address = peer.ip();
            {
                let mut counts = self
                    .per_address
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                let count = counts.entry(address).or_insert(0);
                let crowd = self.crowd.load(std::sync::atomic::Ordering::Relaxed);
                if *count >= self.caps.per_address + 2 * crowd {
                    // Dropping the stream closes it.
                    continue;
                }
                *count += 1;
            }
            let connection = Connection {
                stream,
                idle: Box::pin(tokio::time::sleep(self.caps.idle)),
                limit: self.caps.idle,
                address,
                per_address: Arc::clone(&self.per_address),
                _slot: slot,
            };
            return (connection, peer);
        }
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }
}

/// Who is on the other end of a connection, for the per-address request limit.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

impl axum::extract::connect_info::Connected<axum::serve::IncomingStream<'_, Capped>> for Peer {
    fn connect_info(stream: axum::serve::IncomingStream<'_, Capped>) -> Peer {
        Peer(*stream.remote_addr())
    }
}

/// One phone's connection, counted while it is open.
pub struct Connection {
    stream: TcpStream,
    idle: Pin<Box<Sleep>>,
    limit: Duration,
    address: IpAddr,
    per_address: Arc<Mutex<HashMap<IpAddr, usize>>>,
    _slot: OwnedSemaphorePermit,
}

impl Connection {
    fn active(&mut self) {
        let limit = self.limit;
        self.idle.as_mut().reset(Instant::now() + limit);
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        let mut counts = self
            .per_address
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = counts.get_mut(&self.address) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                counts.remove(&self.address);
            }
        }
    }
}

impl AsyncRead for Connection {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        match Pin::new(&mut self.stream).poll_read(cx, buf) {
            Poll::Ready(result) => {
                if buf.filled().len() > before {
                    self.active();
                }
                Poll::Ready(result)
            }
            Poll::Pending => {
                if self.idle.as_mut().poll(cx).is_ready() {
                    Poll::Ready(Err(io::Error::new(io::ErrorKind::TimedOut, "idle")))
                } else {
                    Poll::Pending
                }
            }
        }
    }
}

impl AsyncWrite for Connection {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let written = Pin::new(&mut self.stream).poll_write(cx, data);
        if matches!(written, Poll::Ready(Ok(n)) if n > 0) {
            self.active();
        }
        written
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let written = Pin::new(&mut self.stream).poll_write_vectored(cx, data);
        if matches!(written, Poll::Ready(Ok(n)) if n > 0) {
            self.active();
        }
        written
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }
}
