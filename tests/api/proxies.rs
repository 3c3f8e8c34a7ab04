//! The client address recorded for sign-ins: `X-Forwarded-For` counts only from trusted proxies.

use serde_json::Value;

use crate::helpers::{Backend, TestApp, spawn_app_with};

async fn last_sign_in_address(app: &TestApp) -> String {
    let admin = app.sign_in("admin@shadowdesk.example").await;
    let entries: Value = app
        .post_form(
            "/api/audit_log",
            &[("action", "sign_in_failed")],
            &[("cookie", &admin)],
        )
        .await
        .json()
        .await
        .unwrap();
    entries[0]["client_address"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn fail_sign_in_via(app: &TestApp, forwarded_for: &str) {
    app.post_form(
        "/api/sign_in",
        &[
            ("email", "editor@lift.example"),
            ("password", "wrong password"),
        ],
        &[("x-forwarded-for", forwarded_for)],
    )
    .await;
}

#[tokio::test]
async fn forwarded_addresses_are_believed_only_from_trusted_proxies() {
    let untrusting = spawn_app_with(Backend::Sqlite, &[]).await;
    fail_sign_in_via(&untrusting, "203.0.113.50").await;
    assert_eq!(last_sign_in_address(&untrusting).await, "127.0.0.1");

    let behind_proxy = spawn_app_with(
        Backend::Sqlite,
        &[("SHADOWDESK_TRUSTED_PROXIES", "127.0.0.1/32")],
    )
    .await;
    fail_sign_in_via(&behind_proxy, "6.6.6.6, 203.0.113.50").await;
    assert_eq!(last_sign_in_address(&behind_proxy).await, "203.0.113.50");
}
