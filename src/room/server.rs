//! The room's web server: axum on a current-thread tokio runtime on a thread of its own,
//! started when the room opens and stopped (every request ended) when it closes. It
//! knows only what `room_state::RoomView` tells it; answers go to the wall as messages on
//! the one channel, and the wall says whether they were taken.
//!
//! Safety for a room full of colleagues: every path starts with the secret of the QR
//! code (80 random bits; any other path, a wrong or an old secret get the same plain
//! 404), the Host header must name the address served (no DNS rebinding), a phone is
//! one identity (a random id in an HttpOnly, SameSite=Strict cookie) bound to one name,
//! bodies are capped and requests time out, every text is checked like keyboard input
//! and escaped in HTML.

use std::collections::HashMap;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use axum::Router;
use axum::extract::{ConnectInfo, Form, Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use tokio::sync::{oneshot, watch};

use super::listener::{Capped, Caps, Counts, Peer};
use super::room_state::RoomView;
use super::{live, page, phone_answer};
use crate::app::Msg;
use crate::i18n::{Label, t};
use crate::inbox::{Event, Inbox};
use crate::model::Participant;

/// The largest request body a phone sends (an answer is a few hundred bytes).
const BODY_LIMIT: usize = 4 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a phone waits for the wall to take its answer.
pub(super) const WALL_PATIENCE: Duration = Duration::from_secs(3);
const MAX_NAME: usize = 80;
pub(super) const MAX_TEXT: usize = 500;
/// How long closing the room waits for requests under way.
const GRACE: Duration = Duration::from_secs(1);
/// Connections waiting to be taken: more than a room's phones arriving at once.
const LISTEN_QUEUE: u32 = 1024;
/// More phones than people in any workshop room.
const MAX_IDENTITIES: usize = 500;

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

/// The open room: its address and secret; dropping it closes the room.
pub struct Room {
    pub address: SocketAddr,
    pub secret: String,
    /// Dropped first when the room closes: every live stream then says "closed" and ends,
    /// so that the server can stop gracefully.
    view: Option<watch::Sender<RoomView>>,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    connections: Counts,
}

/// What every request handler may see of the room.
pub(super) struct Shared {
    pub(super) secret: String,
    host: String,
    inbox: Mutex<Inbox>,
    pub(super) view: watch::Receiver<RoomView>,
    /// Cookie id → who; name → cookie id (one phone per name).
    identities: Mutex<(HashMap<String, Participant>, HashMap<String, String>)>,
    limits: Limits,
    /// Per phone (or, before it joined, per address): when its window began, and its
    /// requests in it.
    recent: Mutex<HashMap<Counted, (std::time::Instant, u32)>>,
    /// How many people the room has: the listener and the limits make room for a crowd
    /// behind one address.
    crowd: Arc<std::sync::atomic::AtomicUsize>,
    in_flight: std::sync::atomic::AtomicUsize,
    /// Live streams open now (see `live`).
    pub(super) streams: std::sync::atomic::AtomicUsize,
}

impl Room {
    /// Listens on `address` (port 0: one the system picks) and serves until dropped.
    pub fn open(address: SocketAddr, inbox: &Inbox, limits: Limits) -> io::Result<Room> {
        Room::open_with(address, inbox, limits, None)
    }

    /// As `open`, with the secret of the room as it was before a restart (`None`: a
    /// new one).
    pub fn open_with(
        address: SocketAddr,
        inbox: &Inbox,
        limits: Limits,
        secret: Option<String>,
    ) -> io::Result<Room> {
        let secret = match secret {
            Some(secret) => secret,
            None => super::secret(80)?,
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()?;
        let socket = if address.is_ipv4() {
            tokio::net::TcpSocket::new_v4()?
        } else {
            tokio::net::TcpSocket::new_v6()?
        };
        // A wall restarted on its port must get it back at once: the phones of a minute
        // ago leave their connections waiting out TIME-WAIT on it.
        socket.set_reuseaddr(true)?;
        socket.bind(address)?;
        // A queue long enough for a whole room scanning the code at once (the system's
        // default of 128 drops the rest, and a dropped phone waits a second to try again).
        let listener = {
            let _inside = runtime.enter();
            socket.listen(LISTEN_QUEUE)?
        };
        let address = listener.local_addr()?;
        let (view, receiver) = watch::channel(RoomView::default());
        let crowd = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let shared = Arc::new(Shared {
            secret: secret.clone(),
            host: address.to_string(),
            inbox: Mutex::new(inbox.clone()),
            view: receiver,
            identities: Mutex::new((HashMap::new(), HashMap::new())),
            limits,
            recent: Mutex::new(HashMap::new()),
            crowd: Arc::clone(&crowd),
            in_flight: std::sync::atomic::AtomicUsize::new(0),
            streams: std::sync::atomic::AtomicUsize::new(0),
        });
        let served = Arc::clone(&shared);
        let connections = Counts::default();
        let counted = Arc::clone(&connections);
        let (stop, stopped) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("room".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let listener = Capped::new(listener, limits.connections, counted, crowd);
                    let service = router(served).into_make_service_with_connect_info::<Peer>();
                    // Closing lets requests under way finish, but waits for no phone
                    // longer than `GRACE`: a request that never ends (a script's, or a
                    // phone gone out of range) must not hold up the wall's quitting.
                    let (closing, mut closed) = watch::channel(false);
                    let serving = std::pin::pin!(
                        axum::serve(listener, service)
                            .with_graceful_shutdown(async move {
                                let _ = closed.wait_for(|closed| *closed).await;
                            })
                            .into_future()
                    );
                    let patience = std::pin::pin!(async move {
                        let _ = stopped.await;
                        let _ = closing.send(true);
                        tokio::time::sleep(GRACE).await;
                    });
                    // Whichever ends first; the runtime, dropped with this thread,
                    // ends every connection still open.
                    let _ = futures_util::future::select(serving, patience).await;
                });
            })?;
        Ok(Room {
            address,
            secret,
            view: Some(view),
            shared,
            stop: Some(stop),
            thread: Some(thread),
            connections,
        })
    }

    /// How many connections the server holds open now, from all addresses.
    pub fn open_connections(&self) -> usize {
        self.connections
            .lock()
            .map_or(0, |counts| counts.values().sum())
    }

    /// The address phones open: upper case, so that the QR code uses its compact mode.
    pub fn url(&self) -> String {
        format!("HTTP://{}/{}", self.address, self.secret)
    }

    /// What the phones see now; sent on only when it changed.
    pub fn publish(&self, view: RoomView) {
        let Some(sender) = &self.view else {
            return;
        };
        self.shared
            .crowd
            .store(view.people.len(), std::sync::atomic::Ordering::Relaxed);
        sender.send_if_modified(|current| {
            let changed = *current != view;
            if changed {
                *current = view;
            }
            changed
        });
    }
}

