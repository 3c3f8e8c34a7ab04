//! Sign-in logic and the request's signed-in user (server only).

use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use chrono::{Duration, Utc};
use entities::user;
use http::header;
use leptos::prelude::*;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::cookies::{request_cookie, set_cookie};

use super::{
    audit::{self, Entry, action},
    password,
    session::{self, ClientInfo, SESSION_COOKIE, SessionPolicy},
};

/// Failed sign-ins allowed per account within [`THROTTLE_WINDOW_MINUTES`].
pub const MAX_FAILURES_PER_ACCOUNT: u64 = 5;
/// Failed sign-ins allowed per client address within [`THROTTLE_WINDOW_MINUTES`].
pub const MAX_FAILURES_PER_ADDRESS: u64 = 20;
/// The window that failed sign-ins are counted over.
pub const THROTTLE_WINDOW_MINUTES: i64 = 15;

/// Why a sign-in was refused.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("wrong email or password")]
    InvalidCredentials,
    #[error("account disabled")]
    Disabled,
    #[error("too many failed attempts")]
    TooManyAttempts,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Normalises an email for lookup and storage: trimmed, lower case.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Checks the password (throttled per account and per address), records the attempt in the
/// audit log, and opens a session; returns the user and the session token.
pub async fn sign_in(
    db: &impl ConnectionTrait,
    email: &str,
    password_attempt: &str,
    client: &ClientInfo,
    policy: SessionPolicy,
) -> Result<(user::Model, String), SignInError> {
    let now = Utc::now();
    let email = normalise_email(email);
    let address = client.address.as_deref();
    let since = now - Duration::minutes(THROTTLE_WINDOW_MINUTES);
    let (for_account, from_address) =
        audit::recent_sign_in_failures(db, &email, address, since).await?;
    if for_account >= MAX_FAILURES_PER_ACCOUNT || from_address >= MAX_FAILURES_PER_ADDRESS {
        return Err(SignInError::TooManyAttempts);
    }

    let user = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(db)
        .await?;
    let stored = user.as_ref().and_then(|u| u.password_hash.as_deref());
    let matches = password::verify(password_attempt, stored.unwrap_or(password::decoy_hash()));
    let failure = match &user {
        Some(u) if matches && stored.is_some() && u.disabled => {
            Some(("disabled", SignInError::Disabled))
        }
        Some(_) if matches && stored.is_some() => None,
        _ => Some(("wrong email or password", SignInError::InvalidCredentials)),
    };
    if let Some((detail, error)) = failure {
        let entry = Entry {
            actor_user_id: user.as_ref().map(|u| u.id),
            action: action::SIGN_IN_FAILED,
            subject: Some(&email),
            detail,
            client_address: address,
        };
        audit::record(db, entry, now).await?;
        return Err(error);
    }
    let user = user.ok_or(SignInError::InvalidCredentials)?;
    let token = session::create(db, user.id, policy, client, now).await?;
    let entry = Entry {
        actor_user_id: Some(user.id),
        action: action::SIGN_IN,
        subject: Some(&email),
        detail: "password",
        client_address: address,
    };
    audit::record(db, entry, now).await?;
    Ok((user, token))
}

/// The session policy the server put into context (defaults otherwise).
pub fn session_policy() -> SessionPolicy {
    use_context::<SessionPolicy>().unwrap_or_default()
}

/// The client's address and user agent, from the request.
pub fn client_info() -> ClientInfo {
    let Some(parts) = use_context::<http::request::Parts>() else {
        return ClientInfo::default();
    };
    ClientInfo {
        address: parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip().to_string()),
        user_agent: parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|ua| ua.chars().take(300).collect()),
    }
}

/// The session token in the request's cookie, if any.
pub fn session_token() -> Option<String> {
    request_cookie(SESSION_COOKIE)
}

/// The signed-in user and their session for this request, if any.
pub async fn current_session(
    db: &impl ConnectionTrait,
) -> Result<Option<(entities::session::Model, user::Model)>, DbErr> {
    match session_token() {
        Some(token) => session::resolve(db, &token, session_policy(), Utc::now()).await,
        None => Ok(None),
    }
}

/// Sends the session cookie for `token`, living as long as the session may.
pub fn set_session_cookie(token: &str) {
    set_cookie(
        SESSION_COOKIE,
        token,
        session_policy().absolute.num_seconds(),
    );
}

/// Tells the browser to forget the session cookie.
pub fn clear_session_cookie() {
    set_cookie(SESSION_COOKIE, "", 0);
}
