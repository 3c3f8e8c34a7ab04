//! `GET /live/sections/{id}`: a server-sent event stream of who has the section open and its
//! current version. The open connection is itself the person's presence: it refreshes their
//! mark in the database every few seconds, so every app server sharing the database sees
//! them, and the mark lapses soon after the connection ends.

use std::{convert::Infallible, time::Duration};

use app::{
    auth::policy::Action,
    sections::{access::authorized, api::PresenceSnapshot, presence},
};
use axum::{
    extract::{Path, Request, State},
    http::StatusCode,
    response::{
        IntoResponse, Response,
        sse::{Event, KeepAlive, Sse},
    },
};
use chrono::Utc;
use futures::stream::{self, Stream};
use sea_orm::DatabaseConnection;

use super::signed_in::signed_in;
use crate::state::AppState;

/// Opens the stream for a signed-in reader of section `id`.
pub async fn section(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let (user, actor) = match signed_in(&state, &parts.headers, "presence").await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let db = state.db.clone();
    if authorized(&db, &actor, id, Action::Read).await.is_err() {
        return StatusCode::FORBIDDEN.into_response();
    }
    Sse::new(updates(db, id, user.id))
        // Frequent comments also tell the server soon when the browser has gone.
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(presence::BEAT_SECONDS)))
        .into_response()
}

/// Where the stream is: the last snapshot sent, and the mark to remove when it ends.
struct Watch {
    db: DatabaseConnection,
    section_id: i32,
    user_id: i32,
    last: Option<PresenceSnapshot>,
    first: bool,
}

impl Drop for Watch {
    fn drop(&mut self) {
        // The client went away: take the mark down now rather than when it lapses.
        let (db, section_id, user_id) = (self.db.clone(), self.section_id, self.user_id);
        tokio::spawn(async move {
            if let Err(error) = presence::leave(&db, section_id, user_id).await {
                tracing::warn!(%error, "presence: removing a mark");
            }
        });
    }
}

/// Refreshes the mark every beat and sends a snapshot whenever it differs from the last one.
fn updates(
    db: DatabaseConnection,
    section_id: i32,
    user_id: i32,
) -> impl Stream<Item = Result<Event, Infallible>> {
    let watch = Watch {
        db,
        section_id,
        user_id,
        last: None,
        first: true,
    };
    stream::unfold(watch, |mut watch| async move {
        loop {
            if !watch.first {
                tokio::time::sleep(Duration::from_secs(presence::BEAT_SECONDS)).await;
            }
            watch.first = false;
            let now = Utc::now();
            let snapshot =
                match presence::touch(&watch.db, watch.section_id, watch.user_id, now).await {
                    Ok(()) => presence::snapshot(&watch.db, watch.section_id, now).await,
                    Err(error) => Err(error),
                };
            match snapshot {
                Ok(snapshot) if watch.last.as_ref() != Some(&snapshot) => {
                    let event = Event::default()
                        .event("presence")
                        .json_data(&snapshot)
                        .unwrap_or_else(|_| Event::default().comment("unserialisable"));
                    watch.last = Some(snapshot);
                    return Some((Ok(event), watch));
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "presence: refreshing"),
            }
        }
    })
}
