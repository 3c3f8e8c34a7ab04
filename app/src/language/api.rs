//! Server function that remembers the interface language a person chose.

use leptos::prelude::*;

use crate::{error::ApiError, i18n::Locale};

/// Remembers `locale` (a code such as `ru`) in a cookie and returns the parsed locale.
#[server(endpoint = "set_locale")]
pub async fn set_locale(locale: String) -> Result<Locale, ApiError> {
    let parsed = Locale::from_code(&locale).ok_or_else(|| {
        ApiError::from(crate::error::AppError::Validation(
            "locale: must be one of en, ru, kk".to_string(),
        ))
    })?;
    crate::i18n::server::remember_locale(parsed);
    Ok(parsed)
}
