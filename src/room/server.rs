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
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use tokio::sync::{oneshot, watch};

use super::listener::{Capped, Counts, Peer};
pub use super::room_shared::Limits;
use super::room_shared::{MAX_IDENTITIES, Shared, clean, html, not_found};
use super::room_state::RoomView;
use super::{live, page, phone_answer};
use crate::app::Msg;
use crate::i18n::{Label, t};
use crate::inbox::Inbox;
use crate::model::Participant;

/// The largest request body a phone sends (an answer is a few hundred bytes).
const BODY_LIMIT: usize = 4 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
const MAX_NAME: usize = 80;
/// How long closing the room waits for requests under way.
const GRACE: Duration = Duration::from_secs(1);
/// Connections waiting to be taken: more than a room's phones arriving at once.
const LISTEN_QUEUE: u32 = 1024;

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
        Room::open_showing(address, inbox, limits, secret, RoomView::default())
    }

    /// As `open_with`, serving `first` from the first connection on: a phone that
    /// reloads the moment a restarted wall listens gets the room, not an empty page.
    pub fn open_showing(
        address: SocketAddr,
        inbox: &Inbox,
        limits: Limits,
        secret: Option<String>,
        first: RoomView,
    ) -> io::Result<Room> {
        let secret = match secret {
            Some(secret) => secret,
            None => crate::store::secret(80)?,
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
        let (view, receiver) = watch::channel(first);
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
    /// The facilitator lets the participant `key` (`Participant::key`) answer from
    /// another phone: the phone that answered for them so far is signed off (it is sent
    /// to the join page) and they are free to join again.
    pub fn release(&self, key: &str) {
        let phones = {
            let mut identities = self
                .shared
                .identities
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if let Some(id) = identities.1.remove(key) {
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

/// Who answers from a phone (`Participant::key`), in a stable order for the wall.
fn phone_names(by_key: &HashMap<String, String>) -> Vec<String> {
    let mut names: Vec<String> = by_key.keys().cloned().collect();
    names.sort();
    names
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
    // Typed in as somebody on the list: that person. Somebody new who could not be
    // told apart from one on the list (the same name, no department or the same) is
    // refused: the wall would count two people as one.
    let listed = view.people.iter().find(|p| p.is(&person)).cloned();
    let person = match listed.clone() {
        Some(listed) => listed,
        None if view.people.iter().any(|p| p.clashes_with(&person)) => {
            return refuse(Label::RoomNamesake);
        }
        None => person,
    };
    let key = person.key();
    let Ok(id) = crate::store::secret(80) else {
        return refuse(Label::RoomBusy);
    };
    {
        let mut identities = shared
            .identities
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if identities.1.contains_key(&key) {
            return refuse(Label::RoomTaken);
        }
        // Another phone that joined as somebody new whom this one cannot be told from.
        if identities
            .0
            .values()
            .any(|p| !p.is(&person) && p.clashes_with(&person))
        {
            return refuse(Label::RoomNamesake);
        }
        if identities.0.len() >= MAX_IDENTITIES {
            return refuse(Label::RoomBusy);
        }
        identities.0.insert(id.clone(), person.clone());
        identities.1.insert(key, id.clone());
        let phones = phone_names(&identities.1);
        drop(identities);
        if listed.is_none() {
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
