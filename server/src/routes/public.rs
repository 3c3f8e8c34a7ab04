//! `/p/{address}`: a coalition's public follow-up page, for anyone, no sign-in and no script;
//! `/p/{address}/recommendations/{id}` one recommendation of it, `/p/{address}/feed.atom` its
//! newly approved assessments, `/p/{address}/evidence/{id}` a public evidence file. Answers
//! carry an ETag and may be cached for a few minutes; an address that is not published is 404.

use app::{
    coalitions::public::{
        content::{self, Published, newest_assessments, public_file},
        feed::atom,
        page::{render_not_found, render_one, render_page},
        published,
    },
    i18n::Locale,
};
use axum::{
    extract::{Path, Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::evidence::attachment;
use crate::state::AppState;

/// How long browsers and shared caches may keep an answer before asking again.
const CACHE: &str = "public, max-age=300";

/// The page's language and page number, from its address.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    page: Option<String>,
}

impl PageQuery {
    fn locale(&self, coalition: Option<&Published>) -> Locale {
        Locale::from_code(&self.lang)
            .or(coalition.map(|c| c.locale))
            .unwrap_or_default()
    }
}

/// `body` with its ETag and cache policy, or 304 when the browser already holds it.
fn cached(headers: &HeaderMap, content_type: &'static str, body: Vec<u8>) -> Response {
    let digest = Sha256::digest(&body);
    let tag: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    // Weak: the same page compressed or not is the same to its reader.
    let opaque = format!("\"{tag}\"");
    let etag = format!("W/{opaque}");
    let fresh = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.trim().trim_start_matches("W/") == opaque || v.trim() == "*");
    let etag_value = HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"\""));
    let common = [
        (header::ETAG, etag_value),
        (header::CACHE_CONTROL, HeaderValue::from_static(CACHE)),
    ];
    if fresh {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    (
        common,
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response()
}

fn html(headers: &HeaderMap, body: String) -> Response {
    cached(headers, "text/html; charset=utf-8", body.into_bytes())
}

fn not_found(state: &AppState, locale: Locale) -> Response {
    let body = render_not_found(locale, &state.leptos_options);
    (
        StatusCode::NOT_FOUND,
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"))],
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        body,
    )
        .into_response()
}

fn unavailable(error: impl std::fmt::Display, what: &str) -> Response {
    tracing::error!(%error, "public page: {what}");
    StatusCode::SERVICE_UNAVAILABLE.into_response()
}

/// The coalition published at `address` and the language to answer in, or the answer to give
/// instead.
async fn coalition(
    state: &AppState,
    address: &str,
    query: &PageQuery,
) -> Result<(Published, Locale), Response> {
    match published(&state.db, address).await {
        Ok(Some(found)) => {
            let locale = query.locale(Some(&found));
            Ok((found, locale))
        }
        Ok(None) => Err(not_found(state, query.locale(None))),
        Err(error) => Err(unavailable(error, "reading the coalition")),
    }
}

/// `GET /p/{address}`: one page of the coalition's follow-up.
pub async fn page(
    State(state): State<AppState>,
    Path(address): Path<String>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let (found, locale) = match coalition(&state, &address, &query).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let number = match query.page.as_deref().map(str::parse::<usize>) {
        None => 1,
        Some(Ok(n)) if n >= 1 => n,
        Some(_) => return not_found(&state, locale),
    };
    match content::page(&state.db, &state.services.search, found, number).await {
        Ok(data) if data.page <= data.pages => {
            html(&headers, render_page(data, locale, &state.leptos_options))
        }
        Ok(_) => not_found(&state, locale),
        Err(error) => unavailable(error, "reading its recommendations"),
    }
}

/// `GET /p/{address}/recommendations/{id}`: one recommendation of it.
pub async fn recommendation(
    State(state): State<AppState>,
    Path((address, id)): Path<(String, i32)>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let (found, locale) = match coalition(&state, &address, &query).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match content::one(&state.db, &found, id).await {
        Ok(Some(r)) => html(
            &headers,
            render_one(found, r, locale, &state.leptos_options),
        ),
        Ok(None) => not_found(&state, locale),
        Err(error) => unavailable(error, "reading a recommendation"),
    }
}

/// `GET /p/{address}/feed.atom`: its newly approved assessments.
pub async fn feed(
    State(state): State<AppState>,
    Path(address): Path<String>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let (found, locale) = match coalition(&state, &address, &query).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let site = state
        .services
        .identity
        .public_url
        .clone()
        .or_else(|| {
            let host = headers.get(header::HOST)?.to_str().ok()?;
            Some(format!("http://{host}"))
        })
        .unwrap_or_default();
    let site = site.trim_end_matches('/').to_string();
    match newest_assessments(&state.db, &found).await {
        Ok(entries) => cached(
            &headers,
            "application/atom+xml; charset=utf-8",
            atom(&found, &entries, locale, &site),
        ),
        Err(error) => unavailable(error, "reading the assessments"),
    }
}

/// `GET /p/{address}/evidence/{id}`: a public evidence file, as an attachment in a sandbox.
pub async fn evidence(
    State(state): State<AppState>,
    Path((address, id)): Path<(String, i32)>,
    headers: HeaderMap,
) -> Response {
    let (found, locale) = match coalition(&state, &address, &PageQuery::default()).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let (item, content_type, bytes) = match public_file(&state.db, &found, id).await {
        Ok(Some(file)) => file,
        Ok(None) => return not_found(&state, locale),
        Err(error) => return unavailable(error, "reading an evidence file"),
    };
    let content_type = HeaderValue::from_str(&content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    let disposition = HeaderValue::from_str(&attachment(&item.file_name))
        .unwrap_or(HeaderValue::from_static("attachment"));
    let mut response = cached(&headers, "application/octet-stream", bytes);
    let set = response.headers_mut();
    if set.contains_key(header::CONTENT_TYPE) {
        set.insert(header::CONTENT_TYPE, content_type);
        set.insert(header::CONTENT_DISPOSITION, disposition);
    }
    set.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    response
}
