//! Whose account a provider identity opens: an identity linked before, an account or an
//! open invitation with the same verified email, or — only where the instance allows open
//! registration — a new account with no coalition roles.

use chrono::{DateTime, Utc};
use entities::{external_identity, user};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter,
};

use super::{flow::OAuthError, identity::ProviderIdentity};
use crate::{
    auth::{
        audit::{self, Entry, action},
        session::ClientInfo,
    },
    members::server::{admit, open_invitation_for},
};

/// The account `identity` signs in to, linking it on first use. Run inside a transaction.
pub async fn account_for(
    txn: &impl ConnectionTrait,
    provider: &str,
    identity: &ProviderIdentity,
    open_registration: bool,
    client: &ClientInfo,
    now: DateTime<Utc>,
) -> Result<user::Model, OAuthError> {
    let linked = external_identity::Entity::find()
        .filter(external_identity::Column::Provider.eq(provider))
        .filter(external_identity::Column::Subject.eq(&identity.subject))
        .find_also_related(user::Entity)
        .one(txn)
        .await?;
    if let Some((link, Some(user))) = linked {
        let mut active: external_identity::ActiveModel = link.into();
        active.last_used_at = Set(now);
        active.update(txn).await?;
        return Ok(user);
    }

    let email = match (&identity.email, identity.email_verified) {
        (Some(email), true) => email.clone(),
        _ => return Err(OAuthError::EmailNotVerified),
    };
    let existing = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(txn)
        .await?;
    let user = match existing {
        Some(user) => user,
        None => {
            let name = display_name(identity, &email);
            if let Some(invitation) = open_invitation_for(txn, &email, now).await? {
                admit(txn, &invitation, &name, None, client, now)
                    .await?
                    .ok_or(OAuthError::NotInvited)?
            } else if open_registration {
                register(txn, &email, &name, now).await?
            } else {
                return Err(OAuthError::NotInvited);
            }
        }
    };
    external_identity::ActiveModel {
        user_id: Set(user.id),
        provider: Set(provider.to_string()),
        subject: Set(identity.subject.clone()),
        email: Set(email.clone()),
        created_at: Set(now),
        last_used_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let entry = Entry {
        actor_user_id: Some(user.id),
        action: action::IDENTITY_LINKED,
        subject: Some(&email),
        detail: provider,
        client_address: client.address.as_deref(),
    };
    audit::record(txn, entry, now).await?;
    Ok(user)
}

/// The provider's name for the person, else the email's local part.
fn display_name(identity: &ProviderIdentity, email: &str) -> String {
    identity
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| n.chars().take(120).collect())
        .unwrap_or_else(|| email.split('@').next().unwrap_or(email).to_string())
}

/// A new account with no password and no coalition roles (open registration only).
async fn register(
    txn: &impl ConnectionTrait,
    email: &str,
    name: &str,
    now: DateTime<Utc>,
) -> Result<user::Model, DbErr> {
    user::ActiveModel {
        email: Set(email.to_string()),
        display_name: Set(name.to_string()),
        locale: Set(crate::i18n::server::request_locale().code().to_string()),
        password_hash: Set(None),
        totp_secret: Set(None),
        totp_last_step: Set(None),
        is_admin: Set(false),
        disabled: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(txn)
    .await
}
