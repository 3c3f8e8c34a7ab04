//! The signed-in user behind a plain route's request, and what they may do: the same session
//! rules as pages and server functions (a session that owes its second factor is not one).

use app::auth::{
    policy::Actor,
    rate_limit::Operation,
    session::{self, SESSION_COOKIE},
    visibility::actor_for,
};
use app::cookies::cookie_in;
use axum::{
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use chrono::Utc;
use entities::user;

use crate::state::AppState;

/// The user and actor of the request's session; 401 without a live session, 503 when the
/// database cannot say.
pub async fn signed_in(
    state: &AppState,
    headers: &HeaderMap,
    context: &str,
) -> Result<(user::Model, Actor), Response> {
    let Some(token) = cookie_in(headers, SESSION_COOKIE) else {
        return Err(StatusCode::UNAUTHORIZED.into_response());
    };
    let user = match session::resolve(&state.db, &token, state.services.sessions, Utc::now()).await
    {
        Ok(Some((_, user))) => user,
        Ok(None) => return Err(StatusCode::UNAUTHORIZED.into_response()),
        Err(error) => {
            tracing::error!(%error, "{context}: resolving the session");
            return Err(StatusCode::SERVICE_UNAVAILABLE.into_response());
        }
    };
    match actor_for(&state.db, &user).await {
        Ok(actor) => Ok((user, actor)),
        Err(error) => {
            tracing::error!(%error, "{context}: loading the actor");
            Err(StatusCode::SERVICE_UNAVAILABLE.into_response())
        }
    }
}

/// Spends one `operation` of `user`'s budget on this server; `None` when it could, else the 429
/// that says (in the reader's language, and in `Retry-After`) when to try again.
pub fn over_budget(
    state: &AppState,
    headers: &HeaderMap,
    user: &user::Model,
    operation: Operation,
) -> Option<Response> {
    state
        .services
        .limits
        .spend(operation, user.id)
        .err()
        .map(|wait| {
            let seconds = wait.as_secs().max(1);
            let message = app::i18n::translate_with(
                super::export::locale(headers),
                operation.message_key(),
                &[("seconds", seconds.into())],
            );
            (
                StatusCode::TOO_MANY_REQUESTS,
                [(header::RETRY_AFTER, HeaderValue::from(seconds))],
                message,
            )
                .into_response()
        })
}
