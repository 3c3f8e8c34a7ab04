//! The authorization-code flow with PKCE: send the person to the provider with a fresh
//! `state` (stored hashed, and echoed in a cookie so the callback must come back to the same
//! browser), then on the callback check the state once, exchange the code with the PKCE
//! verifier, read the identity and open a session.

use chrono::{DateTime, Duration, Utc};
use entities::oauth_authorization;
use oauth2::{
    AuthType, AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, Scope, TokenResponse, TokenUrl, basic::BasicClient,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter,
};

use super::{
    identity::{self, IdentityError},
    link,
};
use crate::auth::{
    audit::{self, Entry, action},
    providers::{IdentityProviders, OAuthProvider},
    server::{Opened, open_session},
    session::{ClientInfo, SessionPolicy, token_id},
};

/// The cookie that ties a callback to the browser that started the sign-in.
pub const STATE_COOKIE: &str = "shadowdesk_oauth_state";
/// How long a person has at the provider before the sign-in must start again.
pub const AUTHORIZATION_MINUTES: i64 = 10;

/// Why a provider sign-in failed; each maps to a translated message on the sign-in page.
#[derive(Debug, thiserror::Error)]
pub enum OAuthError {
    #[error("unknown sign-in provider")]
    UnknownProvider,
    #[error("the provider refused or the person cancelled: {0}")]
    ProviderRefused(String),
    #[error("missing, unknown, expired, reused or foreign state")]
    InvalidState,
    #[error("code exchange failed: {0}")]
    Exchange(String),
    #[error(transparent)]
    Identity(#[from] IdentityError),
    #[error("the provider did not confirm the email address")]
    EmailNotVerified,
    #[error("no account or invitation for this email")]
    NotInvited,
    #[error("account disabled")]
    Disabled,
    #[error("invalid provider configuration: {0}")]
    Configuration(String),
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl OAuthError {
    /// The translation key of the message shown on the sign-in page.
    pub fn message_key(&self) -> &'static str {
        match self {
            OAuthError::ProviderRefused(_) => "oauth-error-refused",
            OAuthError::InvalidState | OAuthError::UnknownProvider => "oauth-error-state",
            OAuthError::EmailNotVerified => "oauth-error-unverified",
            OAuthError::NotInvited => "oauth-error-not-invited",
            OAuthError::Disabled => "sign-in-disabled",
            OAuthError::Exchange(_)
            | OAuthError::Identity(_)
            | OAuthError::Configuration(_)
            | OAuthError::Database(_) => "oauth-error-failed",
        }
    }
}

/// The HTTP client for token and user-info requests: it never follows redirects (a redirect
/// from a token endpoint is refused rather than chased) and gives up after 15 seconds.
pub fn http_client() -> Result<reqwest::Client, OAuthError> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(15))
        .build()
        .map_err(|e| OAuthError::Configuration(e.to_string()))
}

type ConfiguredClient = oauth2::Client<
    oauth2::basic::BasicErrorResponse,
    oauth2::basic::BasicTokenResponse,
    oauth2::basic::BasicTokenIntrospectionResponse,
    oauth2::StandardRevocableToken,
    oauth2::basic::BasicRevocationErrorResponse,
    oauth2::EndpointSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointSet,
>;

fn client(provider: &OAuthProvider, redirect_uri: &str) -> Result<ConfiguredClient, OAuthError> {
    let bad = |e: oauth2::url::ParseError| OAuthError::Configuration(e.to_string());
    let mut client = BasicClient::new(ClientId::new(provider.client_id.clone()))
        .set_auth_uri(AuthUrl::new(provider.authorize_url.clone()).map_err(bad)?)
        .set_token_uri(TokenUrl::new(provider.token_url.clone()).map_err(bad)?)
        .set_redirect_uri(RedirectUrl::new(redirect_uri.to_string()).map_err(bad)?)
        .set_auth_type(AuthType::RequestBody);
    if let Some(secret) = &provider.client_secret {
        client = client.set_client_secret(ClientSecret::new(secret.clone()));
    }
    Ok(client)
}

/// Where to send the browser, and the state to remember in its cookie.
#[derive(Debug)]
pub struct Started {
    pub url: String,
    pub state: String,
}

