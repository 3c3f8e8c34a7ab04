//! `GET /exports/recommendations.csv` and `.xlsx`: the recommendation list as its address
//! query filters it (search and facets), every matching row, as a download for the
//! signed-in reader, with column titles in their language.

use app::{
    auth::rate_limit::Operation,
    cookies::cookie_in,
    i18n::{LOCALE_COOKIE, Locale},
    monitoring::export::Format as MonitoringFormat,
    proposals::rates,
    recommendations::list::export::{rows, titles, to_csv, to_xlsx},
};
use axum::{
    extract::{Query, RawQuery, Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

use super::signed_in::{over_budget, signed_in};
use crate::state::AppState;

/// The file formats offered.
#[derive(Clone, Copy)]
enum Kind {
    Csv,
    Xlsx,
}

/// The reader's language: the remembered choice, else their browser's, else English.
pub fn locale(headers: &HeaderMap) -> Locale {
    cookie_in(headers, LOCALE_COOKIE)
        .and_then(|code| Locale::from_code(&code))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_default()
}

async fn export(state: AppState, query: Option<String>, request: Request, kind: Kind) -> Response {
    let (parts, _) = request.into_parts();
    let (user, actor) = match signed_in(&state, &parts.headers, "export").await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if let Some(refusal) = over_budget(&state, &parts.headers, &user, Operation::Export) {
        return refusal;
    }
    let locale = locale(&parts.headers);
    let query = query.unwrap_or_default();
    let found = match rows(&state.db, &state.services.search, &actor, &query, locale).await {
        Ok(found) => found,
        Err(error) => {
            tracing::error!(%error, "export: reading the recommendations");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let titles = titles(locale);
    let day = chrono::Utc::now().format("%Y-%m-%d");
    let (bytes, content_type, extension) = match kind {
        Kind::Csv => (
            to_csv(&titles, &found).map_err(|e| e.to_string()),
            "text/csv; charset=utf-8",
            "csv",
        ),
        Kind::Xlsx => (
            to_xlsx(&titles, &found).map_err(|e| e.to_string()),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        ),
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "export: writing the file");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let disposition = format!("attachment; filename=\"recommendations-{day}.{extension}\"");
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or(HeaderValue::from_static("attachment")),
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

/// The list as CSV.
pub async fn csv(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    request: Request,
) -> Response {
    export(state, query, request, Kind::Csv).await
}

/// The list as XLSX.
pub async fn xlsx(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    request: Request,
) -> Response {
    export(state, query, request, Kind::Xlsx).await
}

/// Which report's coalition the uptake rates are of.
#[derive(Debug, serde::Deserialize)]
pub struct UptakeQuery {
    report: i32,
}

/// `GET /exports/uptake.csv?report=N`: the uptake rates of the coalition's proposals, for
/// members of the coalition report `N` belongs to.
pub async fn uptake_csv(
    State(state): State<AppState>,
    Query(query): Query<UptakeQuery>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let (_, actor) = match signed_in(&state, &parts.headers, "uptake export").await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let locale = locale(&parts.headers);
    let found = match rates::for_reader(&state.db, &actor, query.report).await {
        Ok(found) => found,
        Err(app::error::AppError::Forbidden | app::error::AppError::NotFound) => {
            return StatusCode::NOT_FOUND.into_response();
        }
        Err(error) => {
            tracing::error!(%error, "uptake export: reading the proposals");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let bytes = match rates::to_csv(&found, locale) {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "uptake export: writing the file");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"uptake.csv\""),
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

/// `GET /exports/monitoring.csv` and `.xlsx`: every act of the monitoring events the reader may
/// read (their organisation's, and those shared with their coalitions), one row each.
async fn monitoring_file(state: AppState, request: Request, format: MonitoringFormat) -> Response {
    let (parts, _) = request.into_parts();
    let (_, actor) = match signed_in(&state, &parts.headers, "monitoring export").await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let (content_type, disposition) = match format {
        MonitoringFormat::Csv => (
            "text/csv; charset=utf-8",
            "attachment; filename=\"monitoring.csv\"",
        ),
        MonitoringFormat::Xlsx => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "attachment; filename=\"monitoring.xlsx\"",
        ),
    };
    match app::monitoring::export::file(&state.db, &actor, locale(&parts.headers), format).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
                (
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_static(disposition),
                ),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("private, no-store"),
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "monitoring export");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// `GET /exports/monitoring.csv`.
pub async fn monitoring_csv(State(state): State<AppState>, request: Request) -> Response {
    monitoring_file(state, request, MonitoringFormat::Csv).await
}

/// `GET /exports/monitoring.xlsx`.
pub async fn monitoring_xlsx(State(state): State<AppState>, request: Request) -> Response {
    monitoring_file(state, request, MonitoringFormat::Xlsx).await
}
