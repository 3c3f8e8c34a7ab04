//! The first run (server only): a one-time setup link on an empty instance, and the
//! administrator accounts that `create-admin` and the setup page create.

use chrono::{DateTime, Duration, Utc};
use entities::{setup_token, user};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, sea_query::Expr,
};

use crate::{
    auth::{
        account::valid_display_name,
        audit::{self, Entry, action},
        password::{self, PasswordRule},
        server::{looks_like_email, normalise_email},
        session::{self, ClientInfo, SessionPolicy},
    },
    error::AppError,
};

/// How long a setup link works.
pub const SETUP_LINK_HOURS: i64 = 24;

/// Why an administrator account was not created. The web maps each to a translated message
/// ([`AdminError::message_key`]); the command line prints the English text.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("email: must be an address such as name@example.org")]
    Email,
    #[error("email: an account with this address already exists")]
    EmailTaken,
    #[error("name: must be 1 to 120 characters")]
    Name,
    #[error(transparent)]
    Password(#[from] PasswordRule),
    #[error("password hashing failed: {0}")]
    Hashing(String),
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

impl AdminError {
    /// The translation key of the message for this refusal; `None` for internal failures.
    pub fn message_key(&self) -> Option<&'static str> {
        match self {
            AdminError::Email => Some("admin-error-email"),
            AdminError::EmailTaken => Some("admin-error-email-taken"),
            AdminError::Name => Some("account-error-name"),
            AdminError::Password(rule) => Some(rule.message_key()),
            AdminError::Hashing(_) | AdminError::Database(_) => None,
        }
    }
}

impl From<AdminError> for AppError {
    fn from(error: AdminError) -> Self {
        match (error.message_key(), error) {
            (Some(key), _) => AppError::invalid(key),
            (None, AdminError::Database(db)) => AppError::Database(db),
            (None, other) => AppError::Database(DbErr::Custom(other.to_string())),
        }
    }
}

/// The administrator to create.
#[derive(Clone, Copy, Debug)]
pub struct NewAdmin<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password: &'a str,
}

/// How an administrator came to be, recorded in the audit entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdminOrigin {
    /// `shadowdesk create-admin` on the server.
    CommandLine,
    /// The one-time setup page of an empty instance.
    SetupPage,
}

impl AdminOrigin {
    fn detail(self) -> &'static str {
        match self {
            AdminOrigin::CommandLine => "command line",
            AdminOrigin::SetupPage => "setup page",
        }
    }
}

/// Whether the instance has any account at all.
pub async fn has_accounts(db: &impl ConnectionTrait) -> Result<bool, DbErr> {
    Ok(user::Entity::find().count(db).await? > 0)
}

/// Whether the instance has an administrator (then setup links open nothing).
pub async fn has_admin(db: &impl ConnectionTrait) -> Result<bool, DbErr> {
    Ok(user::Entity::find()
        .filter(user::Column::IsAdmin.eq(true))
        .count(db)
        .await?
        > 0)
}

/// On an instance with no account at all, stores a new setup link (its hash only) valid for
/// [`SETUP_LINK_HOURS`] and returns the token for the address `/setup/<token>`.
pub async fn issue_setup_token(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<Option<String>, DbErr> {
    if has_accounts(db).await? {
        return Ok(None);
    }
    let token = session::new_token();
    setup_token::ActiveModel {
        token_hash: Set(session::token_id(&token)),
        created_at: Set(now),
        expires_at: Set(now + Duration::hours(SETUP_LINK_HOURS)),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(Some(token))
}

/// Why a setup link opens nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupRefusal {
    /// An administrator exists: setup is over, whatever the token (the page answers 404).
    Closed,
    /// No such link.
    Unknown,
    /// The link created the first administrator already.
    Used,
    /// The link is older than [`SETUP_LINK_HOURS`].
    Expired,
}

impl SetupRefusal {
    /// The translation key of the message explaining the refusal.
    pub fn message_key(self) -> &'static str {
        match self {
            SetupRefusal::Closed => "not-found-body",
            SetupRefusal::Unknown => "setup-link-unknown",
            SetupRefusal::Used => "setup-link-used",
            SetupRefusal::Expired => "setup-link-expired",
        }
    }
}

