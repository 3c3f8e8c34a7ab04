//! Writing sections: permissions, locks, limits, and no lost edits — merges, conflicts and
//! many writers at once on SQLite and PostgreSQL.

use std::collections::HashSet;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::{Backend, TestApp, spawn_app, spawn_app_on};

/// The id of the demonstration section assigned to the organisation `short_name`.
async fn section_of(app: &TestApp, short_name: &str) -> i32 {
    let org = entities::organisation::Entity::find()
        .filter(entities::organisation::Column::ShortName.eq(short_name))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    entities::report_section::Entity::find()
        .filter(entities::report_section::Column::AssignedOrganisationId.eq(org.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn read(app: &TestApp, cookie: &str, id: i32) -> Value {
    app.post_form(
        "/api/section",
        &[("id", &id.to_string())],
        &[("cookie", cookie)],
    )
    .await
    .json()
    .await
    .unwrap()
}

async fn save(app: &TestApp, cookie: &str, id: i32, base: i64, body: &str) -> reqwest::Response {
    app.post_form(
        "/api/save_section",
        &[
            ("id", &id.to_string()),
            ("base_version", &base.to_string()),
            ("body", body),
        ],
        &[("cookie", cookie)],
    )
    .await
}

async fn revisions(app: &TestApp, id: i32) -> Vec<entities::section_revision::Model> {
    entities::section_revision::Entity::find()
        .filter(entities::section_revision::Column::SectionId.eq(id))
        .all(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_editor_saves_their_own_section_and_each_save_is_a_revision() {
    let app = spawn_app().await;
    let editor = app.sign_in("editor@lift.example").await;
    let id = section_of(&app, "LIFT").await;
    let section = read(&app, &editor, id).await;
    assert_eq!(section["can_edit"], true);
    let version = section["version"].as_i64().unwrap();
    let saved = save(&app, &editor, id, version, "New text by LIFT.").await;
    assert_eq!(saved.status(), 200);
    let outcome: Value = saved.json().await.unwrap();
    assert_eq!(outcome["Saved"]["version"], version + 1);
    assert_eq!(read(&app, &editor, id).await["body"], "New text by LIFT.");
    let history = revisions(&app, id).await;
    assert_eq!(history.len(), 2, "the seeded text and the save");
    let last = history.iter().max_by_key(|r| r.version).unwrap();
    assert_eq!(last.body, "New text by LIFT.");
    assert!(last.author_user_id.is_some() && last.organisation_id.is_some());
    // The audit log has it.
    let admin = app.sign_in("admin@shadowdesk.example").await;
    let log = app
        .post_form(
            "/api/audit_log",
            &[("action", "section_saved")],
            &[("cookie", &admin)],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(log.contains("version 2"), "{log}");
}

#[tokio::test]
async fn other_organisations_reviewers_locked_and_oversized_saves_change_nothing() {
    let app = spawn_app().await;
    let editor = app.sign_in("editor@lift.example").await;
    let reviewer = app.sign_in("reviewer@freeword.example").await;
    let theirs = section_of(&app, "Free Word").await;
    let approved = section_of(&app, "SBHR").await;
    let own = section_of(&app, "LIFT").await;
    assert_eq!(read(&app, &editor, theirs).await["can_edit"], false);
    assert_eq!(save(&app, &editor, theirs, 1, "hijack").await.status(), 403);
    assert_eq!(
        save(&app, &reviewer, own, 1, "reviewers comment")
            .await
            .status(),
        403
    );
    assert_eq!(
        app.post_form(
            "/api/save_section",
            &[("id", "1"), ("base_version", "1"), ("body", "x")],
            &[]
        )
        .await
        .status(),
        401
    );

    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let locked = save(&app, &coordinator, approved, 1, "changed after approval").await;
    assert_eq!(locked.status(), 422);
    assert!(locked.text().await.unwrap().contains("approved and locked"));

    let huge = "word ".repeat(50_000);
    let too_large = save(&app, &editor, own, 1, &huge).await;
    assert_eq!(too_large.status(), 422);
    assert!(too_large.text().await.unwrap().contains("200 KB at most"));
    let stale = save(&app, &editor, own, 99, "from the future").await;
    assert_eq!(stale.status(), 422);
    for id in [theirs, approved, own] {
        assert_eq!(
            revisions(&app, id).await.len(),
            1,
            "nothing saved to section {id}"
        );
    }
}

const BASE: &str = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n";

#[tokio::test]
async fn saves_from_the_same_version_merge_or_conflict_but_never_overwrite() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let id = section_of(&app, "LIFT").await;
    let outcome: Value = save(&app, &coordinator, id, 1, BASE)
        .await
        .json()
        .await
        .unwrap();
    let base = outcome["Saved"]["version"].as_i64().unwrap();

    // Two people start from `base`; their edits touch different paragraphs: both kept.
    let first = BASE.replace("First paragraph.", "First paragraph, by LIFT.");
    let second = BASE.replace("Third paragraph.", "Third paragraph, by the bureau.");
    save(&app, &coordinator, id, base, &first).await;
    let merged: Value = save(&app, &coordinator, id, base, &second)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(merged["Saved"]["merged"], true, "{merged}");
    let body = merged["Saved"]["body"].as_str().unwrap();
    assert!(
        body.contains("by LIFT") && body.contains("by the bureau"),
        "{body}"
    );

    // A third person also started from `base` and rewrote the first paragraph: conflict.
    let clash = BASE.replace("First paragraph.", "First paragraph, rewritten.");
    let conflict: Value = save(&app, &coordinator, id, base, &clash)
        .await
        .json()
        .await
        .unwrap();
    let current = read(&app, &coordinator, id).await;
    assert_eq!(conflict["Conflict"]["version"], current["version"]);
    assert_eq!(conflict["Conflict"]["ours"], clash.as_str());
    assert_eq!(conflict["Conflict"]["theirs"], current["body"]);
    assert!(
        current["body"].as_str().unwrap().contains("by LIFT"),
        "nothing overwritten"
    );
    // Keeping one's own version is a deliberate save on top of the current one.
    let kept: Value = save(
        &app,
        &coordinator,
        id,
        current["version"].as_i64().unwrap(),
        &clash,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(kept["Saved"]["merged"], false);
}

/// `writers` people each rewrite their own paragraph of one section, all from the same
/// version, at the same time; every acknowledged edit must be in the final text.
async fn many_writers_lose_nothing(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let writers = 20;
    let sections = [
        section_of(&app, "LIFT").await,
        section_of(&app, "Free Word").await,
    ];
    let start: String = (0..writers)
        .map(|i| format!("Paragraph {i} as drafted.\n\n"))
        .collect();
    let mut bases = Vec::new();
    for id in sections {
        let outcome: Value = save(&app, &coordinator, id, 1, &start)
            .await
            .json()
            .await
            .unwrap();
        bases.push(outcome["Saved"]["version"].as_i64().unwrap());
    }
    let mut tasks = Vec::new();
    for (id, base) in sections.into_iter().zip(bases.clone()) {
        for i in 0..writers {
            let app = app.address.clone();
            let cookie = coordinator.clone();
            let body = start.replace(
                &format!("Paragraph {i} as drafted."),
                &format!("Paragraph {i} rewritten by writer {i}."),
            );
            tasks.push(tokio::spawn(async move {
                let client = reqwest::Client::new();
                let response = client
                    .post(format!("{app}/api/save_section"))
                    .header("origin", &app)
                    .header("cookie", cookie)
                    .form(&[
                        ("id", id.to_string()),
                        ("base_version", base.to_string()),
                        ("body", body),
                    ])
                    .send()
                    .await
                    .unwrap();
                let status = response.status();
                let outcome: Value = response.json().await.unwrap_or(Value::Null);
                (id, i, status, outcome)
            }));
        }
    }
    let mut acknowledged = HashSet::new();
    for task in tasks {
        let (id, i, status, outcome) = task.await.unwrap();
        assert!(
            !status.is_server_error(),
            "writer {i} on {id}: {status} {outcome}"
        );
        if outcome.get("Saved").is_some() {
            acknowledged.insert((id, i));
        }
    }
    assert_eq!(
        acknowledged.len(),
        sections.len() * writers,
        "edits to separate paragraphs all merge"
    );
    for (id, base) in sections.into_iter().zip(bases) {
        let section = read(&app, &coordinator, id).await;
        let body = section["body"].as_str().unwrap();
        for i in 0..writers {
            if acknowledged.contains(&(id, i)) {
                assert!(
                    body.contains(&format!("rewritten by writer {i}.")),
                    "edit {i} lost in {id}:\n{body}"
                );
            }
        }
        assert_eq!(section["version"].as_i64().unwrap(), base + writers as i64);
        let versions: HashSet<i32> = revisions(&app, id)
            .await
            .iter()
            .map(|r| r.version)
            .collect();
        assert_eq!(
            versions.len() as i64,
            base + writers as i64,
            "one revision per version"
        );
    }
}

#[tokio::test]
async fn many_writers_lose_nothing_on_sqlite() {
    many_writers_lose_nothing(Backend::Sqlite).await;
}

#[tokio::test]
async fn many_writers_lose_nothing_on_postgres() {
    many_writers_lose_nothing(Backend::Postgres).await;
}

#[tokio::test]
async fn the_preview_is_sanitised_and_the_outline_lists_the_sections() {
    let app = spawn_app().await;
    let editor = app.sign_in("editor@lift.example").await;
    let preview: Value = app
        .post_form(
            "/api/preview_markdown",
            &[(
                "markdown",
                "**Bold**[^1] <script>alert(1)</script> [x](javascript:alert(1))\n\n[^1]: Note.",
            )],
            &[("cookie", &editor)],
        )
        .await
        .json()
        .await
        .unwrap();
    let html = preview["html"].as_str().unwrap();
    // Counted as rendered: "Bold alert(1) x" in the body (only the tags are dropped), "Note." in
    // the notes.
    assert_eq!(preview["words"], serde_json::json!({"body": 3, "notes": 1}));
    assert!(html.contains("<strong>Bold</strong>"));
    assert!(
        !html.contains("<script") && !html.contains("javascript:"),
        "{html}"
    );
    let outline: Value = app
        .post_form(
            "/api/report_outline",
            &[("id", "1")],
            &[("cookie", &editor)],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(outline["sections"].as_array().unwrap().len(), 7);
    assert_eq!(outline["profile"]["word_limit"], 10_000);
    let page = app
        .get("/reports/1", &[("cookie", &editor)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("/sections/"), "sections link to the editor");
}

#[tokio::test]
async fn history_lists_every_save_compares_two_and_restores_one_as_a_new_version() {
    let app = spawn_app().await;
    let editor = app.sign_in("editor@lift.example").await;
    let id = section_of(&app, "LIFT").await;
    let first: Value = save(
        &app,
        &editor,
        id,
        1,
        "The State should ratify the Protocol.",
    )
    .await
    .json()
    .await
    .unwrap();
    let v2 = first["Saved"]["version"].as_i64().unwrap();
    save(
        &app,
        &editor,
        id,
        v2,
        "The State must ratify the Optional Protocol.",
    )
    .await;

    let history: Value = app
        .post_form(
            "/api/section_history",
            &[("id", &id.to_string())],
            &[("cookie", &editor)],
        )
        .await
        .json()
        .await
        .unwrap();
    let rows = history.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["version"], 3, "newest first");
    assert_eq!(rows[0]["author"], "Daniyar Omarov");
    assert_eq!(rows[0]["organisation"], "LIFT");

    let diff: Value = app
        .post_form(
            "/api/revision_diff",
            &[("id", &id.to_string()), ("from", "2"), ("to", "3")],
            &[("cookie", &editor)],
        )
        .await
        .json()
        .await
        .unwrap();
    let added: String = diff
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "added")
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert!(
        added.contains("must") && added.contains("Optional"),
        "{diff}"
    );

    let restored: Value = app
        .post_form(
            "/api/restore_revision",
            &[("id", &id.to_string()), ("version", "2")],
            &[("cookie", &editor)],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        restored["Saved"]["version"], 4,
        "restoring is a new revision"
    );
    assert_eq!(
        read(&app, &editor, id).await["body"],
        "The State should ratify the Protocol."
    );
    assert_eq!(revisions(&app, id).await.len(), 4, "nothing is rewritten");
    // Readers outside the organisation may read the history but not restore.
    let reviewer = app.sign_in("reviewer@freeword.example").await;
    let refused = app
        .post_form(
            "/api/restore_revision",
            &[("id", &id.to_string()), ("version", "3")],
            &[("cookie", &reviewer)],
        )
        .await;
    assert_eq!(refused.status(), 403);
    let page = app
        .get(&format!("/sections/{id}/history"), &[("cookie", &reviewer)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("v4") && page.contains("restored version 2"),
        "history page"
    );
}
