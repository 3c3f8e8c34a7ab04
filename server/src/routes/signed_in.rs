//! The signed-in user behind a plain route's request, and what they may do: the same session
//! rules as pages and server functions (a session that owes its second factor is not one).

use app::auth::{
    policy::Actor,
    session::{self, SESSION_COOKIE},
    visibility::actor_for,
};
use app::cookies::cookie_in;
use axum::{
    http::{HeaderMap, StatusCode},
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
