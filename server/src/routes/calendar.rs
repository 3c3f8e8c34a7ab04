//! `GET /exports/follow-up.ics`: the signed-in reader's follow-up calendar as an iCalendar
//! file, for the calendar program they already use.

use app::{
    i18n::label,
    recommendations::follow_up::calendar::{calendar, to_ics},
};
use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

use super::{export::locale, signed_in::signed_in};
use crate::state::AppState;

/// Sends the calendar; links point at the site's public address (or the request's host).
pub async fn ics(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let (_, actor) = match signed_in(&state, &parts.headers, "calendar").await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let entries = match calendar(&state.db, &actor).await {
        Ok(entries) => entries,
        Err(error) => {
            tracing::error!(%error, "calendar: reading the follow-up items");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let locale = locale(&parts.headers);
    let base = state
        .services
        .identity
        .public_url
        .clone()
        .or_else(|| {
            let host = parts.headers.get(header::HOST)?.to_str().ok()?;
            Some(format!("http://{host}"))
        })
        .unwrap_or_default();
    let body = to_ics(&entries, &base, |e| {
        format!("{}: {}", label(locale, e.kind), e.title)
    });
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"follow-up.ics\""),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
        ],
        body,
    )
        .into_response()
}
