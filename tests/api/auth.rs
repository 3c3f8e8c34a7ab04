//! Signing in and out, sessions, throttling, CSRF, and who sees which coalition.

use chrono::{Duration, Utc};
use entities::{audit_event, session, user};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
};

use crate::helpers::{
    Backend, DEMO_PASSWORD, TestApp, create_outsider, session_cookie, spawn_app, spawn_app_on,
};

const COALITION: &str = "Coalition for Civil and Political Rights in Kazakhstan";

async fn home(app: &TestApp, cookie: &str) -> String {
    app.get("/", &[("cookie", cookie)])
        .await
        .text()
        .await
        .unwrap()
}

async fn audit_count(app: &TestApp, action: &str) -> u64 {
    audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn signing_in_with_a_password_opens_a_session_cookie_and_shows_the_coalition() {
    let app = spawn_app().await;
    let response = app
        .post_form(
            "/api/sign_in",
            &[
                ("email", "  Coordinator@SBHR.example "),
                ("password", DEMO_PASSWORD),
            ],
            &[],
        )
        .await;
    let set_cookie: Vec<_> = response.headers().get_all("set-cookie").iter().collect();
    let session_header = set_cookie
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("shadowdesk_session="))
        .expect("a session cookie");
    assert!(session_header.contains("HttpOnly"), "{session_header}");
    assert!(session_header.contains("SameSite=Lax"), "{session_header}");
    assert!(
        !session_header.contains("Secure"),
        "plain http here: {session_header}"
    );
    let cookie = session_cookie(&response).unwrap();
    let html = home(&app, &cookie).await;
    assert!(
        html.contains("Aigerim Seitkali"),
        "the header names the signed-in user"
    );
    assert!(html.contains(COALITION));
    assert_eq!(audit_count(&app, "sign_in").await, 1);
    let stored = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert!(
        !cookie.contains(&stored.id),
        "the database holds only the token's hash"
    );
}

#[tokio::test]
async fn signing_in_works_on_postgres_too() {
    let app = spawn_app_on(Backend::Postgres).await;
    let cookie = app.sign_in("reviewer@freeword.example").await;
    assert!(home(&app, &cookie).await.contains(COALITION));
}

#[tokio::test]
async fn a_wrong_password_is_refused_in_the_readers_language_without_a_session() {
    let app = spawn_app().await;
    let response = app
        .post_form(
            "/api/sign_in",
            &[
                ("email", "editor@lift.example"),
                ("password", "not the password"),
            ],
            &[("cookie", "shadowdesk_locale=ru")],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(session_cookie(&response).is_none());
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Неверный адрес или пароль.")
    );
    assert_eq!(session::Entity::find().count(&app.db).await.unwrap(), 0);
    assert_eq!(audit_count(&app, "sign_in_failed").await, 1);
}

#[tokio::test]
async fn an_unknown_email_gets_the_same_answer_as_a_wrong_password() {
    let app = spawn_app().await;
    let response = app
        .post_form(
            "/api/sign_in",
            &[("email", "nobody@example.org"), ("password", DEMO_PASSWORD)],
            &[],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Wrong email or password.")
    );
}

#[tokio::test]
async fn repeated_failures_throttle_the_account_even_with_the_right_password() {
    let app = spawn_app().await;
    let email = "observer@equalaccess.example";
    for _ in 0..5 {
        let response = app
            .post_form(
                "/api/sign_in",
                &[("email", email), ("password", "guess")],
                &[],
            )
            .await;
        assert_eq!(response.status(), 422);
    }
    let response = app
        .post_form(
            "/api/sign_in",
            &[("email", email), ("password", DEMO_PASSWORD)],
            &[],
        )
        .await;
    assert_eq!(response.status(), 429);
    assert!(session_cookie(&response).is_none());
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Too many failed attempts")
    );
    // Other accounts are not affected.
    app.sign_in("editor@lift.example").await;
}

