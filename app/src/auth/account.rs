//! Changing one's own account: display name, language, password (server only).

use chrono::{DateTime, Utc};
use entities::{coalition, coalition_role, external_identity, user};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, QueryOrder,
};

use super::{
    audit::{self, Entry, action},
    password::{self, PasswordRule},
    session::{self, ClientInfo},
};
use crate::i18n::Locale;

/// Why an account change was refused.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("display name must be 1 to 120 characters")]
    Name,
    #[error("unknown language")]
    Locale,
    #[error("current password is wrong")]
    WrongPassword,
    #[error("new password breaks a rule: {0:?}")]
    NewPassword(PasswordRule),
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Checks a display name and returns it trimmed.
pub fn valid_display_name(name: &str) -> Result<&str, AccountError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        return Err(AccountError::Name);
    }
    Ok(name)
}

/// Sets the display name and preferred language; returns the language.
pub async fn update_profile(
    db: &impl ConnectionTrait,
    user: user::Model,
    display_name: &str,
    locale: &str,
    client: &ClientInfo,
    now: DateTime<Utc>,
) -> Result<Locale, AccountError> {
    let display_name = valid_display_name(display_name)?.to_string();
    let locale = Locale::from_code(locale).ok_or(AccountError::Locale)?;
    let email = user.email.clone();
    let version = user.version;
    let mut active: user::ActiveModel = user.into();
    active.display_name = Set(display_name);
    active.locale = Set(locale.code().to_string());
    active.updated_at = Set(now);
    active.version = Set(version + 1);
    let updated = active.update(db).await?;
    let entry = Entry {
        actor_user_id: Some(updated.id),
        action: action::PROFILE_UPDATED,
        subject: Some(&email),
        detail: locale.code(),
        client_address: client.address.as_deref(),
    };
    audit::record(db, entry, now).await?;
    Ok(locale)
}

/// Changes the password after checking the current one, and ends every other session of the
/// account (whoever may have learnt the old password is signed out). One transaction.
pub async fn change_password(
    db: &DatabaseConnection,
    user: &user::Model,
    current_session: &str,
    current_password: &str,
    new_password: &str,
    client: &ClientInfo,
    now: DateTime<Utc>,
) -> Result<u64, AccountError> {
    let stored = user.password_hash.as_deref();
    if !password::verify(current_password, stored.unwrap_or(password::decoy_hash()))
        || stored.is_none()
    {
        return Err(AccountError::WrongPassword);
    }
    password::check_new_password(new_password, &user.email).map_err(AccountError::NewPassword)?;
    let hash = password::hash(new_password)
        .map_err(|e| DbErr::Custom(format!("password hashing: {e}")))?;
    let txn = crate::transaction::begin(db).await?;
    let mut active: user::ActiveModel = user.clone().into();
    active.password_hash = Set(Some(hash));
    active.updated_at = Set(now);
    active.version = Set(user.version + 1);
    active.update(&txn).await?;
    let ended = session::revoke_others(&txn, user.id, current_session).await?;
    let detail = format!("{ended} other sessions ended");
    let entry = Entry {
        actor_user_id: Some(user.id),
        action: action::PASSWORD_CHANGED,
        subject: Some(&user.email),
        detail: &detail,
        client_address: client.address.as_deref(),
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(ended)
}

/// The names of the coalitions that require a second factor and in which `user_id` holds a
/// role, alphabetically.
pub async fn coalitions_requiring_second_factor(
    db: &impl ConnectionTrait,
    user_id: i32,
) -> Result<Vec<(i32, String)>, DbErr> {
    let roles: Vec<i32> = coalition_role::Entity::find()
        .filter(coalition_role::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.coalition_id)
        .collect();
    Ok(coalition::Entity::find()
        .filter(coalition::Column::Id.is_in(roles))
        .filter(coalition::Column::RequireSecondFactor.eq(true))
        .order_by_asc(coalition::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect())
}

/// The provider identities linked to `user_id`: (provider id, email).
pub async fn linked_identities(
    db: &impl ConnectionTrait,
    user_id: i32,
) -> Result<Vec<(String, String)>, DbErr> {
    Ok(external_identity::Entity::find()
        .filter(external_identity::Column::UserId.eq(user_id))
        .order_by_asc(external_identity::Column::Provider)
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.provider, i.email))
        .collect())
}
