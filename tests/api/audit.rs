//! Reading the audit log: administrators everything, coordinators their coalitions, nobody else.

use crate::helpers::{TestApp, spawn_app};

async fn log(app: &TestApp, cookie: &str, action: &str) -> reqwest::Response {
    app.post_form(
        "/api/audit_log",
        &[("action", action)],
        &[("cookie", cookie)],
    )
    .await
}

#[tokio::test]
async fn administrators_read_every_entry_and_can_filter_by_action() {
    let app = spawn_app().await;
    app.post_form(
        "/api/sign_in",
        &[("email", "editor@lift.example"), ("password", "wrong")],
        &[],
    )
    .await;
    let admin = app.sign_in("admin@shadowdesk.example").await;
    let all = log(&app, &admin, "").await.text().await.unwrap();
    assert!(
        all.contains("sign_in_failed") && all.contains("\"sign_in\""),
        "{all}"
    );
    let failed = log(&app, &admin, "sign_in_failed")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        failed.contains("editor@lift.example") && !failed.contains("\"sign_in\""),
        "{failed}"
    );
    let page = app
        .get("/audit?action=sign_in_failed", &[("cookie", &admin)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Failed sign-in") && page.contains("editor@lift.example"));
}

#[tokio::test]
async fn coordinators_read_their_coalitions_entries_only() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let invited = app
        .post_form(
            "/api/invite",
            &[
                ("coalition_id", "1"),
                ("organisation_id", "1"),
                ("email", "new@ngo.example"),
                ("role", "observer"),
            ],
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(invited.status(), 200);
    let entries = log(&app, &coordinator, "").await.text().await.unwrap();
    assert!(
        entries.contains("invitation_created") && entries.contains("new@ngo.example"),
        "{entries}"
    );
    assert!(
        !entries.contains("\"sign_in\""),
        "instance-wide sign-ins stay with administrators"
    );
}

#[tokio::test]
async fn editors_and_anonymous_visitors_cannot_read_the_log() {
    let app = spawn_app().await;
    let editor = app.sign_in("editor@lift.example").await;
    assert_eq!(log(&app, &editor, "").await.status(), 403);
    let anonymous = app
        .post_form("/api/audit_log", &[("action", "")], &[])
        .await;
    assert_eq!(anonymous.status(), 401);
    let page = app
        .get("/audit", &[("cookie", &editor)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Your role in this coalition does not allow this."));
}

#[tokio::test]
async fn the_log_filters_by_person_and_dates_and_refuses_bad_filters() {
    let app = spawn_app().await;
    app.sign_in("editor@lift.example").await;
    app.sign_in("reviewer@freeword.example").await;
    let admin = app.sign_in("admin@shadowdesk.example").await;
    let filtered = |who: &'static str, from: String, to: String| {
        let app = &app;
        let admin = admin.clone();
        async move {
            app.post_form(
                "/api/audit_log",
                &[
                    ("action", "sign_in"),
                    ("who", who),
                    ("from", &from),
                    ("to", &to),
                ],
                &[("cookie", &admin)],
            )
            .await
        }
    };
    let today = chrono::Utc::now().date_naive();
    let tomorrow = today.succ_opt().unwrap().to_string();
    let today = today.to_string();

    let lift = filtered("lift", today.clone(), today.clone())
        .await
        .text()
        .await
        .unwrap();
    assert!(
        lift.contains("editor@lift.example") && !lift.contains("reviewer@freeword"),
        "{lift}"
    );
    let future = filtered("", tomorrow.clone(), tomorrow.clone())
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(future, "[]", "nothing happened tomorrow yet");

    for (from, to, message) in [
        ("28.11.2026", "", "date: must be a day such as"),
        (
            tomorrow.as_str(),
            today.as_str(),
            "the first day is after the last",
        ),
    ] {
        let refused = filtered("", from.to_string(), to.to_string()).await;
        assert_eq!(refused.status(), 422);
        assert!(refused.text().await.unwrap().contains(message));
    }
    let unknown = app
        .post_form(
            "/api/audit_log",
            &[("action", "drop_tables")],
            &[("cookie", &admin)],
        )
        .await;
    assert_eq!(unknown.status(), 422);
}
