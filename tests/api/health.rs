//! Liveness and readiness probes.

use crate::helpers::{Backend, spawn_app, spawn_app_on};

#[tokio::test]
async fn healthz_answers_ok() {
    let app = spawn_app().await;
    let response = app.get("/healthz", &[]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");
}

#[tokio::test]
async fn readyz_pings_sqlite() {
    let app = spawn_app().await;
    let response = app.get("/readyz", &[]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "ready");
}

#[tokio::test]
async fn readyz_pings_postgres() {
    let app = spawn_app_on(Backend::Postgres).await;
    let response = app.get("/readyz", &[]).await;
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn readyz_reports_an_unavailable_database() {
    let app = spawn_app().await;
    app.db.close_by_ref().await.expect("close pool");
    let response = app.get("/readyz", &[]).await;
    assert_eq!(response.status(), 503);
    assert_eq!(response.text().await.unwrap(), "database unavailable");
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_security_headers() {
    let app = spawn_app().await;
    let response = app.get("/healthz", &[]).await;
    let headers = response.headers();
    assert_eq!(
        headers.get("x-request-id").map(|v| v.len()),
        Some(36),
        "a UUID request id"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "same-origin");
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
}
