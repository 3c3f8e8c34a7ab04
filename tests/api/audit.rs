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