impl Room {
    /// The facilitator lets `name` answer from another phone: the phone that answered
    /// for it so far is signed off (it is sent to the join page) and the name is free.
    pub fn release(&self, name: &str) {
        let phones = {
            let mut identities = self
                .shared
                .identities
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if let Some(id) = identities.1.remove(name) {
                identities.0.remove(&id);
            }
            phone_names(&identities.1)
        };
        self.shared.tell_wall(Msg::RoomPhones(phones));
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        drop(self.view.take());
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/{secret}", get(join_page))
        .route("/{secret}/join", post(join))
        .route("/{secret}/round", get(phone_answer::round_page))
        .route("/{secret}/answer", post(phone_answer::answer))
        .route("/{secret}/events", get(live::events))
        .route("/{secret}/style.css", get(style))
        .route("/{secret}/live.js", get(live::script))
        .fallback(|| async { not_found() })
        .layer(middleware::from_fn_with_state(Arc::clone(&shared), guard))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .with_state(shared)
}

pub(super) fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "not found\n").into_response()
}

/// Only requests for the address served, within the limits, and security headers on
/// every answer.
async fn guard(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(Peer(peer)): ConnectInfo<Peer>,
    request: Request,
    next: Next,
) -> Response {
    use std::sync::atomic::Ordering;
    let host_ok = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| h.eq_ignore_ascii_case(&shared.host));
    let in_flight = shared.in_flight.fetch_add(1, Ordering::SeqCst);
    let mut response = if !host_ok {
        not_found()
    } else if !shared.allows(request.headers(), peer.ip()) {
        (StatusCode::TOO_MANY_REQUESTS, "too many requests\n").into_response()
    } else if in_flight >= shared.limits.in_flight {
        (StatusCode::SERVICE_UNAVAILABLE, "busy, try again\n").into_response()
    } else {
        next.run(request).await
    };
    shared.in_flight.fetch_sub(1, Ordering::SeqCst);
    let headers = response.headers_mut();
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// What a request is counted against: a joined phone on its own (thirty phones behind a
/// venue's proxy share one address), a phone that has not joined yet by its address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Counted {
    Phone(String),
    Address(std::net::IpAddr),
}

