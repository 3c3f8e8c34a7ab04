//! The optional second factor: enrolment, signing in with a code or a recovery code, replay
//! and wrong codes, and coalitions that require it.

use app::auth::second_factor::code_at;
use chrono::{Duration, Utc};
use serde_json::Value;

use crate::helpers::{Backend, DEMO_PASSWORD, TestApp, session_cookie, spawn_app, spawn_app_on};

/// Enrols `email`'s authenticator; returns (secret, recovery codes).
async fn enrol(app: &TestApp, cookie: &str) -> (String, Vec<String>) {
    let setup: Value = app
        .post_form("/api/begin_second_factor", &[], &[("cookie", cookie)])
        .await
        .json()
        .await
        .unwrap();
    let secret = setup["secret"].as_str().expect("a secret").to_string();
    assert!(
        setup["qr_svg"].as_str().unwrap().contains("<svg"),
        "QR code to scan"
    );
    // A wrong code changes nothing.
    let wrong = app
        .post_form(
            "/api/enable_second_factor",
            &[("secret", &secret), ("code", "000000")],
            &[("cookie", cookie)],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("wrong, expired or already used")
    );
    let code = code_at(&secret, Utc::now()).unwrap();
    let enabled = app
        .post_form(
            "/api/enable_second_factor",
            &[("secret", &secret), ("code", &code)],
            &[("cookie", cookie)],
        )
        .await;
    assert_eq!(enabled.status(), 200);
    let codes: Vec<String> = enabled.json().await.unwrap();
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

async fn password_step(app: &TestApp, email: &str) -> reqwest::Response {
    app.post_form(
        "/api/sign_in",
        &[("email", email), ("password", DEMO_PASSWORD)],
        &[],
    )
    .await
}

async fn is_signed_in(app: &TestApp, cookie: &str) -> bool {
    let user: Value = app
        .post_form("/api/current_user", &[], &[("cookie", cookie)])
        .await
        .json()
        .await
        .unwrap();
    !user.is_null()
}

async fn verify(app: &TestApp, cookie: &str, code: &str) -> reqwest::Response {
    app.post_form(
        "/api/verify_second_factor",
        &[("code", code)],
        &[("cookie", cookie)],
    )
    .await
}

async fn enrolment_and_sign_in_with_a_code(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let cookie = app.sign_in("editor@lift.example").await;
    let (secret, _) = enrol(&app, &cookie).await;

    // The password alone now opens only a session that owes the second factor.
    let first = password_step(&app, "editor@lift.example").await;
    let pending = session_cookie(&first).expect("pending session cookie");
    let location = first
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string());
    assert_eq!(location.as_deref(), Some("/sign-in/second-factor"));
    assert!(
        !is_signed_in(&app, &pending).await,
        "no access before the second factor"
    );
    let sessions = app
        .post_form("/api/list_sessions", &[], &[("cookie", &pending)])
        .await;
    assert_eq!(sessions.status(), 401);

    // The code used at enrolment cannot be replayed; a wrong one is refused in place.
    let replay = verify(&app, &pending, &code_at(&secret, Utc::now()).unwrap()).await;
    assert_eq!(replay.status(), 422);
    assert!(session_cookie(&replay).is_none());
    // The next step's code (within the allowed clock skew) opens a new, full session.
    let next = code_at(&secret, Utc::now() + Duration::seconds(30)).unwrap();
    let ok = verify(&app, &pending, &next).await;
    assert!(
        ok.status().is_success() || ok.status().is_redirection(),
        "{}",
        ok.status()
    );
    let full = session_cookie(&ok).expect("full session");
    assert_ne!(full, pending, "the session id changes at the second step");
    assert!(is_signed_in(&app, &full).await);
    assert!(
        !is_signed_in(&app, &pending).await,
        "the pending session is gone"
    );
}

#[tokio::test]
async fn enrolment_and_sign_in_with_a_code_on_sqlite() {
    enrolment_and_sign_in_with_a_code(Backend::Sqlite).await;
}

#[tokio::test]
async fn enrolment_and_sign_in_with_a_code_on_postgres() {
    enrolment_and_sign_in_with_a_code(Backend::Postgres).await;
}

