//! One's own account: profile and password changes.

use serde_json::Value;

use crate::helpers::{DEMO_PASSWORD, TestApp, session_cookie, spawn_app};

async fn overview(app: &TestApp, cookie: &str) -> Value {
    app.post_form("/api/account_overview", &[], &[("cookie", cookie)])
        .await
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_profile_keeps_name_and_language_and_switches_the_interface() {
    let app = spawn_app().await;
    let cookie = app.sign_in("editor@lift.example").await;
    let saved = app
        .post_form(
            "/api/update_profile",
            &[("display_name", "  Aigerim Sadykova "), ("locale", "kk")],
            &[("cookie", &cookie)],
        )
        .await;
    assert_eq!(saved.status(), 200);
    let remembered = saved
        .headers()
        .get_all("set-cookie")
        .iter()
        .any(|v| v.to_str().unwrap().starts_with("shadowdesk_locale=kk"));
    assert!(remembered, "the interface switches to the chosen language");
    let account = overview(&app, &cookie).await;
    assert_eq!(account["display_name"], "Aigerim Sadykova");
    assert_eq!(account["locale"], "kk");

    // Bad input: specific messages, nothing changed.
    for (name, locale, message) in [
        ("", "en", "name: must be 1 to 120 characters"),
        (
            "Aigerim",
            "de",
            "language: must be English, Russian or Kazakh",
        ),
    ] {
        let refused = app
            .post_form(
                "/api/update_profile",
                &[("display_name", name), ("locale", locale)],
                &[("cookie", &cookie), ("accept-language", "en")],
            )
            .await;
        assert_eq!(refused.status(), 422);
        assert!(refused.text().await.unwrap().contains(message));
    }
    assert_eq!(overview(&app, &cookie).await["locale"], "kk");
}

#[tokio::test]
async fn changing_the_password_signs_out_every_other_session() {
    let app = spawn_app().await;
    let here = app.sign_in("reviewer@freeword.example").await;
    let elsewhere = app.sign_in("reviewer@freeword.example").await;
    let wrong = app
        .post_form(
            "/api/change_password",
            &[
                ("current_password", "not it at all"),
                ("new_password", "a new long passphrase"),
            ],
            &[("cookie", &here)],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("current password: is wrong")
    );
    let weak = app
        .post_form(
            "/api/change_password",
            &[
                ("current_password", DEMO_PASSWORD),
                ("new_password", "short"),
            ],
            &[("cookie", &here)],
        )
        .await;
    assert_eq!(weak.status(), 422);

    let changed = app
        .post_form(
            "/api/change_password",
            &[
                ("current_password", DEMO_PASSWORD),
                ("new_password", "a new long passphrase"),
            ],
            &[("cookie", &here)],
        )
        .await;
    assert_eq!(changed.status(), 200);
    assert_eq!(
        changed.json::<u64>().await.unwrap(),
        1,
        "one other session ended"
    );
    assert_eq!(
        overview(&app, &here).await["email"],
        "reviewer@freeword.example"
    );
    let gone = app
        .post_form("/api/account_overview", &[], &[("cookie", &elsewhere)])
        .await;
    assert_eq!(gone.status(), 401);
    // The old password no longer works; the new one does.
    let old = app
        .post_form(
            "/api/sign_in",
            &[
                ("email", "reviewer@freeword.example"),
                ("password", DEMO_PASSWORD),
            ],
            &[],
        )
        .await;
    assert!(session_cookie(&old).is_none());
    let new = app
        .post_form(
            "/api/sign_in",
            &[
                ("email", "reviewer@freeword.example"),
                ("password", "a new long passphrase"),
            ],
            &[],
        )
        .await;
    assert!(session_cookie(&new).is_some());
}

#[tokio::test]
async fn one_chosen_session_ends_and_the_others_stay() {
    let app = spawn_app().await;
    let phone_agent =
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36";
    let phone = session_cookie(
        &app.post_form(
            "/api/sign_in",
            &[
                ("email", "editor@lift.example"),
                ("password", DEMO_PASSWORD),
            ],
            &[("user-agent", phone_agent)],
        )
        .await,
    )
    .expect("the phone signs in");
    let laptop = app.sign_in("editor@lift.example").await;

    let sessions: Value = app
        .post_form("/api/list_sessions", &[], &[("cookie", &laptop)])
        .await
        .json()
        .await
        .unwrap();
    let sessions = sessions.as_array().unwrap();
    assert_eq!(sessions.len(), 2, "{sessions:?}");
    let lost = sessions
        .iter()
        .find(|s| s["current"] == false)
        .expect("the phone's session");
    assert_eq!(lost["device"], "Chrome on Android");
    let lost_id = lost["id"].as_str().unwrap();

    // Someone else's session id, or a made-up one, ends nothing.
    let other = app.sign_in("coordinator@sbhr.example").await;
    let refused = app
        .post_form(
            "/api/end_session",
            &[("id", lost_id)],
            &[("cookie", &other)],
        )
        .await;
    assert_eq!(refused.status(), 422);
    assert_eq!(
        app.post_form("/api/account_overview", &[], &[("cookie", &phone)])
            .await
            .status(),
        200
    );

    let ended = app
        .post_form(
            "/api/end_session",
            &[("id", lost_id)],
            &[("cookie", &laptop)],
        )
        .await;
    assert_eq!(ended.status(), 200);
    assert_eq!(
        app.post_form("/api/account_overview", &[], &[("cookie", &phone)])
            .await
            .status(),
        401,
        "the phone is signed out"
    );
    assert_eq!(
        overview(&app, &laptop).await["email"],
        "editor@lift.example"
    );
    let log: Value = app
        .post_form(
            "/api/audit_log",
            &[
                ("action", "session_ended"),
                ("who", ""),
                ("from", ""),
                ("to", ""),
            ],
            &[("cookie", &app.sign_in("admin@shadowdesk.example").await)],
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(log.to_string().contains("Chrome on Android"), "{log}");
}