#[tokio::test]
async fn a_disabled_account_cannot_sign_in() {
    let app = spawn_app().await;
    let editor = user::Entity::find()
        .filter(user::Column::Email.eq("editor@lift.example"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut active: user::ActiveModel = editor.into();
    active.disabled = Set(true);
    active.update(&app.db).await.unwrap();
    let response = app
        .post_form(
            "/api/sign_in",
            &[
                ("email", "editor@lift.example"),
                ("password", DEMO_PASSWORD),
            ],
            &[],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(session_cookie(&response).is_none());
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("This account is disabled.")
    );
}

#[tokio::test]
async fn signing_out_ends_the_session_for_good() {
    let app = spawn_app().await;
    let cookie = app.sign_in("coordinator@sbhr.example").await;
    let response = app
        .post_form("/api/sign_out", &[], &[("cookie", &cookie)])
        .await;
    assert!(response.status().is_success() || response.status().is_redirection());
    let html = home(&app, &cookie).await;
    assert!(
        !html.contains(COALITION),
        "the old cookie no longer opens anything"
    );
    assert!(html.contains("Sign in to see your coalition"));
    assert_eq!(session::Entity::find().count(&app.db).await.unwrap(), 0);
    assert_eq!(audit_count(&app, "sign_out").await, 1);
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_the_user() {
    let app = spawn_app().await;
    let laptop = app.sign_in("coordinator@sbhr.example").await;
    let phone = app.sign_in("coordinator@sbhr.example").await;
    let other_user = app.sign_in("editor@lift.example").await;
    app.post_form("/api/sign_out_everywhere", &[], &[("cookie", &laptop)])
        .await;
    assert!(!home(&app, &phone).await.contains(COALITION));
    assert!(
        home(&app, &other_user).await.contains(COALITION),
        "other people stay signed in"
    );
}

#[tokio::test]
async fn an_idle_session_expires() {
    let app = spawn_app().await;
    let cookie = app.sign_in("coordinator@sbhr.example").await;
    let stored = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let mut active: session::ActiveModel = stored.into();
    active.last_seen_at = Set(Utc::now() - Duration::hours(9));
    active.update(&app.db).await.unwrap();
    assert!(!home(&app, &cookie).await.contains(COALITION));
    assert_eq!(
        session::Entity::find().count(&app.db).await.unwrap(),
        0,
        "expired rows are removed"
    );
}

#[tokio::test]
async fn signing_in_again_replaces_the_old_session() {
    let app = spawn_app().await;
    let first = app.sign_in("coordinator@sbhr.example").await;
    let response = app
        .post_form(
            "/api/sign_in",
            &[
                ("email", "coordinator@sbhr.example"),
                ("password", DEMO_PASSWORD),
            ],
            &[("cookie", &first)],
        )
        .await;
    let second = session_cookie(&response).unwrap();
    assert_ne!(first, second, "a new session id at sign-in");
    assert!(!home(&app, &first).await.contains(COALITION));
    assert!(home(&app, &second).await.contains(COALITION));
}

#[tokio::test]
async fn state_changing_requests_from_other_sites_are_refused() {
    let app = spawn_app().await;
    let url = format!("{}/api/set_locale", app.address);
    let without_origin = app
        .client
        .post(&url)
        .form(&[("locale", "ru")])
        .send()
        .await
        .unwrap();
    assert_eq!(without_origin.status(), 403);
    let foreign = app
        .client
        .post(&url)
        .header("origin", "https://evil.example")
        .form(&[("locale", "ru")])
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 403);
    assert!(foreign.headers().get("set-cookie").is_none());
    let forged_sign_out = app
        .client
        .post(format!("{}/api/sign_in", app.address))
        .header("referer", "https://evil.example/page")
        .form(&[
            ("email", "coordinator@sbhr.example"),
            ("password", DEMO_PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged_sign_out.status(), 403);
    let same_site = app
        .post_form("/api/set_locale", &[("locale", "ru")], &[])
        .await;
    assert_eq!(same_site.status(), 200);
}

#[tokio::test]
async fn anonymous_visitors_see_no_coalition_data() {
    let app = spawn_app().await;
    for path in ["/", "/reports", "/organisations"] {
        let html = app.get(path, &[]).await.text().await.unwrap();
        assert!(!html.contains(COALITION), "{path}");
        assert!(!html.contains("Steppe Bureau"), "{path}");
        assert!(html.contains("Sign in to see your coalition"), "{path}");
    }
}

#[tokio::test]
async fn people_outside_the_coalition_see_nothing_of_it() {
    let app = spawn_app().await;
    let outsider = create_outsider(&app).await;
    let cookie = app.sign_in(outsider).await;
    for path in ["/", "/reports", "/organisations"] {
        let html = app
            .get(path, &[("cookie", &cookie)])
            .await
            .text()
            .await
            .unwrap();
        assert!(!html.contains(COALITION), "{path}");
        assert!(!html.contains("Steppe Bureau"), "{path}");
    }
}
