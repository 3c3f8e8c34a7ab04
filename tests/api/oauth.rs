//! Sign-in through an OAuth2 / OpenID Connect provider: the full authorization-code + PKCE
//! dance against a fake provider on loopback, and every way it must fail safely.

use serde_json::json;

use crate::{
    fake_provider::FakeProvider,
    helpers::{Backend, TestApp, session_cookie, spawn_app_with},
};

async fn app_with_provider(backend: Backend) -> (TestApp, FakeProvider) {
    let provider = FakeProvider::start().await;
    let settings = provider.settings();
    let vars: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    (spawn_app_with(backend, &vars).await, provider)
}

fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

fn state_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .find(|pair| pair.starts_with("shadowdesk_oauth_state=") && pair.len() > 24)
        .map(str::to_string)
}

/// Starts a sign-in; returns the provider's authorize URL and the browser's state cookie.
async fn start(app: &TestApp) -> (String, String) {
    let response = app.get("/auth/oauth/fake", &[]).await;
    assert_eq!(response.status(), 303, "start redirects to the provider");
    let cookie = state_cookie(&response).expect("state cookie set");
    let set_cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"));
    (location(&response), cookie)
}

/// Lets the fake provider authorise; returns the callback URL it redirects to.
async fn authorize(app: &TestApp, url: &str) -> String {
    let response = app
        .client
        .get(url)
        .send()
        .await
        .expect("provider reachable");
    assert!(
        response.status().is_redirection(),
        "provider: {}",
        response.status()
    );
    location(&response)
}

async fn callback(app: &TestApp, url: &str, cookie: Option<&str>) -> reqwest::Response {
    let mut request = app.client.get(url);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.expect("callback reaches the server")
}

/// The whole dance for the identity the provider will give; returns the callback response.
async fn dance(app: &TestApp) -> reqwest::Response {
    let (authorize_url, cookie) = start(app).await;
    let callback_url = authorize(app, &authorize_url).await;
    callback(app, &callback_url, Some(&cookie)).await
}

async fn current_email(app: &TestApp, cookie: &str) -> Option<String> {
    let body: serde_json::Value = app
        .post_form("/api/current_user", &[], &[("cookie", cookie)])
        .await
        .json()
        .await
        .unwrap();
    body["email"].as_str().map(str::to_string)
}

async fn sessions_in_db(app: &TestApp) -> usize {
    use sea_orm::EntityTrait;
    entities::session::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .len()
}

