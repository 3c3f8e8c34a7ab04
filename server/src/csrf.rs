//! Cross-site request forgery protection: a state-changing request (anything but GET, HEAD,
//! OPTIONS) must come from a page of this site, as its `Origin` (or, failing that, `Referer`)
//! header shows. Together with `SameSite=Lax` cookies this refuses forged form posts and
//! server-function calls from other sites.

use axum::{
    extract::Request,
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Refuses state-changing requests whose origin is not this site.
pub async fn verify_origin(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe || same_origin(request.headers()) {
        return next.run(request).await;
    }
    tracing::warn!(path = %request.uri().path(), "refused a cross-site request");
    (
        StatusCode::FORBIDDEN,
        "cross-site request refused: it must come from a page of this site",
    )
        .into_response()
}

/// Whether `Origin` (else `Referer`) names the host the request was sent to.
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let source = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    let Some(source) = source else {
        return false;
    };
    let Some(rest) = source
        .strip_prefix("https://")
        .or_else(|| source.strip_prefix("http://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    authority.eq_ignore_ascii_case(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| (k.clone(), v.parse().unwrap()))
            .collect()
    }

    #[test]
    fn same_site_origins_and_referers_pass() {
        assert!(same_origin(&headers(&[
            (header::HOST, "127.0.0.1:3000"),
            (header::ORIGIN, "http://127.0.0.1:3000"),
        ])));
        assert!(same_origin(&headers(&[
            (header::HOST, "desk.example.org"),
            (header::REFERER, "https://desk.example.org/reports?x=1"),
        ])));
    }

    #[test]
    fn foreign_missing_or_lookalike_origins_fail() {
        let host = (header::HOST, "desk.example.org");
        assert!(!same_origin(&headers(&[
            host.clone(),
            (header::ORIGIN, "https://evil.example")
        ])));
        assert!(!same_origin(&headers(std::slice::from_ref(&host))));
        assert!(!same_origin(&headers(&[
            host.clone(),
            (header::ORIGIN, "https://desk.example.org.evil.example"),
        ])));
        assert!(!same_origin(&headers(&[host, (header::ORIGIN, "null")])));
    }
}