/// The open setup link behind `token`, or why there is none.
pub async fn open_setup_link(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Result<setup_token::Model, SetupRefusal>, DbErr> {
    if has_admin(db).await? {
        return Ok(Err(SetupRefusal::Closed));
    }
    let found = setup_token::Entity::find()
        .filter(setup_token::Column::TokenHash.eq(session::token_id(token)))
        .one(db)
        .await?;
    Ok(match found {
        None => Err(SetupRefusal::Unknown),
        Some(link) if link.used_at.is_some() => Err(SetupRefusal::Used),
        Some(link) if link.expires_at <= now => Err(SetupRefusal::Expired),
        Some(link) => Ok(link),
    })
}

/// Creates an administrator account inside the caller's transaction after checking the
/// address, the name and the password (the invitation rules), and records it in the audit log.
pub async fn insert_admin(
    txn: &impl ConnectionTrait,
    new: NewAdmin<'_>,
    origin: AdminOrigin,
    client_address: Option<&str>,
    now: DateTime<Utc>,
) -> Result<user::Model, AdminError> {
    let email = normalise_email(new.email);
    if !looks_like_email(&email) {
        return Err(AdminError::Email);
    }
    let display_name = valid_display_name(new.display_name).map_err(|_| AdminError::Name)?;
    password::check_new_password(new.password, &email)?;
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .count(txn)
        .await?;
    if taken > 0 {
        return Err(AdminError::EmailTaken);
    }
    let hash = password::hash(new.password).map_err(|e| AdminError::Hashing(e.to_string()))?;
    let created = user::ActiveModel {
        email: Set(email),
        display_name: Set(display_name.to_string()),
        locale: Set(crate::i18n::server::request_locale().code().to_string()),
        password_hash: Set(Some(hash)),
        totp_secret: Set(None),
        totp_last_step: Set(None),
        is_admin: Set(true),
        disabled: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let entry = Entry {
        actor_user_id: Some(created.id),
        action: action::ADMIN_CREATED,
        subject: Some(&created.email),
        detail: origin.detail(),
        client_address,
    };
    audit::record(txn, entry, now).await?;
    Ok(created)
}

/// `shadowdesk create-admin`: one administrator, in one transaction.
pub async fn create_admin(
    db: &DatabaseConnection,
    new: NewAdmin<'_>,
) -> Result<user::Model, AdminError> {
    let txn = crate::transaction::begin(db).await?;
    let created = insert_admin(&txn, new, AdminOrigin::CommandLine, None, Utc::now()).await?;
    txn.commit().await?;
    Ok(created)
}

/// The setup page's form: in one transaction, checks the link, creates the first
/// administrator, marks the link used (only if still unused) and opens a session, whose token
/// it returns. A refused link or input changes nothing.
pub async fn complete_setup(
    db: &DatabaseConnection,
    token: &str,
    new: NewAdmin<'_>,
    client: &ClientInfo,
    policy: SessionPolicy,
) -> Result<String, AppError> {
    let now = Utc::now();
    let txn = crate::transaction::begin(db).await?;
    let link = match open_setup_link(&txn, token, now).await? {
        Ok(link) => link,
        Err(SetupRefusal::Closed) => return Err(AppError::NotFound),
        Err(refusal) => return Err(AppError::invalid(refusal.message_key())),
    };
    let created = insert_admin(
        &txn,
        new,
        AdminOrigin::SetupPage,
        client.address.as_deref(),
        now,
    )
    .await?;
    // Single use even under a race: only the request that flips used_at wins.
    let flipped = setup_token::Entity::update_many()
        .col_expr(setup_token::Column::UsedAt, Expr::value(now))
        .filter(setup_token::Column::Id.eq(link.id))
        .filter(setup_token::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if flipped.rows_affected != 1 {
        return Err(AppError::invalid(SetupRefusal::Used.message_key()));
    }
    let session = session::create(&txn, created.id, policy, client, now).await?;
    txn.commit().await?;
    Ok(session)
}
