//! Coordinators invite people by link; the link works once, for a week, into the offered role.

use chrono::{Duration, Utc};
use entities::{audit_event, invitation, user};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
};

use crate::helpers::{TestApp, session_cookie, spawn_app};

const COALITION: &str = "Coalition for Civil and Political Rights in Kazakhstan";
const NEW_PASSWORD: &str = "river stones in spring";

/// Invites `email` as an editor of organisation 1 (the lead) and returns the link's token.
async fn invite(app: &TestApp, coordinator: &str, email: &str) -> reqwest::Response {
    app.post_form(
        "/api/invite",
        &[
            ("coalition_id", "1"),
            ("organisation_id", "1"),
            ("email", email),
            ("role", "editor"),
        ],
        &[("cookie", coordinator)],
    )
    .await
}

async fn token_of(response: reqwest::Response) -> String {
    assert_eq!(response.status(), 200);
    let created: serde_json::Value = response.json().await.unwrap();
    let link = created["link"].as_str().unwrap_or_default().to_string();
    assert!(link.contains("/invitations/"), "{created}");
    link.rsplit('/').next().unwrap().to_string()
}

async fn accept(app: &TestApp, token: &str, password: &str) -> reqwest::Response {
    app.post_form(
        "/api/accept_invitation",
        &[
            ("token", token),
            ("display_name", "Saule Nurlanova"),
            ("password", password),
        ],
        &[],
    )
    .await
}

#[tokio::test]
async fn an_invited_person_joins_with_the_offered_role_and_the_link_works_once() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let token = token_of(invite(&app, &coordinator, "Saule@NGO.example").await).await;

    let page = app
        .get(&format!("/invitations/{token}"), &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(COALITION), "the link shows what it offers");
    assert!(page.contains("saule@ngo.example"));

    let response = accept(&app, &token, NEW_PASSWORD).await;
    let cookie = session_cookie(&response).expect("signed in straight away");
    let home = app
        .get("/", &[("cookie", &cookie)])
        .await
        .text()
        .await
        .unwrap();
    assert!(home.contains("Saule Nurlanova") && home.contains(COALITION));
    let members = app
        .get("/members", &[("cookie", &coordinator)])
        .await
        .text()
        .await
        .unwrap();
    assert!(members.contains("Saule Nurlanova") && members.contains("Accepted"));

    let again = accept(&app, &token, NEW_PASSWORD).await;
    assert_eq!(again.status(), 422);
    assert!(again.text().await.unwrap().contains("already been used"));
    for action in ["invitation_created", "invitation_accepted"] {
        let count = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq(action))
            .count(&app.db)
            .await
            .unwrap();
        assert_eq!(count, 1, "{action} is in the audit log");
    }
}

#[tokio::test]
async fn an_expired_invitation_is_refused() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let token = token_of(invite(&app, &coordinator, "late@ngo.example").await).await;
    let stored = invitation::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut active: invitation::ActiveModel = stored.into();
    active.expires_at = Set(Utc::now() - Duration::minutes(1));
    active.update(&app.db).await.unwrap();
    let response = accept(&app, &token, NEW_PASSWORD).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("expired"));
    assert!(
        user::Entity::find()
            .filter(user::Column::Email.eq("late@ngo.example"))
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn a_weak_password_is_refused_and_the_invitation_stays_open() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let token = token_of(invite(&app, &coordinator, "weak@ngo.example").await).await;
    let response = accept(&app, &token, "password1234").await;
    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("most common passwords")
    );
    assert!(
        session_cookie(&accept(&app, &token, NEW_PASSWORD).await).is_some(),
        "still usable"
    );
}

#[tokio::test]
async fn invitations_with_bad_details_are_refused_with_the_field_named() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let bad_email = invite(&app, &coordinator, "not an email").await;
    assert_eq!(bad_email.status(), 422);
    assert!(
        bad_email
            .text()
            .await
            .unwrap()
            .contains("email: must be an email address")
    );
    let existing = invite(&app, &coordinator, "editor@lift.example").await;
    assert_eq!(existing.status(), 422);
    assert!(
        existing
            .text()
            .await
            .unwrap()
            .contains("already has an account")
    );
    let foreign_org = app
        .post_form(
            "/api/invite",
            &[
                ("coalition_id", "1"),
                ("organisation_id", "999"),
                ("email", "x@ngo.example"),
                ("role", "editor"),
            ],
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(foreign_org.status(), 422);
    assert_eq!(
        invitation::Entity::find().count(&app.db).await.unwrap(),
        0,
        "nothing was created"
    );
}

#[tokio::test]
async fn a_wrong_link_says_so_in_the_readers_language() {
    let app = spawn_app().await;
    let page = app
        .get(
            "/invitations/made-up",
            &[("cookie", "shadowdesk_locale=kk")],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Шақыру сілтемесі жарамсыз."));
}
