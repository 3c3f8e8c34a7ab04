//! Server functions for signing in and out and reviewing one's sessions.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// The signed-in person, as the interface needs them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedInUser {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub is_admin: bool,
    /// A coalition of theirs requires a second factor they have not set up yet.
    pub needs_second_factor: bool,
}

/// One place where the person is signed in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// The session's database id (the hash of its token, never the token): what ending it
    /// names.
    pub id: String,
    /// "Firefox on Windows", read from the user agent; `None` when it says neither.
    pub device: Option<String>,
    /// UTC, `YYYY-MM-DD HH:MM`.
    pub signed_in_at: String,
    pub last_seen_at: String,
    pub client_address: Option<String>,
    pub user_agent: Option<String>,
    /// Whether this is the session making the request.
    pub current: bool,
}

/// A sign-in provider offered on the sign-in page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderChoice {
    pub id: String,
    pub label: String,
}

/// The session and user of a request that manages its own account (policy: `OwnAccount`).
#[cfg(feature = "ssr")]
pub(crate) async fn signed_in_account(
    db: &sea_orm::DatabaseConnection,
) -> Result<(entities::session::Model, entities::user::Model), crate::error::AppError> {
    use super::{
        policy::{Action, Actor, Resource},
        visibility::{actor_for, authorize},
    };
    match super::server::current_session(db).await? {
        Some((session, user)) => {
            authorize(
                &actor_for(db, &user).await?,
                Action::Manage,
                Resource::OwnAccount,
            )?;
            Ok((session, user))
        }
        None => {
            authorize(&Actor::Anonymous, Action::Manage, Resource::OwnAccount)?;
            Err(crate::error::AppError::Unauthenticated)
        }
    }
}

/// The signed-in user, or `None`.
#[server(endpoint = "current_user")]
pub async fn current_user() -> Result<Option<SignedInUser>, ApiError> {
    let db = crate::error::db()?;
    let Some((_, user)) = super::server::current_session(&db).await? else {
        return Ok(None);
    };
    let needs_second_factor = user.totp_secret.is_none()
        && !super::account::coalitions_requiring_second_factor(&db, user.id)
            .await?
            .is_empty();
    Ok(Some(SignedInUser {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        is_admin: user.is_admin,
        needs_second_factor,
    }))
}

/// The sign-in providers this instance offers.
#[server(endpoint = "sign_in_providers")]
pub async fn sign_in_providers() -> Result<Vec<ProviderChoice>, ApiError> {
    Ok(use_context::<super::providers::IdentityProviders>()
        .map(|configured| {
            configured
                .providers
                .iter()
                .map(|p| ProviderChoice {
                    id: p.id.clone(),
                    label: p.label.clone(),
                })
                .collect()
        })
        .unwrap_or_default())
}

/// A refused sign-in as the reader's language puts it.
#[cfg(feature = "ssr")]
fn refusal(error: super::server::SignInError) -> crate::error::AppError {
    use super::server::SignInError;
    use crate::{
        error::AppError,
        i18n::{server::request_locale, translate},
    };
    let locale = request_locale();
    let refused = |key: &str| AppError::Validation(translate(locale, key));
    match error {
        SignInError::InvalidCredentials => refused("sign-in-invalid"),
        SignInError::Disabled => refused("sign-in-disabled"),
        SignInError::WrongSecondFactor => refused("second-factor-wrong"),
        SignInError::SecondFactorExpired => refused("second-factor-expired"),
        SignInError::TooManyAttempts => {
            AppError::TooManyRequests(translate(locale, "sign-in-throttled"))
        }
        SignInError::Database(error) => error.into(),
    }
}

/// Signs in with email and password; on success sets the session cookie and goes home, or
/// on to the second-factor page when the account has one.
#[server(endpoint = "sign_in")]
pub async fn sign_in(email: String, password: String) -> Result<(), ApiError> {
    use super::{server as auth, session};

    let db = crate::error::db()?;
    // A new session id at every sign-in: an old cookie (maybe planted) is ended first.
    if let Some(old) = auth::session_token() {
        session::revoke(&db, &session::token_id(&old)).await?;
    }
    let (_, opened) = auth::sign_in(
        &db,
        &email,
        &password,
        &auth::client_info(),
        auth::session_policy(),
    )
    .await
    .map_err(refusal)?;
    auth::set_session_cookie(opened.token());
    leptos_axum::redirect(opened.next_page());
    Ok(())
}