/// Starts a sign-in with `provider`: a fresh state and PKCE pair, stored for
/// [`AUTHORIZATION_MINUTES`]. Stale authorisations are swept on the way.
pub async fn begin(
    db: &impl ConnectionTrait,
    provider: &OAuthProvider,
    redirect_uri: &str,
    now: DateTime<Utc>,
) -> Result<Started, OAuthError> {
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, state) = client(provider, redirect_uri)?
        .authorize_url(CsrfToken::new_random)
        .add_scopes(provider.scopes.iter().cloned().map(Scope::new))
        .set_pkce_challenge(challenge)
        .url();
    oauth_authorization::Entity::delete_many()
        .filter(oauth_authorization::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    oauth_authorization::ActiveModel {
        state_hash: Set(token_id(state.secret())),
        provider: Set(provider.id.clone()),
        pkce_verifier: Set(verifier.secret().clone()),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(AUTHORIZATION_MINUTES)),
    }
    .insert(db)
    .await?;
    Ok(Started {
        url: url.to_string(),
        state: state.secret().clone(),
    })
}

/// What the provider sent back to the callback URL.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct Callback {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
}

/// Takes (deletes) the pending authorisation for `state`: it works once, for the provider it
/// was made for, before it expires. Returns the PKCE verifier.
async fn take_authorization(
    db: &impl ConnectionTrait,
    provider: &str,
    state: &str,
    now: DateTime<Utc>,
) -> Result<String, OAuthError> {
    let hash = token_id(state);
    let found = oauth_authorization::Entity::find_by_id(hash.clone())
        .one(db)
        .await?
        .ok_or(OAuthError::InvalidState)?;
    let taken = oauth_authorization::Entity::delete_many()
        .filter(oauth_authorization::Column::StateHash.eq(hash))
        .exec(db)
        .await?;
    if taken.rows_affected != 1 || found.provider != provider || found.expires_at <= now {
        return Err(OAuthError::InvalidState);
    }
    Ok(found.pkce_verifier)
}

/// Everything `finish` needs besides the callback itself.
pub struct CallbackContext<'a> {
    pub providers: &'a IdentityProviders,
    pub provider_id: &'a str,
    /// The state in the browser's cookie.
    pub browser_state: Option<&'a str>,
    pub redirect_uri: &'a str,
    pub client: &'a ClientInfo,
    pub policy: SessionPolicy,
}

/// Completes a sign-in from the provider's callback and opens a session. Failures are
/// recorded in the audit log and change nothing else.
pub async fn finish(
    db: &DatabaseConnection,
    callback: Callback,
    context: CallbackContext<'_>,
) -> Result<Opened, OAuthError> {
    let now = Utc::now();
    let result = complete(db, callback, &context, now).await;
    if let Err(error) = &result {
        let detail = format!("{}: {error}", context.provider_id);
        let entry = Entry {
            actor_user_id: None,
            action: action::SIGN_IN_FAILED,
            subject: None,
            detail: &detail,
            client_address: context.client.address.as_deref(),
        };
        audit::record(db, entry, now).await?;
    }
    result
}

async fn complete(
    db: &DatabaseConnection,
    callback: Callback,
    context: &CallbackContext<'_>,
    now: DateTime<Utc>,
) -> Result<Opened, OAuthError> {
    let provider = context
        .providers
        .get(context.provider_id)
        .ok_or(OAuthError::UnknownProvider)?;
    let state = callback.state.as_deref().ok_or(OAuthError::InvalidState)?;
    // The state in the URL must be the one this browser was given, and known to the server.
    if context.browser_state != Some(state) {
        // Still spend it, so a leaked callback URL cannot be replayed elsewhere.
        let _ = take_authorization(db, &provider.id, state, now).await;
        return Err(OAuthError::InvalidState);
    }
    let verifier = take_authorization(db, &provider.id, state, now).await?;
    if let Some(error) = callback.error {
        let description = callback.error_description.unwrap_or_default();
        return Err(OAuthError::ProviderRefused(format!(
            "{error} {description}"
        )));
    }
    let code = callback.code.ok_or(OAuthError::InvalidState)?;

    let http = http_client()?;
    let token = client(provider, context.redirect_uri)?
        .exchange_code(AuthorizationCode::new(code))
        .set_pkce_verifier(PkceCodeVerifier::new(verifier))
        .request_async(&http)
        .await
        .map_err(|e| OAuthError::Exchange(e.to_string()))?;
    let identity = identity::fetch(&http, provider, token.access_token().secret()).await?;

    let txn = crate::transaction::begin(db).await?;
    let user = link::account_for(
        &txn,
        &provider.id,
        &identity,
        context.providers.open_registration,
        context.client,
        now,
    )
    .await?;
    if user.disabled {
        return Err(OAuthError::Disabled);
    }
    let method = format!("provider {}", provider.id);
    let opened = open_session(&txn, &user, &method, context.client, context.policy, now).await?;
    txn.commit().await?;
    Ok(opened)
}
