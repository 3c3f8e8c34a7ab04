//! Server side of the translation layer: reading the request's language and remembering a choice.

use http::header;
use leptos::prelude::*;

use super::{LOCALE_COOKIE, Locale};
use crate::cookies::{request_cookie, set_cookie};

/// The locale for this request: the remembered cookie, else `Accept-Language`, else English.
pub fn request_locale() -> Locale {
    request_cookie(LOCALE_COOKIE)
        .and_then(|code| Locale::from_code(&code))
        .or_else(|| {
            use_context::<http::request::Parts>()?
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_default()
}

/// The locale of a request with these `headers`, as [`request_locale`] chooses it, for code
/// that runs before the request reaches Leptos (middleware).
pub fn locale_of(headers: &http::HeaderMap) -> Locale {
    crate::cookies::cookie_in(headers, LOCALE_COOKIE)
        .and_then(|code| Locale::from_code(&code))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_default()
}

/// Remembers `locale` for a year in a cookie on the current response.
pub fn remember_locale(locale: Locale) {
    set_cookie(LOCALE_COOKIE, locale.code(), 365 * 24 * 60 * 60);
}
