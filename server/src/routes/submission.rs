//! `GET /reports/{id}/export.docx`, a draft of the submission made now (marked "Draft" on
//! every page; `?language=kk` in one of the languages the report is translated into), and `GET /exports/reports/{id}.docx`, a final export as it was kept; both for
//! those who may read the report.

use app::{
    auth::rate_limit::Operation,
    error::AppError,
    export::server::{File, draft, stored},
};
use axum::{
    extract::{Path, Query, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

use super::{
    evidence::attachment,
    signed_in::{over_budget, signed_in},
};
use crate::state::AppState;

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

fn send(found: Result<File, AppError>, what: &str) -> Response {
    match found {
        Ok(file) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(DOCX)),
                (
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_str(&attachment(&file.name))
                        .unwrap_or(HeaderValue::from_static("attachment")),
                ),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("private, no-store"),
                ),
            ],
            file.bytes,
        )
            .into_response(),
        // Another coalition's report answers like one that does not exist.
        Err(AppError::Forbidden) => StatusCode::NOT_FOUND.into_response(),
        Err(AppError::Unauthenticated) => StatusCode::UNAUTHORIZED.into_response(),
        Err(AppError::Validation(message)) => {
            (StatusCode::UNPROCESSABLE_ENTITY, message).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "{what}");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The language a draft is asked for in.
#[derive(Debug, Default, serde::Deserialize)]
pub struct DraftQuery {
    #[serde(default)]
    language: String,
}

/// A draft export of report `id`.
pub async fn draft_docx(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    Query(query): Query<DraftQuery>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let (user, actor) = match signed_in(&state, &parts.headers, "export").await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if let Some(refusal) = over_budget(&state, &parts.headers, &user, Operation::Export) {
        return refusal;
    }
    send(
        draft(&state.db, &actor, id, &query.language).await,
        "export: draft",
    )
}

/// Final export `id` as it was kept.
pub async fn final_docx(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let Some(id) = id.strip_suffix(".docx").and_then(|n| n.parse::<i32>().ok()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (parts, _) = request.into_parts();
    let (_, actor) = match signed_in(&state, &parts.headers, "export").await {
        Ok(found) => found,
        Err(response) => return response,
    };
    send(stored(&state.db, &actor, id).await, "export: stored file")
}
