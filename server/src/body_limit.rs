//! The request body cap: 24 MB for every route but the recommendation import, which streams
//! files of up to 1 GB to disk as they arrive (413 beyond the cap when the request says its
//! length; a body that grows past it without saying so is cut off where it crosses it).

use axum::{
    body::Body,
    extract::Request,
    http::{StatusCode, header::CONTENT_LENGTH},
    middleware::Next,
    response::{IntoResponse, Response},
};
use http_body_util::Limited;

/// The largest request body accepted on every other route: the largest of their uploads, an
/// evidence file of 20 MB, with room for its form; each upload then checks its own cap.
pub const MAX_REQUEST_BYTES: usize = 24 * 1024 * 1024;

/// The largest request body of the recommendation import: its 1 GB file cap, with room for
/// the form's other fields, so that the importer's own, clearer refusal comes first.
pub const MAX_IMPORT_REQUEST_BYTES: usize = 1024 * 1024 * 1024 + 1024 * 1024;

/// Routes that take large uploads, and their caps.
const LARGE_UPLOADS: [(&str, usize); 1] =
    [("/api/import_recommendations", MAX_IMPORT_REQUEST_BYTES)];

/// The cap of the route at `path`.
pub fn limit_for(path: &str) -> usize {
    LARGE_UPLOADS
        .iter()
        .find(|(route, _)| *route == path)
        .map_or(MAX_REQUEST_BYTES, |(_, limit)| *limit)
}

/// Refuses a declared length over the route's cap with 413 before reading anything, and caps
/// the body as it is read.
pub async fn limit_request_body(request: Request, next: Next) -> Response {
    let limit = limit_for(request.uri().path());
    let declared = request
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let (parts, body) = request.into_parts();
    let body = Body::new(Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_recommendation_import_takes_large_bodies() {
        assert_eq!(
            limit_for("/api/import_recommendations"),
            MAX_IMPORT_REQUEST_BYTES
        );
        assert_eq!(limit_for("/api/upload_evidence"), MAX_REQUEST_BYTES);
        assert_eq!(
            limit_for("/api/import_recommendations/x"),
            MAX_REQUEST_BYTES
        );
        assert_eq!(limit_for("/"), MAX_REQUEST_BYTES);
    }
}
