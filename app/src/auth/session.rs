//! Server-side sessions: the cookie holds a random token, the database its SHA-256, so every
//! app server sharing the database recognises the session and a leaked table opens nothing.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Duration, Utc};
use entities::{session, user};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};
use sha2::{Digest, Sha256};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "shadowdesk_session";

/// How long sessions live.
#[derive(Clone, Copy, Debug)]
pub struct SessionPolicy {
    /// A session unused for this long ends.
    pub idle: Duration,
    /// A session ends this long after sign-in, however active.
    pub absolute: Duration,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        SessionPolicy {
            idle: Duration::hours(8),
            absolute: Duration::days(14),
        }
    }
}

/// A fresh random token (256 bits, URL-safe base64).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The database id of a token: its hex SHA-256.
pub fn token_id(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Where a sign-in came from, kept with the session for the person's own review.
#[derive(Clone, Debug, Default)]
pub struct ClientInfo {
    pub address: Option<String>,
    pub user_agent: Option<String>,
}

/// How long someone has to give their second factor after the first.
pub const SECOND_FACTOR_WINDOW_MINUTES: i64 = 5;

/// Creates a session for `user_id` and returns the token for the cookie.
pub async fn create(
    db: &impl ConnectionTrait,
    user_id: i32,
    policy: SessionPolicy,
    client: &ClientInfo,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    insert(db, user_id, client, now, now + policy.absolute, false).await
}

/// Creates a session that signs nobody in until the second factor is given (within
/// [`SECOND_FACTOR_WINDOW_MINUTES`]); returns the token for the cookie.
pub async fn create_pending(
    db: &impl ConnectionTrait,
    user_id: i32,
    client: &ClientInfo,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    let expires = now + Duration::minutes(SECOND_FACTOR_WINDOW_MINUTES);
    insert(db, user_id, client, now, expires, true).await
}

async fn insert(
    db: &impl ConnectionTrait,
    user_id: i32,
    client: &ClientInfo,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    second_factor_pending: bool,
) -> Result<String, DbErr> {
    let token = new_token();
    session::ActiveModel {
        id: Set(token_id(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(expires_at),
        client_address: Set(client.address.clone()),
        user_agent: Set(client.user_agent.clone()),
        second_factor_pending: Set(second_factor_pending),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The user behind `token` if the session is live, fully signed in and the account enabled.
/// Expired sessions are deleted; the last-seen time is refreshed at most once a minute.
pub async fn resolve(
    db: &impl ConnectionTrait,
    token: &str,
    policy: SessionPolicy,
    now: DateTime<Utc>,
) -> Result<Option<(session::Model, user::Model)>, DbErr> {
    let Some((session, user)) = live(db, token, policy, now).await? else {
        return Ok(None);
    };
    if session.second_factor_pending {
        return Ok(None);
    }
    let session = if now - session.last_seen_at >= Duration::minutes(1) {
        let mut active: session::ActiveModel = session.clone().into();
        active.last_seen_at = Set(now);
        match active.update(db).await {
            Ok(updated) => updated,
            // A full or read-only database must not stop people reading: the session is
            // live, only its last use goes unrecorded this time.
            Err(error) if crate::storage_trouble::StorageTrouble::of(&error).is_some() => {
                tracing::warn!(%error, "recording a session's last use");
                session
            }
            Err(error) => return Err(error),
        }
    } else {
        session
    };
    Ok(Some((session, user)))
}

/// The session behind `token` if it is live and still owes its second factor.
pub async fn resolve_pending(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<(session::Model, user::Model)>, DbErr> {
    Ok(live(db, token, SessionPolicy::default(), now)
        .await?
        .filter(|(session, _)| session.second_factor_pending))
}

/// The unexpired session behind `token` and its enabled user; deletes it if it has expired.
async fn live(
    db: &impl ConnectionTrait,
    token: &str,
    policy: SessionPolicy,
    now: DateTime<Utc>,
) -> Result<Option<(session::Model, user::Model)>, DbErr> {
    let Some((session, Some(user))) = session::Entity::find_by_id(token_id(token))
        .find_also_related(user::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if now >= session.expires_at || now - session.last_seen_at >= policy.idle {
        session::Entity::delete_by_id(session.id).exec(db).await?;
        return Ok(None);
    }
    if user.disabled {
        return Ok(None);
    }
    Ok(Some((session, user)))
}

/// Ends one session.
pub async fn revoke(db: &impl ConnectionTrait, session_id: &str) -> Result<(), DbErr> {
    session::Entity::delete_by_id(session_id.to_string())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of `user_id`; returns how many there were.
pub async fn revoke_all(db: &impl ConnectionTrait, user_id: i32) -> Result<u64, DbErr> {
    Ok(session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(db)
        .await?
        .rows_affected)
}

/// Ends every session of `user_id` except `keep`; returns how many there were.
pub async fn revoke_others(
    db: &impl ConnectionTrait,
    user_id: i32,
    keep: &str,
) -> Result<u64, DbErr> {
    Ok(session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::Id.ne(keep))
        .exec(db)
        .await?
        .rows_affected)
}

/// The live sessions of `user_id`, most recently used first.
pub async fn list(
    db: &impl ConnectionTrait,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<session::Model>, DbErr> {
    session::Entity::find()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::ExpiresAt.gt(now))
        .filter(session::Column::SecondFactorPending.eq(false))
        .order_by_desc(session::Column::LastSeenAt)
        .all(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_stored_only_as_hashes() {
        let a = new_token();
        let b = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43, "32 bytes in unpadded base64");
        let id = token_id(&a);
        assert_eq!(id.len(), 64);
        assert!(!id.contains(&a));
        assert_eq!(id, token_id(&a));
    }
}
