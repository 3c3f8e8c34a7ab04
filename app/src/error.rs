//! Errors of the application layer, mapped once at the server-function boundary.

use leptos::prelude::*;

/// What can go wrong inside a server function.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The input breaks a rule; the message names the field and the rule.
    #[error("{0}")]
    Validation(String),
    /// The database refused or failed a query.
    #[cfg(feature = "ssr")]
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    /// The server was started without a database connection in the request context.
    #[error("no database connection in the request context")]
    NoDatabase,
}

/// Validation errors answer 422 with their message. Internal errors answer 500: they are logged
/// with their detail and the request id, and people see only a generic message with that id.
#[cfg(feature = "ssr")]
impl From<AppError> for ServerFnError {
    fn from(err: AppError) -> Self {
        let (status, message) = match err {
            AppError::Validation(message) => (http::StatusCode::UNPROCESSABLE_ENTITY, message),
            internal => {
                let request_id = request_id().unwrap_or_else(|| "-".to_string());
                tracing::error!(error = %internal, %request_id, "server function failed");
                (
                    http::StatusCode::INTERNAL_SERVER_ERROR,
                    format!("internal error (request id {request_id})"),
                )
            }
        };
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(status);
        }
        ServerFnError::new(message)
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
