//! Security by default, checked from outside: the headers every response carries, the request
//! size cap, the per-person budgets on imports and exports, and secrets that never reach the
//! log even at debug level.

use std::{process::Command, time::Duration};

use crate::{
    helpers::{DEMO_PASSWORD, TestApp, session_cookie, spawn_app, spawn_app_with},
    paths::server_binary,
    process::ServerProcess,
};

fn header<'a>(response: &'a reqwest::Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .unwrap_or_else(|| panic!("{name} on {}", response.url()))
        .to_str()
        .unwrap()
}

/// The hardening headers every kind of response carries.
fn assert_hardened(response: &reqwest::Response) {
    assert_eq!(header(response, "x-content-type-options"), "nosniff");
    assert_eq!(header(response, "x-frame-options"), "DENY");
    assert_eq!(header(response, "referrer-policy"), "same-origin");
    assert_eq!(
        header(response, "cross-origin-opener-policy"),
        "same-origin"
    );
    assert!(header(response, "permissions-policy").contains("camera=()"));
    let csp = header(response, "content-security-policy");
    for directive in [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ] {
        assert!(csp.contains(directive), "{directive} in {csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(response.headers().get("x-request-id").is_some());
}

#[tokio::test]
async fn every_kind_of_response_carries_the_security_headers() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;

    // A page: its CSP carries this response's nonce, and it is never stored.
    let page = app.get("/reports/1", &[("cookie", &coordinator)]).await;
    assert_eq!(page.status(), 200);
    assert_hardened(&page);
    assert!(header(&page, "content-security-policy").contains("'nonce-"));
    assert_eq!(header(&page, "cache-control"), "no-store");
    let second = app.get("/reports/1", &[("cookie", &coordinator)]).await;
    assert_ne!(
        header(&page, "content-security-policy"),
        header(&second, "content-security-policy"),
        "a fresh nonce each time"
    );

    // A server function's answer, a refusal, a file and a missing path.
    let api = app
        .post_form("/api/section", &[("id", "1")], &[("cookie", &coordinator)])
        .await;
    assert_eq!(api.status(), 200);
    assert_hardened(&api);
    assert_eq!(header(&api, "cache-control"), "no-store");
    let refused = app.post_form("/api/section", &[("id", "1")], &[]).await;
    assert_eq!(refused.status(), 401);
    assert_hardened(&refused);
    let file = app
        .get("/exports/recommendations.csv", &[("cookie", &coordinator)])
        .await;
    assert_eq!(file.status(), 200);
    assert_hardened(&file);
    let missing = app.get("/no/such/page", &[]).await;
    assert_eq!(missing.status(), 404);
    assert_hardened(&missing);
    let probe = app.get("/healthz", &[]).await;
    assert_hardened(&probe);

    // Plain http here, so no HSTS; behind an https public address, HSTS.
    assert!(page.headers().get("strict-transport-security").is_none());
    let behind_tls = spawn_app_with(
        crate::helpers::Backend::Sqlite,
        &[("SHADOWDESK_PUBLIC_URL", "https://desk.example.org")],
    )
    .await;
    let page = behind_tls.get("/", &[]).await;
    assert!(header(&page, "strict-transport-security").contains("max-age=31536000"));
}

#[tokio::test]
async fn an_oversized_request_is_refused_before_it_is_read() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app().await;
    let editor = app.sign_in("editor@lift.example").await;
    // Only the headers go out: the server must answer from the declared length alone.
    let host = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    let declared = server::startup::MAX_REQUEST_BYTES + 1;
    let head = format!(
        "POST /api/save_section HTTP/1.1\r\nHost: {host}\r\nOrigin: {}\r\nCookie: {editor}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {declared}\r\n\r\n",
        app.address
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 1024];
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut answer))
        .await
        .expect("answered without waiting for the body")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer[..read]);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");

    // Bodies under the cap still arrive.
    let after = app
        .post_form("/api/section", &[("id", "1")], &[("cookie", &editor)])
        .await;
    assert_eq!(after.status(), 200);
}

async fn csv_export(app: &TestApp, cookie: &str) -> reqwest::Response {
    app.get("/exports/recommendations.csv", &[("cookie", cookie)])
        .await
}

async fn draft_preview(app: &TestApp, cookie: &str) -> reqwest::Response {
    app.post_multipart(
        "/api/import_draft",
        &[("report_id", "1")],
        ("draft.md", b"# Article 7\n\nText.\n".to_vec()),
        &[("cookie", cookie)],
    )
    .await
}

