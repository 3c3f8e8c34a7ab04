//! Server function that remembers the interface language a person chose.

use leptos::prelude::*;

use super::Locale;
use crate::error::ApiError;

/// Remembers `locale` (a code such as `ru`) in a cookie and returns the parsed locale.
#[server(endpoint = "set_locale")]
pub async fn set_locale(locale: String) -> Result<Locale, ApiError> {
    let parsed = Locale::from_code(&locale).ok_or_else(|| {
        ApiError::from(crate::error::AppError::Validation(
            "locale: must be one of en, ru, kk".to_string(),
        ))
    })?;
    super::server::remember_locale(parsed);
    Ok(parsed)
}