#[tokio::test]
async fn a_recovery_code_works_once() {
    let app = spawn_app().await;
    let cookie = app.sign_in("reviewer@freeword.example").await;
    let (_, codes) = enrol(&app, &cookie).await;
    let pending = session_cookie(&password_step(&app, "reviewer@freeword.example").await).unwrap();
    let typed = codes[3].to_uppercase().replace('-', " - ");
    let ok = verify(&app, &pending, &typed).await;
    assert!(
        session_cookie(&ok).is_some(),
        "recovery code accepted as typed"
    );
    let pending = session_cookie(&password_step(&app, "reviewer@freeword.example").await).unwrap();
    let again = verify(&app, &pending, &codes[3]).await;
    assert_eq!(again.status(), 422, "spent");
    let overview: Value = app
        .post_form(
            "/api/account_overview",
            &[],
            &[("cookie", &session_cookie(&ok).unwrap())],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(overview["recovery_codes_left"], 9);
}

#[tokio::test]
async fn wrong_codes_are_throttled_like_passwords() {
    let app = spawn_app().await;
    let cookie = app.sign_in("observer@equalaccess.example").await;
    let (secret, _) = enrol(&app, &cookie).await;
    let pending =
        session_cookie(&password_step(&app, "observer@equalaccess.example").await).unwrap();
    for _ in 0..5 {
        assert_eq!(verify(&app, &pending, "123456").await.status(), 422);
    }
    let next = code_at(&secret, Utc::now() + Duration::seconds(30)).unwrap();
    let throttled = verify(&app, &pending, &next).await;
    assert_eq!(throttled.status(), 429, "even the right code waits now");
    assert!(session_cookie(&throttled).is_none());
}

#[tokio::test]
async fn turning_it_off_needs_a_code() {
    let app = spawn_app().await;
    let cookie = app.sign_in("editor@lift.example").await;
    let (_, codes) = enrol(&app, &cookie).await;
    let refused = app
        .post_form(
            "/api/disable_second_factor",
            &[("code", "999999")],
            &[("cookie", &cookie)],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let off = app
        .post_form(
            "/api/disable_second_factor",
            &[("code", &codes[0])],
            &[("cookie", &cookie)],
        )
        .await;
    assert_eq!(off.status(), 200);
    // Back to password-only sign-in.
    let response = password_step(&app, "editor@lift.example").await;
    assert!(is_signed_in(&app, &session_cookie(&response).unwrap()).await);
}

async fn sees_the_report(app: &TestApp, cookie: &str) -> bool {
    let reports = app
        .post_form("/api/list_reports", &[], &[("cookie", cookie)])
        .await;
    assert_eq!(reports.status(), 200);
    reports.text().await.unwrap().contains("CCPR")
}

#[tokio::test]
async fn a_coalition_can_require_a_second_factor() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let require = |cookie: String| {
        let app = &app;
        async move {
            app.post_form(
                "/api/set_second_factor_requirement",
                &[("coalition_id", "1"), ("required", "true")],
                &[("cookie", &cookie)],
            )
            .await
        }
    };
    // Not without one of their own: they would lock themselves out.
    let refused = require(coordinator.clone()).await;
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("before requiring it")
    );
    // An editor may not change the rule at all.
    let editor = app.sign_in("editor@lift.example").await;
    assert_eq!(require(editor.clone()).await.status(), 403);

    enrol(&app, &coordinator).await;
    assert_eq!(require(coordinator.clone()).await.status(), 200);
    // The editor without a second factor no longer sees the coalition, and is told why.
    assert!(!sees_the_report(&app, &editor).await);
    let overview: Value = app
        .post_form("/api/account_overview", &[], &[("cookie", &editor)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        overview["required_by"][0],
        "Coalition for Civil and Political Rights in Kazakhstan"
    );
    let user: Value = app
        .post_form("/api/current_user", &[], &[("cookie", &editor)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(user["needs_second_factor"], true);
    let home = app
        .get("/", &[("cookie", &editor)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        home.contains("Your coalition requires two-step sign-in"),
        "every page says so"
    );
    // Once enrolled, the coalition is back.
    enrol(&app, &editor).await;
    assert!(sees_the_report(&app, &editor).await);
}
