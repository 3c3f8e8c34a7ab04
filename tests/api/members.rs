//! Coordinators change members' roles and remove members; the coalition keeps a coordinator.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

async fn user_id(app: &TestApp, email: &str) -> String {
    entities::user::Entity::find()
        .filter(entities::user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string()
}

async fn role_of(app: &TestApp, cookie: &str, email: &str) -> Option<String> {
    let people: Value = app
        .post_form("/api/coalition_members", &[], &[("cookie", cookie)])
        .await
        .json()
        .await
        .unwrap();
    people[0]["members"]
        .as_array()?
        .iter()
        .find(|m| m["email"] == email)
        .map(|m| m["role"].as_str().unwrap().to_string())
}

#[tokio::test]
async fn a_coordinator_changes_a_role_and_removes_a_member_with_an_audit_trail() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let editor = user_id(&app, "editor@lift.example").await;
    let changed = app
        .post_form(
            "/api/change_member_role",
            &[
                ("coalition_id", "1"),
                ("user_id", &editor),
                ("role", "reviewer"),
            ],
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(changed.status(), 200);
    assert_eq!(
        role_of(&app, &coordinator, "editor@lift.example")
            .await
            .as_deref(),
        Some("reviewer")
    );

    let removed = app
        .post_form(
            "/api/remove_member",
            &[("coalition_id", "1"), ("user_id", &editor)],
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(removed.status(), 200);
    assert_eq!(
        role_of(&app, &coordinator, "editor@lift.example").await,
        None
    );
    // The removed person no longer sees the coalition's report.
    let former = app.sign_in("editor@lift.example").await;
    let reports: serde_json::Value = app
        .post_form("/api/list_reports", &[], &[("cookie", &former)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(reports["reports"], serde_json::json!([]));

    let log = app
        .post_form(
            "/api/audit_log",
            &[("action", "")],
            &[("cookie", &coordinator)],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(
        log.contains("role_changed") && log.contains("editor → reviewer"),
        "{log}"
    );
    assert!(log.contains("member_removed"), "{log}");
}

#[tokio::test]
async fn the_last_coordinator_stays_and_bad_changes_are_refused() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let own = user_id(&app, "coordinator@sbhr.example").await;
    for (path, form, message) in [
        (
            "/api/change_member_role",
            vec![
                ("coalition_id", "1"),
                ("user_id", own.as_str()),
                ("role", "observer"),
            ],
            "at least one coordinator",
        ),
        (
            "/api/remove_member",
            vec![("coalition_id", "1"), ("user_id", own.as_str())],
            "at least one coordinator",
        ),
        (
            "/api/change_member_role",
            vec![
                ("coalition_id", "1"),
                ("user_id", own.as_str()),
                ("role", "king"),
            ],
            "role: must be coordinator, editor, reviewer or observer",
        ),
        (
            "/api/remove_member",
            vec![("coalition_id", "1"), ("user_id", "99999")],
            "not a member of this coalition",
        ),
    ] {
        let refused = app
            .post_form(path, &form, &[("cookie", &coordinator)])
            .await;
        assert_eq!(refused.status(), 422, "{path} {form:?}");
        assert!(refused.text().await.unwrap().contains(message));
    }
    assert_eq!(
        role_of(&app, &coordinator, "coordinator@sbhr.example")
            .await
            .as_deref(),
        Some("coordinator")
    );
    // Editors cannot change roles at all.
    let editor = app.sign_in("editor@lift.example").await;
    let forbidden = app
        .post_form(
            "/api/change_member_role",
            &[
                ("coalition_id", "1"),
                ("user_id", &own),
                ("role", "observer"),
            ],
            &[("cookie", &editor)],
        )
        .await;
    assert_eq!(forbidden.status(), 403);
}
