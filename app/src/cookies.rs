//! Reading and setting cookies on the current request (server only). Every cookie Shadowdesk
//! sets is `HttpOnly; SameSite=Lax; Path=/`, and `Secure` when the site is served over https.

use http::{HeaderValue, header};
use leptos::prelude::*;

/// The value of cookie `name` in the current request.
pub fn request_cookie(name: &str) -> Option<String> {
    cookie_in(&use_context::<http::request::Parts>()?.headers, name)
}

/// Whether the request reached the site over https (directly or through a proxy that says so).
pub fn request_is_https() -> bool {
    use_context::<http::request::Parts>().is_some_and(|parts| is_https(&parts))
}

/// Whether a request with these `parts` reached the site over https.
pub fn is_https(parts: &http::request::Parts) -> bool {
    parts.uri.scheme_str() == Some("https")
        || parts
            .headers
            .get("x-forwarded-proto")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"))
}

/// A `Set-Cookie` value with Shadowdesk's attributes, for `max_age_seconds` (0 deletes it).
pub fn cookie_header(name: &str, value: &str, max_age_seconds: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={value}; Path=/; Max-Age={max_age_seconds}; HttpOnly; SameSite=Lax{secure}")
}

/// Sets cookie `name` on the current response for `max_age_seconds` (0 deletes it).
pub fn set_cookie(name: &str, value: &str, max_age_seconds: i64) {
    let cookie = cookie_header(name, value, max_age_seconds, request_is_https());
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(&cookie),
    ) {
        response.append_header(header::SET_COOKIE, value);
    }
}

/// The value of cookie `name` in `headers`.
pub fn cookie_in(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(cookie, _)| *cookie == name)
        .map(|(_, value)| value.to_string())
}
