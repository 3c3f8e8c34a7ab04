//! Server functions of the first run: the setup link and the first administrator.

use leptos::prelude::*;

use crate::error::ApiError;

/// Whether the setup link behind `token` is open: `NotFound` once an administrator exists,
/// whatever the token; a translated refusal for an unknown, used or expired link.
#[server(endpoint = "setup_link")]
pub async fn setup_link(token: String) -> Result<(), ApiError> {
    use super::server::{SetupRefusal, open_setup_link};
    use crate::error::AppError;

    let db = crate::error::db()?;
    match open_setup_link(&db, &token, chrono::Utc::now()).await? {
        Ok(_) => Ok(()),
        Err(SetupRefusal::Closed) => Err(AppError::NotFound.into()),
        Err(refusal) => Err(AppError::invalid(refusal.message_key()).into()),
    }
}

/// Creates the first administrator through the setup link, signs them in and opens the
/// administration of coalitions.
#[server(endpoint = "complete_setup")]
pub async fn complete_setup(
    token: String,
    email: String,
    display_name: String,
    password: String,
) -> Result<(), ApiError> {
    use crate::auth::server as auth;

    let db = crate::error::db()?;
    let new = super::server::NewAdmin {
        email: &email,
        display_name: &display_name,
        password: &password,
    };
    let client = auth::client_info();
    let session =
        super::server::complete_setup(&db, &token, new, &client, auth::session_policy()).await?;
    auth::set_session_cookie(&session);
    leptos_axum::redirect(super::FIRST_PAGE);
    Ok(())
}
