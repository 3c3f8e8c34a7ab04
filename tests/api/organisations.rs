//! Organisation pages: who sees them, who edits them, and edits that would be lost.

use serde_json::Value;

use crate::helpers::{TestApp, create_outsider, spawn_app};

async fn profile(app: &TestApp, cookie: &str, id: &str) -> reqwest::Response {
    app.post_form(
        "/api/organisation_profile",
        &[("id", id)],
        &[("cookie", cookie)],
    )
    .await
}

fn edit<'a>(version: &'a str, name: &'a str, website: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("details[id]", "1"),
        ("details[version]", version),
        ("details[name]", name),
        ("details[short_name]", "SBHR"),
        ("details[country]", "Kazakhstan"),
        ("details[region]", "Almaty"),
        ("details[description]", "National bureau."),
        ("details[website]", website),
        ("details[contact_email]", "office@sbhr.example"),
    ]
}

#[tokio::test]
async fn members_see_an_organisation_with_its_branches_and_people() {
    let app = spawn_app().await;
    let observer = app.sign_in("observer@equalaccess.example").await;
    let response = profile(&app, &observer, "1").await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["branches"].as_array().unwrap().len(), 9);
    assert!(
        body["people"]
            .to_string()
            .contains("coordinator@sbhr.example")
    );
    assert_eq!(body["can_edit"], false);
    let page = app
        .get("/organisations/1", &[("cookie", &observer)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Steppe Bureau"));

    create_outsider(&app).await;
    let outsider = app.sign_in("outsider@other.example").await;
    assert_eq!(profile(&app, &outsider, "1").await.status(), 403);
    assert_eq!(
        app.post_form("/api/organisation_profile", &[("id", "1")], &[])
            .await
            .status(),
        401
    );
}

#[tokio::test]
async fn coordinators_edit_details_and_a_stale_edit_is_refused() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let saved = app
        .post_form(
            "/api/update_organisation",
            &edit(
                "1",
                "Steppe Bureau for Human Rights",
                "https://sbhr.example",
            ),
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(saved.status(), 200);
    let body: Value = profile(&app, &coordinator, "1").await.json().await.unwrap();
    assert_eq!(body["details"]["name"], "Steppe Bureau for Human Rights");
    assert_eq!(body["details"]["version"], 2);

    // Based on version 1 again: someone saved in between, nothing is overwritten.
    let stale = app
        .post_form(
            "/api/update_organisation",
            &edit("1", "Another name", "https://sbhr.example"),
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(stale.status(), 422);
    assert!(
        stale
            .text()
            .await
            .unwrap()
            .contains("Someone else changed these details")
    );
    for (form, message) in [
        (
            edit("2", "", "https://sbhr.example"),
            "name: must be 1 to 200 characters",
        ),
        (
            edit("2", "X", "javascript:alert(1)"),
            "website: must be an address",
        ),
        (
            edit("2", "Free Word Media Foundation", "https://sbhr.example"),
            "another organisation already has",
        ),
    ] {
        let refused = app
            .post_form(
                "/api/update_organisation",
                &form,
                &[("cookie", &coordinator)],
            )
            .await;
        assert_eq!(refused.status(), 422);
        let text = refused.text().await.unwrap();
        assert!(text.contains(message), "{text}");
    }
    let body: Value = profile(&app, &coordinator, "1").await.json().await.unwrap();
    assert_eq!(body["details"]["name"], "Steppe Bureau for Human Rights");

    let editor = app.sign_in("editor@lift.example").await;
    let refused = app
        .post_form(
            "/api/update_organisation",
            &edit("2", "Editor's name", "https://sbhr.example"),
            &[("cookie", &editor)],
        )
        .await;
    assert_eq!(refused.status(), 403);
}
