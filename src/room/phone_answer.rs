//! A phone's round: the page with the question (or the result), and the answer it
//! sends — read the way the wall reads typed input, handed to the wall on the one
//! channel, and taken only if the wall says so (a round closed meanwhile refuses it).

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Form, Path, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use tokio::sync::oneshot;

use super::page;
use super::room_shared::{MAX_TEXT, Shared, WALL_PATIENCE, clean, html, phone};
use super::room_state::RoomView;
use crate::app::Msg;
use crate::exercises::field::{FieldKind, Value, parse};
use crate::i18n::{Label, t};
use crate::model::{Ask, Closeness, Reply};

pub(super) async fn round_page(
    State(shared): State<Arc<Shared>>,
    Path(secret): Path<String>,
    headers: HeaderMap,
    request: Request,
) -> Response {
    let me = match phone(&shared, &secret, &headers) {
        Ok(me) => me,
        Err(response) => return *response,
    };
    let view = shared.view();
    // "Your answer is in" only while its round is open: a reload after the reveal shows
    // the result alone.
    let note = (request.uri().query() == Some("stored") && view.round.is_some())
        .then(|| t(view.language, Label::RoomAnswered));
    html(
        StatusCode::OK,
        page::round(
            &view,
            &shared.secret,
            &me,
            note.map(page::Note::Taken),
            None,
        ),
    )
}

/// Reads an answer the way the wall reads typed input; the reason when it does not read.
fn reply(
    ask: &Ask,
    form: &HashMap<String, String>,
    l: crate::model::Language,
) -> Result<Reply, String> {
    let field = |name: &str| clean(form.get(name).map_or("", String::as_str), MAX_TEXT);
    match ask {
        Ask::Amount => {
            // The reason names the field, as the wall's editor does by standing in it.
            let within = |label, reason| format!("{}: {reason}", t(l, label));
            let euros = match parse(FieldKind::Euros, &field("euros"), l)
                .map_err(|e| within(Label::RoundEuros, e))?
            {
                Value::Euros(euros) => euros,
                _ => None,
            };
            let units = match parse(FieldKind::Units, &field("units"), l)
                .map_err(|e| within(Label::RoundUnits, e))?
            {
                Value::Units(units) => units,
                _ => None,
            };
            Ok(Reply::Amount { euros, units })
        }
        Ask::Dots(vote) => {
            let mut dots = Vec::with_capacity(vote.items.len());
            for index in 0..vote.items.len() {
                let typed = field(&format!("d{index}"));
                let n = if typed.is_empty() {
                    0
                } else {
                    typed
                        .parse::<u8>()
                        .map_err(|_| t(l, Label::RoundTooManyDots).to_owned())?
                };
                dots.push(n);
            }
            Ok(Reply::Dots(dots))
        }
        Ask::Scale => Closeness::read(&field("step"))
            .map(Reply::Scale)
            .map_err(|_| t(l, Label::RoundNotOnScale).to_owned()),
        Ask::Text => Ok(Reply::Text(field("text"))),
    }
}

/// What a phone typed, cleaned like an answer, to show it again with the reason it was
/// refused.
fn typed(form: &HashMap<String, String>) -> super::room_state::Typed {
    form.iter()
        .filter(|(name, _)| name.len() <= 8)
        .take(64)
        .map(|(name, value)| (name.clone(), clean(value, MAX_TEXT)))
        .collect()
}

pub(super) async fn answer(
    State(shared): State<Arc<Shared>>,
    Path(secret): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let me = match phone(&shared, &secret, &headers) {
        Ok(me) => me,
        Err(response) => return *response,
    };
    let view = shared.view();
    let l = view.language;
    let stale = |view: &RoomView, message: &str| {
        html(
            StatusCode::CONFLICT,
            page::round(
                view,
                &shared.secret,
                &me,
                Some(page::Note::Refused(message)),
                None,
            ),
        )
    };
    let Some(round) = view
        .round
        .as_ref()
        .filter(|r| form.get("round").is_some_and(|id| *id == r.id))
    else {
        return stale(&view, t(l, Label::RoomStale));
    };
    let reply = match reply(&round.ask, &form, l) {
        Ok(reply) => reply,
        Err(reason) => {
            return html(
                StatusCode::UNPROCESSABLE_ENTITY,
                page::round(
                    &view,
                    &shared.secret,
                    &me,
                    Some(page::Note::Refused(&reason)),
                    Some(&typed(&form)),
                ),
            );
        }
    };
    let (done, taken) = oneshot::channel();
    let sent = shared.tell_wall(Msg::RoomAnswer {
        who: me.clone(),
        round: round.id.clone(),
        reply,
        done,
    });
    if !sent {
        return stale(&shared.view(), t(l, Label::RoomBusy));
    }
    match tokio::time::timeout(WALL_PATIENCE, taken).await {
        Ok(Ok(Ok(()))) => Redirect::to(&format!("/{}/round?stored", shared.secret)).into_response(),
        Ok(Ok(Err(reason))) => stale(&shared.view(), &reason),
        _ => stale(&shared.view(), t(l, Label::RoomBusy)),
    }
}