#[tokio::test]
async fn imports_and_exports_have_a_budget_per_person() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let editor = app.sign_in("editor@lift.example").await;

    // Exports: a burst of 30, then a 429 that says when to come back.
    for n in 0..30 {
        let response = csv_export(&app, &coordinator).await;
        assert_eq!(response.status(), 200, "export {n}");
    }
    let refused = csv_export(&app, &coordinator).await;
    assert_eq!(refused.status(), 429);
    let wait: u64 = header(&refused, "retry-after").parse().unwrap();
    assert!((1..=10).contains(&wait), "{wait}");
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Too many exports in a short time")
    );
    let docx = app
        .get("/reports/1/export.docx", &[("cookie", &coordinator)])
        .await;
    assert_eq!(docx.status(), 429, "one budget for every export");
    assert_eq!(
        csv_export(&app, &editor).await.status(),
        200,
        "someone else's budget is their own"
    );

    // Imports, previews included: a burst of 20, then refused with a message.
    for n in 0..20 {
        let response = draft_preview(&app, &coordinator).await;
        assert_eq!(response.status(), 200, "preview {n}");
    }
    let refused = draft_preview(&app, &coordinator).await;
    assert_eq!(refused.status(), 429);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Too many imports in a short time")
    );
}

/// A server process logging at debug level to a file, driven through sign-in, a failed
/// sign-in, an invitation (whose mail server refuses), its acceptance and a password change:
/// no password, session token, invitation token or SMTP password appears in what it logged.
#[tokio::test]
async fn secrets_never_reach_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}/app.db", dir.path().display());
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let smtp_password = "smtp-Secret-4711";
    let smtp = format!(
        "smtp://mailer:{smtp_password}@{}",
        closed.local_addr().unwrap()
    );
    drop(closed);
    let log_path = dir.path().join("server.log");
    let mut server = ServerProcess::start(
        dir.path(),
        &database,
        &[
            ("SHADOWDESK_DEMO_DATA", "true"),
            ("SHADOWDESK_SMTP_URL", &smtp),
            ("SHADOWDESK_SMTP_FROM", "noreply@shadowdesk.example"),
            ("SHADOWDESK_LOG", "debug"),
        ],
        Some(&log_path),
    );
    let address = server.address.clone();
    let client = reqwest::Client::new();
    let post = |path: &str, form: Vec<(&str, String)>, cookie: Option<String>| {
        let mut request = client
            .post(format!("{address}{path}"))
            .header("origin", &address)
            .form(&form);
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        request.send()
    };

    let wrong_password = "not-the-Password-93";
    let failed = post(
        "/api/sign_in",
        vec![
            ("email", "coordinator@sbhr.example".into()),
            ("password", wrong_password.into()),
        ],
        None,
    )
    .await
    .unwrap();
    assert_ne!(failed.status(), 200);
    let signed_in = post(
        "/api/sign_in",
        vec![
            ("email", "coordinator@sbhr.example".into()),
            ("password", DEMO_PASSWORD.into()),
        ],
        None,
    )
    .await
    .unwrap();
    let cookie = session_cookie(&signed_in).expect("signed in");
    let session_token = cookie.split_once('=').unwrap().1.to_string();

    let invited: serde_json::Value = post(
        "/api/invite",
        vec![
            ("coalition_id", "1".into()),
            ("organisation_id", "1".into()),
            ("email", "aigerim@partner.example".into()),
            ("role", "editor".into()),
        ],
        Some(cookie.clone()),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    assert_eq!(invited["emailed"], false, "the mail server refused");
    let link = invited["link"].as_str().unwrap();
    let invitation_token = link.rsplit('/').next().unwrap().to_string();
    let invitee_password = "Invitee-Passphrase-2027";
    let accepted = post(
        "/api/accept_invitation",
        vec![
            ("token", invitation_token.clone()),
            ("display_name", "Aigerim Sadykova".into()),
            ("password", invitee_password.into()),
        ],
        None,
    )
    .await
    .unwrap();
    assert_eq!(accepted.status(), 200);
    let new_password = "Changed-Passphrase-2028";
    let changed = post(
        "/api/change_password",
        vec![
            ("current_password", DEMO_PASSWORD.into()),
            ("new_password", new_password.into()),
        ],
        Some(cookie.clone()),
    )
    .await
    .unwrap();
    assert_eq!(changed.status(), 200);

    server.stop();
    let logged = std::fs::read_to_string(&log_path).unwrap();

    // It did log, at debug level: requests, and the refused mail.
    assert!(logged.contains("/api/sign_in"), "{logged}");
    assert!(logged.to_lowercase().contains("invitation"), "{logged}");
    for secret in [
        DEMO_PASSWORD,
        wrong_password,
        invitee_password,
        new_password,
        &session_token,
        &invitation_token,
        smtp_password,
    ] {
        assert!(!logged.contains(secret), "{secret:?} was logged");
    }

    // A database URL's password stays out of errors too.
    let output = Command::new(server_binary())
        .arg("migrate")
        .env_clear()
        .env(
            "SHADOWDESK_DATABASE_URL",
            "postgres://shadowdesk:db-Secret-5150@127.0.0.1:1/shadowdesk",
        )
        .output()
        .unwrap();
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("127.0.0.1:1"), "{said}");
    assert!(!said.contains("db-Secret-5150"), "{said}");
}