/// Gives the second factor (an authenticator code or a recovery code) for a sign-in that owes
/// it; on success opens a new full session and goes home.
#[server(endpoint = "verify_second_factor")]
pub async fn verify_second_factor(code: String) -> Result<(), ApiError> {
    use super::server as auth;

    let db = crate::error::db()?;
    let pending = auth::session_token().unwrap_or_default();
    let token = auth::complete_second_factor(
        &db,
        &pending,
        &code,
        &auth::client_info(),
        auth::session_policy(),
    )
    .await
    .map_err(refusal)?;
    auth::set_session_cookie(&token);
    leptos_axum::redirect("/");
    Ok(())
}

/// Ends this session and goes to the sign-in page.
#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), ApiError> {
    use super::{audit, server as auth, session};

    let db = crate::error::db()?;
    if let Some((current, user)) = auth::current_session(&db).await? {
        session::revoke(&db, &current.id).await?;
        let client = auth::client_info();
        let entry = audit::Entry {
            actor_user_id: Some(user.id),
            action: audit::action::SIGN_OUT,
            subject: Some(&user.email),
            detail: "",
            client_address: client.address.as_deref(),
        };
        audit::record(&db, entry, chrono::Utc::now()).await?;
    }
    auth::clear_session_cookie();
    leptos_axum::redirect("/sign-in");
    Ok(())
}

/// The signed-in user's live sessions.
#[server(endpoint = "list_sessions")]
pub async fn list_sessions() -> Result<Vec<SessionInfo>, ApiError> {
    use super::session;

    let db = crate::error::db()?;
    let (current, user) = signed_in_account(&db).await?;
    let format = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M").to_string();
    Ok(session::list(&db, user.id, chrono::Utc::now())
        .await?
        .into_iter()
        .map(|s| SessionInfo {
            current: s.id == current.id,
            device: s.user_agent.as_deref().and_then(super::device::describe),
            id: s.id,
            signed_in_at: format(s.created_at),
            last_seen_at: format(s.last_seen_at),
            client_address: s.client_address,
            user_agent: s.user_agent,
        })
        .collect())
}

/// Ends one session of the signed-in user (on a lost phone, say); ending the current one signs
/// this browser out.
#[server(endpoint = "end_session")]
pub async fn end_session(id: String) -> Result<(), ApiError> {
    use super::{audit, server as auth, session};
    use crate::error::AppError;

    let db = crate::error::db()?;
    let (current, user) = signed_in_account(&db).await?;
    let ended = session::list(&db, user.id, chrono::Utc::now())
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| AppError::invalid("session-error-unknown"))?;
    session::revoke(&db, &ended.id).await?;
    let client = auth::client_info();
    let detail = ended
        .user_agent
        .as_deref()
        .and_then(super::device::describe)
        .unwrap_or_default();
    let entry = audit::Entry {
        actor_user_id: Some(user.id),
        action: audit::action::SESSION_ENDED,
        subject: Some(&user.email),
        detail: &detail,
        client_address: client.address.as_deref(),
    };
    audit::record(&db, entry, chrono::Utc::now()).await?;
    if ended.id == current.id {
        auth::clear_session_cookie();
        leptos_axum::redirect("/sign-in");
    }
    Ok(())
}

/// Ends every session of the signed-in user, on every device, and goes to the sign-in page.
#[server(endpoint = "sign_out_everywhere")]
pub async fn sign_out_everywhere() -> Result<(), ApiError> {
    use super::{audit, server as auth, session};

    let db = crate::error::db()?;
    let (_, user) = signed_in_account(&db).await?;
    let ended = session::revoke_all(&db, user.id).await?;
    let client = auth::client_info();
    let detail = format!("{ended} sessions ended");
    let entry = audit::Entry {
        actor_user_id: Some(user.id),
        action: audit::action::SIGN_OUT_EVERYWHERE,
        subject: Some(&user.email),
        detail: &detail,
        client_address: client.address.as_deref(),
    };
    audit::record(&db, entry, chrono::Utc::now()).await?;
    auth::clear_session_cookie();
    leptos_axum::redirect("/sign-in");
    Ok(())
}