/// Requests a phone makes to join (the page, the form, the redirect, style and script),
/// made room for per participant behind one address.
const JOINING_REQUESTS: u32 = 8;

impl Shared {
    /// Counts a request of a phone, or of an address before its phones joined, against
    /// its window; `false` beyond the limit.
    fn allows(&self, headers: &HeaderMap, address: std::net::IpAddr) -> bool {
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

/// Who answers from a phone, in a stable order for the wall.
fn phone_names(by_name: &HashMap<String, String>) -> Vec<String> {
    let mut names: Vec<String> = by_name.keys().cloned().collect();
    names.sort();
    names
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

async fn style(State(shared): State<Arc<Shared>>, Path(secret): Path<String>) -> Response {
    if !shared.knows(&secret) {
        return not_found();
    }
    ([(header::CONTENT_TYPE, "text/css")], page::STYLE).into_response()
}

async fn join_page(
    State(shared): State<Arc<Shared>>,
    Path(secret): Path<String>,
    headers: HeaderMap,
) -> Response {
    if !shared.knows(&secret) {
        return not_found();
    }
    if shared.me(&headers).is_some() {
        return Redirect::to(&format!("/{}/round", shared.secret)).into_response();
    }
    html(
        StatusCode::OK,
        page::join(&shared.view(), &shared.secret, None),
    )
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

async fn join(
    State(shared): State<Arc<Shared>>,
    Path(secret): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    if !shared.knows(&secret) {
        return not_found();
    }
    let view = shared.view();
    let l = view.language;
    let chosen = form
        .get("who")
        .and_then(|i| i.parse::<usize>().ok())
        .and_then(|i| view.people.get(i).cloned());
    let person = chosen.unwrap_or_else(|| Participant {
        name: clean(form.get("name").map_or("", String::as_str), MAX_NAME),
        department: clean(form.get("department").map_or("", String::as_str), MAX_NAME),
    });
    let refuse = |label| {
        html(
            StatusCode::BAD_REQUEST,
            page::join(&view, &shared.secret, Some(t(l, label))),
        )
    };
    if person.name.is_empty() {
        return refuse(Label::RoomNoName);
    }
    let Ok(id) = super::secret(80) else {
        return refuse(Label::RoomBusy);
    };
    {
        let mut identities = shared
            .identities
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if identities.1.contains_key(&person.name) {
            return refuse(Label::RoomTaken);
        }
        if identities.0.len() >= MAX_IDENTITIES {
            return refuse(Label::RoomBusy);
        }
        identities.0.insert(id.clone(), person.clone());
        identities.1.insert(person.name.clone(), id.clone());
        let phones = phone_names(&identities.1);
        drop(identities);
        if !view.people.iter().any(|p| p.name == person.name) {
            shared.tell_wall(Msg::RoomJoined(person));
        }
        shared.tell_wall(Msg::RoomPhones(phones));
    }
    let mut response = Redirect::to(&format!("/{}/round", shared.secret)).into_response();
    // Path=/: the server serves nothing else, and the secret may be typed in any case.
    if let Ok(value) =
        HeaderValue::from_str(&format!("seam={id}; HttpOnly; SameSite=Strict; Path=/"))
    {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
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
