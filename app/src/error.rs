//! Errors: [`AppError`] inside the server, [`ApiError`] on the wire. The one conversion between
//! them is where internal detail is logged and replaced by a request id.

use leptos::{
    prelude::*,
    server_fn::{codec::JsonEncoding, error::FromServerFnError},
};
use serde::{Deserialize, Serialize};

/// What a server function tells the browser when it fails.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum ApiError {
    /// The input breaks a rule; the message names the field and the rule.
    #[error("{0}")]
    Invalid(String),
    /// The request needs a signed-in user.
    #[error("sign-in required")]
    Unauthenticated,
    /// The signed-in user's role does not allow this.
    #[error("not allowed")]
    Forbidden,
    /// There is nothing at this address (or no longer: a finished setup).
    #[error("not found")]
    NotFound,
    /// The database cannot take requests right now (unreachable, full, read-only); the
    /// message says which, and nothing was changed.
    #[error("{0}")]
    Unavailable(String),
    /// Something failed inside the server; the log line carries this request id.
    #[error("internal error (request id {request_id})")]
    Internal { request_id: String },
    /// The call itself failed: network, (de)serialisation, a missing argument.
    #[error("{0}")]
    Transport(String),
}

impl FromServerFnError for ApiError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        // On the server, arguments that are missing or of the wrong type are the caller's
        // mistake: a 400 with a clear message, not a transport failure.
        #[cfg(feature = "ssr")]
        if let ServerFnErrorErr::Args(detail) | ServerFnErrorErr::MissingArg(detail) = &value {
            return malformed_request(detail);
        }
        ApiError::Transport(value.to_string())
    }
}

/// A request whose arguments could not be read: answers 400 with the translated explanation
/// and what the reader said (which field, which rule). Nothing ran, so nothing changed.
#[cfg(feature = "ssr")]
fn malformed_request(detail: &str) -> ApiError {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::BAD_REQUEST);
    }
    let detail: String = detail.chars().take(300).collect();
    ApiError::Invalid(crate::i18n::translate_with(
        crate::i18n::server::request_locale(),
        "request-malformed",
        &[("detail", detail.into())],
    ))
}

/// What can go wrong inside a server function (never sent to the browser as it is).
#[cfg(feature = "ssr")]
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The input breaks a rule; the message names the field and the rule.
    #[error("{0}")]
    Validation(String),
    /// Too many attempts; the message says when to try again.
    #[error("{0}")]
    TooManyRequests(String),
    /// The request needs a signed-in user.
    #[error("not signed in")]
    Unauthenticated,
    /// The policy refused the action.
    #[error("forbidden by the authorisation policy")]
    Forbidden,
    /// Nothing is at this address.
    #[error("not found")]
    NotFound,
    /// The database refused or failed a query.
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    /// The server was started without a database connection in the request context.
    #[error("no database connection in the request context")]
    NoDatabase,
    /// The server was started without a search index in the request context.
    #[error("no search index in the request context")]
    NoSearchIndex,
    /// Writing an export file failed.
    #[error("export: {0}")]
    Export(String),
    /// Identities cannot be sealed or opened: the key store is missing or damaged.
    #[error("sealing: {0}")]
    Sealing(String),
}

#[cfg(feature = "ssr")]
impl AppError {
    /// A validation refusal with the message under `key`, in the request's language.
    pub fn invalid(key: &str) -> Self {
        AppError::Validation(crate::i18n::translate(
            crate::i18n::server::request_locale(),
            key,
        ))
    }

    /// A validation refusal with the message under `key` and its Fluent arguments
    /// (e.g. the line of a template that is wrong).
    pub fn invalid_with(
        key: &str,
        args: &[(
            &'static str,
            fluent_templates::fluent_bundle::FluentValue<'static>,
        )],
    ) -> Self {
        AppError::Validation(crate::i18n::translate_with(
            crate::i18n::server::request_locale(),
            key,
            args,
        ))
    }
}

/// Validation errors answer 422 with their message; the database's own troubles (unreachable,
/// full, read-only) answer 503 saying which. Internal errors answer 500: they are logged
/// with their detail and the request id, and the browser gets only that id.
#[cfg(feature = "ssr")]
impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        let trouble = match &err {
            AppError::Database(error) => crate::storage_trouble::StorageTrouble::of(error),
            _ => None,
        };
        let (status, api) = match err {
            AppError::Validation(message) => (
                http::StatusCode::UNPROCESSABLE_ENTITY,
                ApiError::Invalid(message),
            ),
            AppError::TooManyRequests(message) => (
                http::StatusCode::TOO_MANY_REQUESTS,
                ApiError::Invalid(message),
            ),
            AppError::Unauthenticated => {
                (http::StatusCode::UNAUTHORIZED, ApiError::Unauthenticated)
            }
            AppError::Forbidden => (http::StatusCode::FORBIDDEN, ApiError::Forbidden),
            AppError::NotFound => (http::StatusCode::NOT_FOUND, ApiError::NotFound),
            AppError::Database(error) if trouble.is_some() => {
                let key = trouble.map_or("storage-failing", |t| t.message_key());
                let request_id = request_id().unwrap_or_else(|| "-".to_string());
                tracing::error!(%error, %request_id, ?trouble, "the database cannot take requests");
                (
                    http::StatusCode::SERVICE_UNAVAILABLE,
                    ApiError::Unavailable(crate::i18n::translate(
                        crate::i18n::server::request_locale(),
                        key,
                    )),
                )
            }
            AppError::Sealing(detail) => {
                let request_id = request_id().unwrap_or_else(|| "-".to_string());
                tracing::error!(%detail, %request_id, "identities cannot be sealed or opened");
                (
                    http::StatusCode::SERVICE_UNAVAILABLE,
                    ApiError::Unavailable(crate::i18n::translate(
                        crate::i18n::server::request_locale(),
                        "identity-keys-unavailable",
                    )),
                )
            }
            internal => {
                let request_id = request_id().unwrap_or_else(|| "-".to_string());
                tracing::error!(error = %internal, %request_id, "server function failed");
                (
                    http::StatusCode::INTERNAL_SERVER_ERROR,
                    ApiError::Internal { request_id },
                )
            }
        };
        // A server-function call answers with the status; a page that rendered the error in
        // place (a resource loaded during server rendering) keeps its own.
        if let (Some(response), true) = (
            use_context::<leptos_axum::ResponseOptions>(),
            is_server_function_call(),
        ) {
            response.set_status(status);
        }
        api
    }
}

/// Whether the current request calls a server function (as opposed to rendering a page).
#[cfg(feature = "ssr")]
fn is_server_function_call() -> bool {
    use_context::<http::request::Parts>().is_some_and(|parts| parts.uri.path().starts_with("/api/"))
}

/// Database errors inside a server function are internal errors.
#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for ApiError {
    fn from(err: sea_orm::DbErr) -> Self {
        AppError::from(err).into()
    }
}

/// The id that the server's request-id middleware gave the current request.
#[cfg(feature = "ssr")]
pub fn request_id() -> Option<String> {
    use_context::<http::request::Parts>()?
        .headers
        .get("x-request-id")?
        .to_str()
        .ok()
        .map(str::to_string)
}

/// The database connection the server put into the request context.
#[cfg(feature = "ssr")]
pub fn db() -> Result<sea_orm::DatabaseConnection, AppError> {
    use_context::<sea_orm::DatabaseConnection>().ok_or(AppError::NoDatabase)
}
