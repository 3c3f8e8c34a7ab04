//! `GET /locales/<code>.ftl`: one interface language's Fluent catalogue, which the browser
//! fetches instead of carrying all three in its bundle. Asked for at the current version
//! (`?v=`, named in every page's `<head>`), it may be cached for good; otherwise it must be
//! revalidated, so an old page never keeps a catalogue that no longer matches.

use app::i18n::{Locale, catalogue};
use axum::{
    extract::{Path, Query},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;

/// The query of a catalogue's address.
#[derive(Deserialize)]
pub struct Version {
    v: Option<String>,
}

/// Sends the catalogue named by `file` (`en.ftl`, `ru.ftl`, `kk.ftl`); 404 for anything else.
pub async fn file(
    Path(file): Path<String>,
    Query(query): Query<Version>,
    headers: HeaderMap,
) -> Response {
    let Some(locale) = Locale::ALL
        .into_iter()
        .find(|locale| file.strip_suffix(".ftl") == Some(locale.code()))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let version = catalogue::version();
    let etag = format!("\"{}-{version}\"", locale.code());
    let cache = if query.v.as_deref() == Some(version) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let mut response = if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|tag| tag.as_bytes() == etag.as_bytes())
    {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        catalogue::source(locale).into_response()
    };
    let fields = response.headers_mut();
    fields.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    fields.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(etag) = HeaderValue::from_str(&etag) {
        fields.insert(header::ETAG, etag);
    }
    response
}
