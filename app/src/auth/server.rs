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
    client_address::TrustedProxies,
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
    #[error("wrong second-factor code")]
    WrongSecondFactor,
    #[error("no sign-in waiting for a second factor")]
    SecondFactorExpired,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// A session opened after the first factor.
#[derive(Debug)]
pub enum Opened {
    /// Signed in: the token for the cookie.
    SignedIn(String),
    /// The account has a second factor: the token of a session that owes it.
    SecondFactorNeeded(String),
}

impl Opened {
    /// The session token either way.
    pub fn token(&self) -> &str {
        match self {
            Opened::SignedIn(token) | Opened::SecondFactorNeeded(token) => token,
        }
    }

    /// Where the browser goes next.
    pub fn next_page(&self) -> &'static str {
        match self {
            Opened::SignedIn(_) => "/",
            Opened::SecondFactorNeeded(_) => "/sign-in/second-factor",
        }
    }
}

/// Opens a session for `user`, whose first factor (`method`: password, a provider) was just
/// accepted: a full one, or one that owes the second factor when the account has one.
pub async fn open_session(
    db: &impl ConnectionTrait,
    user: &user::Model,
    method: &str,
    client: &ClientInfo,
    policy: SessionPolicy,
    now: chrono::DateTime<Utc>,
) -> Result<Opened, DbErr> {
    if user.totp_secret.is_some() {
        return Ok(Opened::SecondFactorNeeded(
            session::create_pending(db, user.id, client, now).await?,
        ));
    }
    let token = session::create(db, user.id, policy, client, now).await?;
    let entry = Entry {
        actor_user_id: Some(user.id),
        action: action::SIGN_IN,
        subject: Some(&user.email),
        detail: method,
        client_address: client.address.as_deref(),
    };
    audit::record(db, entry, now).await?;
    Ok(Opened::SignedIn(token))
}

/// Whether the account or the address has failed too often lately.
async fn throttled(
    db: &impl ConnectionTrait,
    email: &str,
    address: Option<&str>,
    now: chrono::DateTime<Utc>,
) -> Result<bool, DbErr> {
    let since = now - Duration::minutes(THROTTLE_WINDOW_MINUTES);
    let (for_account, from_address) =
        audit::recent_sign_in_failures(db, email, address, since).await?;
    Ok(for_account >= MAX_FAILURES_PER_ACCOUNT || from_address >= MAX_FAILURES_PER_ADDRESS)
}

/// Completes a sign-in that owes its second factor: checks `code` (throttled like passwords),
/// ends the waiting session and opens a full one; returns its token.
pub async fn complete_second_factor(
    db: &impl ConnectionTrait,
    pending_token: &str,
    code: &str,
    client: &ClientInfo,
    policy: SessionPolicy,
) -> Result<String, SignInError> {
    use super::second_factor::{self, SecondFactorError};

    let now = Utc::now();
    let (pending, user) = session::resolve_pending(db, pending_token, now)
        .await?
        .ok_or(SignInError::SecondFactorExpired)?;
    let address = client.address.as_deref();
    if throttled(db, &user.email, address, now).await? {
        session::revoke(db, &pending.id).await?;
        return Err(SignInError::TooManyAttempts);
    }
    match second_factor::check(db, &user, code, now).await {
        Ok(()) => {}
        Err(SecondFactorError::Database(error)) => return Err(error.into()),
        Err(_) => {
            let entry = Entry {
                actor_user_id: Some(user.id),
                action: action::SIGN_IN_FAILED,
                subject: Some(&user.email),
                detail: "wrong second factor",
                client_address: address,
            };
            audit::record(db, entry, now).await?;
            return Err(SignInError::WrongSecondFactor);
        }
    }
    session::revoke(db, &pending.id).await?;
    let token = session::create(db, user.id, policy, client, now).await?;
    let entry = Entry {
        actor_user_id: Some(user.id),
        action: action::SIGN_IN,
        subject: Some(&user.email),
        detail: "second factor",
        client_address: address,
    };
    audit::record(db, entry, now).await?;
    Ok(token)
}

/// Normalises an email for lookup and storage: trimmed, lower case.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Whether `email` has the shape of an address (one @, a dotted domain, no spaces).
pub fn looks_like_email(email: &str) -> bool {
    let mut parts = email.split('@');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(local), Some(domain), None)
            if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
    ) && email.len() <= 254
        && !email.chars().any(char::is_whitespace)
}

/// Checks the password (throttled per account and per address), records the attempt in the
/// audit log, and opens a session (which may still owe the second factor).
pub async fn sign_in(
    db: &impl ConnectionTrait,
    email: &str,
    password_attempt: &str,
    client: &ClientInfo,
    policy: SessionPolicy,
) -> Result<(user::Model, Opened), SignInError> {
    let now = Utc::now();
    let email = normalise_email(email);
    let address = client.address.as_deref();
    if throttled(db, &email, address, now).await? {
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
    let opened = open_session(db, &user, "password", client, policy, now).await?;
    Ok((user, opened))
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
    client_info_of(&parts, &use_context::<TrustedProxies>().unwrap_or_default())
}

/// The client's address (through trusted proxies) and user agent, from request `parts`.
pub fn client_info_of(parts: &http::request::Parts, proxies: &TrustedProxies) -> ClientInfo {
    let forwarded_for = parts
        .headers
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok());
    ClientInfo {
        address: parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| proxies.client_address(addr.ip(), forwarded_for).to_string()),
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