async fn signs_in_an_existing_account_by_verified_email_and_links_it(backend: Backend) {
    let (app, provider) = app_with_provider(backend).await;
    provider.will_say(json!({
        "sub": "fake-7", "email": "Editor@Lift.example", "email_verified": true, "name": "Aigerim"
    }));
    let (authorize_url, cookie) = start(&app).await;
    assert!(authorize_url.starts_with(&provider.base));
    assert!(authorize_url.contains("code_challenge_method=S256"));
    assert!(authorize_url.contains("state="));
    let callback_url = authorize(&app, &authorize_url).await;
    let response = callback(&app, &callback_url, Some(&cookie)).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/");
    let session = session_cookie(&response).expect("session cookie");
    assert_eq!(
        current_email(&app, &session).await.as_deref(),
        Some("editor@lift.example")
    );

    // Linked: the next sign-in finds the account by the provider's subject, even if the
    // provider now reports another address.
    provider.will_say(json!({"sub": "fake-7", "email": "new@elsewhere.example"}));
    let again = dance(&app).await;
    let session = session_cookie(&again).expect("second sign-in");
    assert_eq!(
        current_email(&app, &session).await.as_deref(),
        Some("editor@lift.example")
    );
    let log = app
        .get(
            "/audit?action=identity_linked",
            &[("cookie", &app.sign_in("admin@shadowdesk.example").await)],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(log.contains("editor@lift.example"), "linking is audited");
}

#[tokio::test]
async fn signs_in_an_existing_account_by_verified_email_and_links_it_on_sqlite() {
    signs_in_an_existing_account_by_verified_email_and_links_it(Backend::Sqlite).await;
}

#[tokio::test]
async fn signs_in_an_existing_account_by_verified_email_and_links_it_on_postgres() {
    signs_in_an_existing_account_by_verified_email_and_links_it(Backend::Postgres).await;
}

#[tokio::test]
async fn an_open_invitation_becomes_an_account_without_a_password() {
    let (app, provider) = app_with_provider(Backend::Sqlite).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let invited = app
        .post_form(
            "/api/invite",
            &[
                ("coalition_id", "1"),
                ("organisation_id", "1"),
                ("email", "dana@newpartner.example"),
                ("role", "reviewer"),
            ],
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(invited.status(), 200);
    provider.will_say(json!({
        "sub": "dana", "email": "dana@newpartner.example", "email_verified": true, "name": "Dana"
    }));
    let response = dance(&app).await;
    let session = session_cookie(&response).expect("signed in");
    assert_eq!(
        current_email(&app, &session).await.as_deref(),
        Some("dana@newpartner.example")
    );
    // She is in the coalition with the invited role: the reports list is hers to read.
    let reports = app
        .post_form("/api/list_reports", &[], &[("cookie", &session)])
        .await;
    assert_eq!(reports.status(), 200);
    assert!(
        reports.text().await.unwrap().contains("CCPR"),
        "sees the coalition's report"
    );
    // The invitation is used up.
    let page = app
        .get("/members", &[("cookie", &coordinator)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Accepted") || page.contains("accepted"));
}

#[tokio::test]
async fn nobody_uninvited_gets_in_and_nothing_is_created() {
    let (app, provider) = app_with_provider(Backend::Sqlite).await;
    provider.will_say(json!({"sub": "x", "email": "stranger@example.org", "email_verified": true}));
    let before = sessions_in_db(&app).await;
    let response = dance(&app).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        location(&response),
        "/sign-in?error=oauth-error-not-invited"
    );
    assert!(session_cookie(&response).is_none());
    assert_eq!(sessions_in_db(&app).await, before);
    let page = app
        .get("/sign-in?error=oauth-error-not-invited", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("No account or invitation matches"),
        "translated message shown"
    );
}

#[tokio::test]
async fn an_unverified_email_is_not_matched() {
    let (app, provider) = app_with_provider(Backend::Sqlite).await;
    provider.will_say(json!({"sub": "y", "email": "editor@lift.example", "email_verified": false}));
    let response = dance(&app).await;
    assert_eq!(location(&response), "/sign-in?error=oauth-error-unverified");
    assert!(session_cookie(&response).is_none());
}

#[tokio::test]
async fn a_tampered_or_foreign_or_reused_state_is_refused() {
    let (app, provider) = app_with_provider(Backend::Sqlite).await;
    provider.will_say(json!({"sub": "z", "email": "editor@lift.example", "email_verified": true}));

    // Tampered: the state in the URL is not the one issued.
    let (authorize_url, cookie) = start(&app).await;
    let callback_url = authorize(&app, &authorize_url).await;
    let tampered = callback_url.replace("state=", "state=x");
    let response = callback(&app, &tampered, Some(&cookie)).await;
    assert_eq!(location(&response), "/sign-in?error=oauth-error-state");
    assert!(session_cookie(&response).is_none());

    // Foreign: a callback URL opened in a browser that did not start the sign-in (login CSRF).
    let (authorize_url, _) = start(&app).await;
    let callback_url = authorize(&app, &authorize_url).await;
    let response = callback(&app, &callback_url, None).await;
    assert_eq!(location(&response), "/sign-in?error=oauth-error-state");
    assert!(session_cookie(&response).is_none());

    // Reused: the same callback twice signs in once.
    let (authorize_url, cookie) = start(&app).await;
    let callback_url = authorize(&app, &authorize_url).await;
    let first = callback(&app, &callback_url, Some(&cookie)).await;
    assert!(session_cookie(&first).is_some());
    let second = callback(&app, &callback_url, Some(&cookie)).await;
    assert_eq!(location(&second), "/sign-in?error=oauth-error-state");
    assert!(session_cookie(&second).is_none());
}

#[tokio::test]
async fn the_pkce_verifier_must_match_the_challenge() {
    let (app, provider) = app_with_provider(Backend::Sqlite).await;
    provider.will_say(json!({"sub": "p", "email": "editor@lift.example", "email_verified": true}));
    // Two sign-ins in one browser; the code of the first is replayed with the second's state,
    // so Shadowdesk exchanges it with the wrong verifier and the provider refuses.
    let (first_url, _) = start(&app).await;
    let (second_url, second_cookie) = start(&app).await;
    let first_callback = authorize(&app, &first_url).await;
    let second_callback = authorize(&app, &second_url).await;
    let code_of_first = first_callback
        .split("code=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let state_of_second = second_callback.split("state=").nth(1).unwrap();
    let forged = format!(
        "{}/auth/oauth/fake/callback?code={code_of_first}&state={state_of_second}",
        app.address
    );
    let response = callback(&app, &forged, Some(&second_cookie)).await;
    assert_eq!(location(&response), "/sign-in?error=oauth-error-failed");
    assert!(session_cookie(&response).is_none());
    assert_eq!(provider.pkce_failures(), 1);
}

#[tokio::test]
async fn a_provider_error_callback_is_shown_and_changes_nothing() {
    let (app, _provider) = app_with_provider(Backend::Sqlite).await;
    let (authorize_url, cookie) = start(&app).await;
    let state = authorize_url
        .split("state=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_string();
    let before = sessions_in_db(&app).await;
    let url = format!(
        "{}/auth/oauth/fake/callback?error=access_denied&error_description=cancelled&state={state}",
        app.address
    );
    let response = callback(&app, &url, Some(&cookie)).await;
    assert_eq!(location(&response), "/sign-in?error=oauth-error-refused");
    assert!(session_cookie(&response).is_none());
    assert_eq!(sessions_in_db(&app).await, before);
}

#[tokio::test]
async fn unknown_providers_are_not_found_and_the_sign_in_page_offers_configured_ones() {
    let (app, _provider) = app_with_provider(Backend::Sqlite).await;
    assert_eq!(app.get("/auth/oauth/nope", &[]).await.status(), 404);
    let page = app.get("/sign-in", &[]).await.text().await.unwrap();
    assert!(
        page.contains("href=\"/auth/oauth/fake\""),
        "provider button on the page"
    );
    assert!(page.contains("Fake ID"));
}

#[tokio::test]
async fn a_disabled_account_is_refused_through_a_provider_too() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
    let (app, provider) = app_with_provider(Backend::Sqlite).await;
    let editor = entities::user::Entity::find()
        .filter(entities::user::Column::Email.eq("editor@lift.example"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut active: entities::user::ActiveModel = editor.into();
    active.disabled = Set(true);
    active.update(&app.db).await.unwrap();
    provider.will_say(json!({"sub": "d", "email": "editor@lift.example", "email_verified": true}));
    let response = dance(&app).await;
    assert_eq!(location(&response), "/sign-in?error=sign-in-disabled");
    assert!(session_cookie(&response).is_none());
}

#[tokio::test]
async fn provider_errors_are_explained_in_the_readers_language() {
    let (app, _provider) = app_with_provider(Backend::Sqlite).await;
    let russian = app
        .get(
            "/sign-in?error=oauth-error-state",
            &[("accept-language", "ru")],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(
        russian.contains("Ссылка для входа устарела"),
        "Russian message"
    );
    let kazakh = app
        .get(
            "/sign-in?error=oauth-error-refused",
            &[("accept-language", "kk")],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(
        kazakh.contains("Кіру қызметі сізді кіргізбеді"),
        "Kazakh message"
    );
    // Anything else in the query is not echoed.
    let odd = app
        .get("/sign-in?error=%3Cscript%3Ealert(1)%3C/script%3E", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(!odd.contains("<script>alert(1)"));
    assert!(!odd.contains("sign-in-callback-error"));
}
