//! `/auth/oauth/{provider}` sends the browser to the provider; `/auth/oauth/{provider}/callback`
//! takes it back, opens a session and goes home (or to the second-factor page). Failures land
//! on the sign-in page with a translated message and create no session.

use app::{
    auth::{
        server::client_info_of,
        session::{self, SECOND_FACTOR_WINDOW_MINUTES, SESSION_COOKIE},
    },
    cookies::{cookie_header, cookie_in, is_https},
    oauth::{self, Callback, CallbackContext, OAuthError, flow::STATE_COOKIE},
};
use axum::{
    extract::{Path, Query, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;

use crate::state::AppState;

/// The callback URL registered with the provider: the configured public URL, else this
/// request's scheme and host.
fn callback_url(state: &AppState, parts: &http::request::Parts, provider: &str) -> String {
    let base = state
        .services
        .identity
        .public_url
        .clone()
        .unwrap_or_else(|| {
            let host = parts
                .headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .unwrap_or("localhost");
            let scheme = if is_https(parts) { "https" } else { "http" };
            format!("{scheme}://{host}")
        });
    format!("{base}/auth/oauth/{provider}/callback")
}

fn with_cookies(target: &str, cookies: &[String]) -> Response {
    let mut response = Redirect::to(target).into_response();
    for cookie in cookies {
        if let Ok(value) = HeaderValue::from_str(cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

fn failed(error: &OAuthError, secure: bool) -> Response {
    match error {
        OAuthError::Database(_) | OAuthError::Configuration(_) | OAuthError::Exchange(_) => {
            tracing::error!(%error, "provider sign-in failed")
        }
        _ => tracing::info!(%error, "provider sign-in refused"),
    }
    with_cookies(
        &format!("/sign-in?error={}", error.message_key()),
        &[cookie_header(STATE_COOKIE, "", 0, secure)],
    )
}

/// Starts a sign-in with `provider`.
pub async fn start(
    State(state): State<AppState>,
    Path(provider): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let Some(configured) = state.services.identity.get(&provider) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let secure = is_https(&parts);
    let redirect_uri = callback_url(&state, &parts, &provider);
    match oauth::begin(&state.db, configured, &redirect_uri, Utc::now()).await {
        Ok(started) => {
            let max_age = oauth::flow::AUTHORIZATION_MINUTES * 60;
            with_cookies(
                &started.url,
                &[cookie_header(STATE_COOKIE, &started.state, max_age, secure)],
            )
        }
        Err(error) => failed(&error, secure),
    }
}

/// Finishes a sign-in when the provider sends the browser back.
pub async fn callback(
    State(state): State<AppState>,
    Path(provider): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let secure = is_https(&parts);
    let callback = Query::<Callback>::try_from_uri(&parts.uri)
        .map(|Query(c)| c)
        .unwrap_or_default();
    let browser_state = cookie_in(&parts.headers, STATE_COOKIE);
    let client = client_info_of(&parts, &state.services.proxies);
    let redirect_uri = callback_url(&state, &parts, &provider);
    let context = CallbackContext {
        providers: &state.services.identity,
        provider_id: &provider,
        browser_state: browser_state.as_deref(),
        redirect_uri: &redirect_uri,
        client: &client,
        policy: state.services.sessions,
    };
    match oauth::finish(&state.db, callback, context).await {
        Ok(opened) => {
            // A new session id at every sign-in: the old cookie's session (maybe planted) ends.
            // Only on success, so a forged callback cannot sign anyone out.
            if let Some(old) = cookie_in(&parts.headers, SESSION_COOKIE)
                && let Err(error) = session::revoke(&state.db, &session::token_id(&old)).await
            {
                return failed(&OAuthError::Database(error), secure);
            }
            let max_age = match opened {
                app::auth::server::Opened::SignedIn(_) => {
                    state.services.sessions.absolute.num_seconds()
                }
                app::auth::server::Opened::SecondFactorNeeded(_) => {
                    SECOND_FACTOR_WINDOW_MINUTES * 60
                }
            };
            with_cookies(
                opened.next_page(),
                &[
                    cookie_header(STATE_COOKIE, "", 0, secure),
                    cookie_header(SESSION_COOKIE, opened.token(), max_age, secure),
                ],
            )
        }
        Err(error) => failed(&error, secure),
    }
}
