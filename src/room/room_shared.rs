//! What every request handler of the room may see and use: the room's shared state
//! (its secret, the address served, who joined, the limits and the counts against
//! them, the wall's view and the way to the wall), and the answers every handler
//! gives (a 404, a page, the phone behind a request). The server (`server.rs`) builds
//! it and routes to the handlers; the live stream and a phone's round use it too.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use tokio::sync::watch;

use super::listener::Caps;
use super::room_state::RoomView;
use crate::app::Msg;
use crate::inbox::{Event, Inbox};
use crate::model::Participant;

/// How long a phone waits for the wall to take its answer.
pub(super) const WALL_PATIENCE: Duration = Duration::from_secs(3);
pub(super) const MAX_TEXT: usize = 500;

/// More phones than people in any workshop room.
pub(super) const MAX_IDENTITIES: usize = 500;

/// How much one phone, and all of them, may ask of the room.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Requests one address may make per `window`; more get 429 until it has passed.
    pub per_address: u32,
    pub window: Duration,
    /// Requests being answered at once; more get 503 (a phone simply tries again).
    pub in_flight: usize,
    /// Open connections, in all and per address, and how long one may idle.
    pub connections: Caps,
}

impl Default for Limits {
    /// A phone that reloads every 4 s and answers now and then makes far fewer than 60
    /// requests in 20 s; a script that hammers the room is slowed down at once.
    fn default() -> Limits {
        Limits {
            per_address: 60,
            window: Duration::from_secs(20),
            in_flight: 256,
            connections: Caps {
                connections: 1024,
                per_address: 16,
                idle: Duration::from_secs(60),
            },
        }
    }
}

impl Limits {
    /// For load tests and benchmarks, where every simulated phone comes from one
    /// address (127.0.0.1): `per_address` requests per window and as many connections.
    pub fn one_address(per_address: u32) -> Limits {
        let default = Limits::default();
        Limits {
            per_address,
            connections: Caps {
                per_address: usize::try_from(per_address).unwrap_or(usize::MAX),
                ..default.connections
            },
            ..default
        }
    }
}

/// What every request handler may see of the room.
pub(super) struct Shared {
    pub(super) secret: String,
    pub(super) host: String,
    pub(super) inbox: Mutex<Inbox>,
    pub(super) view: watch::Receiver<RoomView>,
    /// Cookie id → who; `Participant::key` → cookie id (one phone per person).
    pub(super) identities: Mutex<(HashMap<String, Participant>, HashMap<String, String>)>,
    pub(super) limits: Limits,
    /// Per phone (or, before it joined, per address): when its window began, and its
    /// requests in it.
    pub(super) recent: Mutex<HashMap<Counted, (std::time::Instant, u32)>>,
    /// How many people the room has: the listener and the limits make room for a crowd
    /// behind one address.
    pub(super) crowd: Arc<std::sync::atomic::AtomicUsize>,
    pub(super) in_flight: std::sync::atomic::AtomicUsize,
    /// Live streams open now (see `live`).
    pub(super) streams: std::sync::atomic::AtomicUsize,
}

/// What a request is counted against: a joined phone on its own (thirty phones behind a
/// venue's proxy share one address), a phone that has not joined yet by its address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Counted {
    Phone(String),
    Address(std::net::IpAddr),
}

/// Requests a phone makes to join (the page, the form, the redirect, style and script),
/// made room for per participant behind one address.
const JOINING_REQUESTS: u32 = 8;

impl Shared {
    /// Counts a request of a phone, or of an address before its phones joined, against
    /// its window; `false` beyond the limit.
    pub(super) fn allows(&self, headers: &HeaderMap, address: std::net::IpAddr) -> bool {
        let joined = cookie(headers).filter(|id| {
            let identities = self
                .identities
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            identities.0.contains_key(id)
        });
        let (who, limit) = match joined {
            Some(id) => (Counted::Phone(id), self.limits.per_address),
            None => {
                let crowd = self.crowd.load(std::sync::atomic::Ordering::Relaxed);
                let crowd = u32::try_from(crowd).unwrap_or(u32::MAX);
                let limit = self
                    .limits
                    .per_address
                    .saturating_add(JOINING_REQUESTS.saturating_mul(crowd));
                (Counted::Address(address), limit)
            }
        };
        self.counts(who, limit)
    }

    fn counts(&self, who: Counted, limit: u32) -> bool {
        let now = std::time::Instant::now();
        let mut recent = self.recent.lock().unwrap_or_else(PoisonError::into_inner);
        // Forget addresses whose window has passed, so the table stays small.
        if recent.len() > MAX_IDENTITIES {
            recent.retain(|_, (since, _)| now.duration_since(*since) < self.limits.window);
        }
        let entry = recent.entry(who).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.limits.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= limit
    }

    pub(super) fn knows(&self, secret: &str) -> bool {
        // Read aloud or typed, case does not matter; the length is fixed and public.
        secret.eq_ignore_ascii_case(&self.secret)
    }

    pub(super) fn me(&self, headers: &HeaderMap) -> Option<Participant> {
        let id = cookie(headers)?;
        let identities = self
            .identities
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        identities.0.get(&id).cloned()
    }

    pub(super) fn view(&self) -> RoomView {
        self.view.borrow().clone()
    }

    pub(super) fn tell_wall(&self, msg: Msg) -> bool {
        let inbox = self.inbox.lock().unwrap_or_else(PoisonError::into_inner);
        inbox.send(Event::App(msg)).is_ok()
    }
}

fn cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix("seam=").map(str::to_owned))
}

pub(super) fn html(status: StatusCode, body: String) -> Response {
    (status, Html(body)).into_response()
}

pub(super) fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "not found\n").into_response()
}

/// A line of typed text as the wall would take it: no control characters, trimmed,
/// capped.
pub(super) fn clean(text: &str, max: usize) -> String {
    crate::text::one_line(text.trim())
        .chars()
        .take(max)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The phone behind a request: a wrong secret is a 404, a phone that has not joined
/// is sent to the join page.
pub(super) fn phone(
    shared: &Shared,
    secret: &str,
    headers: &HeaderMap,
) -> Result<Participant, Box<Response>> {
    if !shared.knows(secret) {
        return Err(Box::new(not_found()));
    }
    shared
        .me(headers)
        .ok_or_else(|| Box::new(Redirect::to(&format!("/{}", shared.secret)).into_response()))
}
