//! `GET /evidence/{id}`: an uploaded evidence file, for those who may see it. Always sent as
//! an attachment of its checked type, in a sandbox, so a browser never runs it as a page.

use app::recommendations::evidence::server::file_for;
use axum::{
    extract::{Path, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

use super::signed_in::signed_in;
use crate::state::AppState;

/// Sends evidence file `id`; 404 for a file the user may not see or that does not exist.
pub async fn file(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let (_, actor) = match signed_in(&state, &parts.headers, "evidence").await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let (item, bytes) = match file_for(&state.db, &actor, id).await {
        Ok(Some(found)) => found,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "evidence: reading file {id}");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let content_type = HeaderValue::from_str(&item.content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    let disposition = HeaderValue::from_str(&attachment(&item.file_name))
        .unwrap_or(HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("sandbox; default-src 'none'"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback and the
/// name as it was, percent-encoded.
pub(super) fn attachment(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::attachment;

    #[test]
    fn file_names_are_quoted_with_an_ascii_fallback() {
        assert_eq!(
            attachment("Ответ МВД.pdf"),
            "attachment; filename=\"_____ ___.pdf\"; filename*=UTF-8''%D0%9E%D1%82%D0%B2%D0%B5%D1%82%20%D0%9C%D0%92%D0%94.pdf"
        );
        assert_eq!(
            attachment("a\"b.txt"),
            "attachment; filename=\"a_b.txt\"; filename*=UTF-8''a%22b.txt"
        );
    }
}
