//! Upload routes take only multipart forms: any other body gets a translated 400 before it
//! reaches the server function, whose reader would otherwise fail on the missing boundary.

use app::{error::ApiError, i18n, uploads::MULTIPART_ENDPOINTS};
use axum::{
    extract::Request,
    http::{StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Whether a `Content-Type` names a multipart form with its boundary.
fn is_multipart_form(content_type: &str) -> bool {
    let lower = content_type.to_ascii_lowercase();
    lower.starts_with("multipart/form-data")
        && lower.split(';').any(|part| {
            part.trim()
                .strip_prefix("boundary=")
                .is_some_and(|b| !b.is_empty())
        })
}

/// Refuses a request to an upload route whose body is not a multipart form.
pub async fn require_multipart_uploads(request: Request, next: Next) -> Response {
    if !MULTIPART_ENDPOINTS.contains(&request.uri().path()) {
        return next.run(request).await;
    }
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(is_multipart_form);
    if multipart {
        return next.run(request).await;
    }
    let locale = i18n::server::locale_of(request.headers());
    let detail = i18n::translate(locale, "request-not-multipart");
    let message = i18n::translate_with(locale, "request-malformed", &[("detail", detail.into())]);
    let body = serde_json::to_string(&ApiError::Invalid(message)).unwrap_or_default();
    (
        StatusCode::BAD_REQUEST,
        [(header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::is_multipart_form;

    #[test]
    fn only_a_multipart_form_with_a_boundary_passes() {
        assert!(is_multipart_form("multipart/form-data; boundary=abc"));
        assert!(is_multipart_form(
            "Multipart/Form-Data;charset=utf-8; boundary=x"
        ));
        assert!(!is_multipart_form("multipart/form-data"));
        assert!(!is_multipart_form("multipart/form-data; boundary="));
        assert!(!is_multipart_form("application/x-www-form-urlencoded"));
    }
}
