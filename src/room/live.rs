//! Live pages: a phone with JavaScript listens to a stream of Server-Sent Events and
//! reloads its page the moment what it would see has changed (a new question, the
//! reveal), and says so when the room closes or the connection is lost. The stream
//! carries only a state key, a hash of the phone's own page: never a value.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};

use super::page;
use super::room_shared::{Shared, not_found, phone};

/// Open streams, one per phone page; beyond it a page falls back to reloading itself,
/// as without JavaScript.
const MAX_STREAMS: usize = 500;
/// A comment on an idle stream now and then, so that a phone that went away is noticed
/// and a Wi-Fi access point does not drop a quiet connection.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// Live updates, served as a file of its own (the pages' Content-Security-Policy allows
/// no inline script). The stream sends this phone's state key; a different key than the
/// page was drawn for means the page is out of date.
const SCRIPT: &str = r#"(function () {
  var body = document.body, note = document.getElementById("live");
  var drawn = body.getAttribute("data-state");
  if (!window.EventSource || !drawn || !note) return;
  var source = new EventSource(body.getAttribute("data-events"));
  function say(text) { note.textContent = text; note.hidden = !text; }
  source.addEventListener("state", function (e) {
    say("");
    // The round's own address: a page drawn as the answer to a POST must not be
    // loaded again by its address (that would send nothing, or the answer again).
    if (e.data !== drawn) { source.close(); location.replace(body.getAttribute("data-page")); }
  });
  source.addEventListener("closed", function () {
    source.close();
    say(note.getAttribute("data-closed"));
    var buttons = document.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
  });
  source.onerror = function () {
    if (source.readyState === 2) {
      // Refused (the room is full, or this phone unknown): look again as without script.
      setTimeout(function () { location.reload(); }, 4000);
    } else {
      say(note.getAttribute("data-lost"));
    }
  };
})();
"#;

pub(super) async fn script(
    State(shared): State<Arc<Shared>>,
    Path(secret): Path<String>,
) -> Response {
    if !shared.knows(&secret) {
        return not_found();
    }
    ([(header::CONTENT_TYPE, "text/javascript")], SCRIPT).into_response()
}

/// Counts an open stream for as long as it lives.
struct Streaming(Arc<Shared>);

impl Drop for Streaming {
    fn drop(&mut self) {
        self.0.streams.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Live updates for one phone: its state key now and after every change of its page,
/// then "closed" when the room closes.
pub(super) async fn events(
    State(shared): State<Arc<Shared>>,
    Path(secret): Path<String>,
    headers: HeaderMap,
) -> Response {
    let me = match phone(&shared, &secret, &headers) {
        Ok(me) => me,
        Err(response) => return *response,
    };
    if shared.streams.fetch_add(1, Ordering::SeqCst) >= MAX_STREAMS {
        shared.streams.fetch_sub(1, Ordering::SeqCst);
        return (StatusCode::SERVICE_UNAVAILABLE, "busy, try again\n").into_response();
    }
    let counted = Streaming(Arc::clone(&shared));
    let mut view = shared.view.clone();
    view.mark_changed();
    // This phone's state key each time it changes (somebody else answering changes the
    // room but not this page); "closed" once the room has closed, then the end.
    let stream = futures_util::stream::unfold(
        (view, me, String::new(), Some(counted)),
        |(mut view, me, last, counted)| async move {
            let counted = counted?;
            while view.changed().await.is_ok() {
                let key = page::state_key(&view.borrow_and_update(), &me);
                if key != last {
                    let event = Event::default().event("state").data(&key);
                    return Some((Ok(event), (view, me, key, Some(counted))));
                }
            }
            drop(counted);
            let event = Event::default().event("closed").data("closed");
            Some((
                Ok::<_, std::convert::Infallible>(event),
                (view, me, last, None),
            ))
        },
    );
    Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
        .into_response()
}
