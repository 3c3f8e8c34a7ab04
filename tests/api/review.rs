//! Reviewing sections: comment threads, suggested edits accepted (merged) or rejected, and
//! writers' private drafts.

use entities::{section_draft, section_revision, section_suggestion, states::SuggestionStatus};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

async fn call(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let response = app.post_form(path, form, &[("cookie", cookie)]).await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// The id of the demonstration section written by `short_name`.
async fn section_of(app: &TestApp, short_name: &str) -> String {
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
        .to_string()
}

async fn review(app: &TestApp, cookie: &str, id: &str) -> Value {
    let (status, view) = call(app, cookie, "/api/section_review", &[("id", id)]).await;
    assert_eq!(status, 200, "{view}");
    view
}

#[tokio::test]
async fn threads_are_started_answered_resolved_and_counted() {
    let app = spawn_app().await;
    let reviewer = app.sign_in("reviewer@freeword.example").await;
    let editor = app.sign_in("editor@lift.example").await;
    let observer = app.sign_in("observer@equalaccess.example").await;
    let id = section_of(&app, "LIFT").await;

    let (status, thread) = call(
        &app,
        &reviewer,
        "/api/add_comment",
        &[
            ("section_id", &id),
            ("body", "Which courts did the monitors attend?"),
            ("quote", "Trial monitors observed"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{thread}");
    let thread = thread.to_string();
    let (status, _) = call(
        &app,
        &editor,
        "/api/add_comment",
        &[
            ("section_id", &id),
            ("body", "Almaty and Shymkent city courts."),
            ("reply_to", &thread),
        ],
    )
    .await;
    assert_eq!(status, 200);
    // Bad comments change nothing.
    let (status, _) = call(
        &app,
        &editor,
        "/api/add_comment",
        &[("section_id", &id), ("body", "  ")],
    )
    .await;
    assert_eq!(status, 422);
    let (status, _) = call(
        &app,
        &editor,
        "/api/add_comment",
        &[("section_id", &id), ("body", "x"), ("reply_to", "99999")],
    )
    .await;
    assert_eq!(status, 422, "a reply to a thread that is not there");
    let (status, _) = call(
        &app,
        &observer,
        "/api/add_comment",
        &[("section_id", &id), ("body", "x")],
    )
    .await;
    assert_eq!(status, 403, "observers read, they do not comment");

    let view = review(&app, &observer, &id).await;
    let threads = view["threads"].as_array().unwrap();
    assert_eq!(threads.len(), 1);
    assert_eq!(threads[0]["quote"], "Trial monitors observed");
    assert_eq!(threads[0]["comments"].as_array().unwrap().len(), 2);
    assert_eq!(threads[0]["comments"][1]["author"], "Daniyar Omarov");
    assert_eq!(threads[0]["comments"][1]["organisation"], "LIFT");
    assert_eq!(view["can_comment"], false);
    let outline: Value = call(&app, &editor, "/api/report_outline", &[("id", "1")])
        .await
        .1;
    let row = |outline: &Value| {
        outline["sections"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id.parse::<i64>().unwrap())
            .unwrap()
            .clone()
    };
    assert_eq!(row(&outline)["open_threads"], 1);

    // The section's writer resolves it; its author may reopen it; others may not touch it.
    let (status, _) = call(
        &app,
        &observer,
        "/api/resolve_thread",
        &[("id", &thread), ("resolved", "true")],
    )
    .await;
    assert_eq!(status, 403);
    let (status, _) = call(
        &app,
        &editor,
        "/api/resolve_thread",
        &[("id", &thread), ("resolved", "true")],
    )
    .await;
    assert_eq!(status, 200);
    let view = review(&app, &reviewer, &id).await;
    assert_eq!(view["threads"][0]["resolved"], true);
    assert_eq!(view["threads"][0]["resolved_by"], "Daniyar Omarov");
    let outline: Value = call(&app, &editor, "/api/report_outline", &[("id", "1")])
        .await
        .1;
    assert_eq!(row(&outline)["open_threads"], 0);
    let (status, _) = call(
        &app,
        &reviewer,
        "/api/resolve_thread",
        &[("id", &thread), ("resolved", "false")],
    )
    .await;
    assert_eq!(status, 200, "the thread's author reopens it");
    assert_eq!(
        review(&app, &reviewer, &id).await["threads"][0]["resolved"],
        false
    );
}

async fn body_of(app: &TestApp, cookie: &str, id: &str) -> (String, i64) {
    let (_, section) = call(app, cookie, "/api/section", &[("id", id)]).await;
    (
        section["body"].as_str().unwrap().to_string(),
        section["version"].as_i64().unwrap(),
    )
}

#[tokio::test]
async fn suggestions_are_accepted_as_merged_saves_or_rejected() {
    let app = spawn_app().await;
    let reviewer = app.sign_in("reviewer@freeword.example").await;
    let editor = app.sign_in("editor@lift.example").await;
    let id = section_of(&app, "LIFT").await;
    let first = "Trial monitors observed many hearings.";
    let second = "Judges rarely excluded evidence.";
    let (status, _) = call(
        &app,
        &editor,
        "/api/save_section",
        &[
            ("id", &id),
            ("base_version", "1"),
            ("body", &format!("{first}\n\n{second}")),
        ],
    )
    .await;
    assert_eq!(status, 200);

    // The reviewer cannot write the section, but may propose a change to its first paragraph.
    let (_, section) = call(&app, &reviewer, "/api/section", &[("id", &id)]).await;
    assert_eq!(section["can_edit"], false);
    assert_eq!(section["can_suggest"], true);
    let proposed = format!("Trial monitors observed 212 hearings.\n\n{second}");
    let (status, suggestion) = call(
        &app,
        &reviewer,
        "/api/suggest_edit",
        &[
            ("section_id", &id),
            ("base_version", "2"),
            ("body", &proposed),
            ("message", "Give the number"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{suggestion}");
    let suggestion = suggestion.to_string();
    let (status, _) = call(
        &app,
        &reviewer,
        "/api/suggest_edit",
        &[
            ("section_id", &id),
            ("base_version", "2"),
            ("body", &format!("{first}\n\n{second}")),
        ],
    )
    .await;
    assert_eq!(status, 422, "a suggestion must change something");

    // Meanwhile the editor rewrites the second paragraph: accepting merges both.
    let (status, _) = call(
        &app,
        &editor,
        "/api/save_section",
        &[
            ("id", &id),
            ("base_version", "2"),
            (
                "body",
                &format!("{first}\n\nJudges never excluded evidence."),
            ),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let view = review(&app, &editor, &id).await;
    assert_eq!(view["can_decide"], true);
    let changes = &view["suggestions"][0]["changes"];
    assert!(
        changes
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["kind"] == "added" && p["text"].as_str().unwrap().contains("212")),
        "{changes}"
    );
    let (status, _) = call(
        &app,
        &reviewer,
        "/api/decide_suggestion",
        &[("id", &suggestion), ("accept", "true")],
    )
    .await;
    assert_eq!(status, 403, "the proposer does not decide");
    let (status, decision) = call(
        &app,
        &editor,
        "/api/decide_suggestion",
        &[("id", &suggestion), ("accept", "true")],
    )
    .await;
    assert_eq!(status, 200, "{decision}");
    assert_eq!(decision, serde_json::json!({"Accepted": {"version": 4}}));
    let (body, version) = body_of(&app, &editor, &id).await;
    assert_eq!(
        body,
        "Trial monitors observed 212 hearings.\n\nJudges never excluded evidence."
    );
    assert_eq!(version, 4);
    let revision = section_revision::Entity::find()
        .filter(section_revision::Column::Version.eq(4))
        .filter(section_revision::Column::SectionId.eq(id.parse::<i32>().unwrap()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        revision.message.as_deref(),
        Some(format!("accepted suggestion #{suggestion}").as_str())
    );
    let (status, _) = call(
        &app,
        &editor,
        "/api/decide_suggestion",
        &[("id", &suggestion), ("accept", "false")],
    )
    .await;
    assert_eq!(status, 422, "decided once");

    // A suggestion on a paragraph that changed since conflicts: nothing changes, it stays open.
    let (status, clash) = call(
        &app,
        &reviewer,
        "/api/suggest_edit",
        &[
            ("section_id", &id),
            ("base_version", "3"),
            (
                "body",
                "Trial monitors observed 300 hearings.\n\nJudges never excluded evidence.",
            ),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let (status, decision) = call(
        &app,
        &editor,
        "/api/decide_suggestion",
        &[("id", &clash.to_string()), ("accept", "true")],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(decision, serde_json::json!("Conflict"));
    assert_eq!(body_of(&app, &editor, &id).await.1, 4, "nothing saved");
    let stored = section_suggestion::Entity::find_by_id(clash.as_i64().unwrap() as i32)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, SuggestionStatus::Open);
    let (status, decision) = call(
        &app,
        &editor,
        "/api/decide_suggestion",
        &[("id", &clash.to_string()), ("accept", "false")],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(decision, serde_json::json!("Rejected"));
}

#[tokio::test]
async fn drafts_are_private_and_end_with_a_save() {
    let app = spawn_app().await;
    let editor = app.sign_in("editor@lift.example").await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let id = section_of(&app, "LIFT").await;
    let (status, _) = call(
        &app,
        &editor,
        "/api/autosave_draft",
        &[
            ("id", &id),
            ("base_version", "1"),
            ("body", "Half-written paragraph"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    // Autosaving again replaces it.
    let (status, _) = call(
        &app,
        &editor,
        "/api/autosave_draft",
        &[
            ("id", &id),
            ("base_version", "1"),
            ("body", "Half-written paragraph, longer"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let (_, mine) = call(&app, &editor, "/api/section", &[("id", &id)]).await;
    assert_eq!(mine["draft"]["body"], "Half-written paragraph, longer");
    assert_eq!(mine["draft"]["base_version"], 1);
    let (_, theirs) = call(&app, &coordinator, "/api/section", &[("id", &id)]).await;
    assert_eq!(theirs["draft"], Value::Null, "nobody else sees it");
    let (status, _) = call(
        &app,
        &editor,
        "/api/autosave_draft",
        &[("id", &id), ("base_version", "9"), ("body", "x")],
    )
    .await;
    assert_eq!(status, 422, "a draft on a version that does not exist");

    let (status, _) = call(
        &app,
        &editor,
        "/api/save_section",
        &[
            ("id", &id),
            ("base_version", "1"),
            ("body", "Half-written paragraph, finished."),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let drafts = section_draft::Entity::find()
        .order_by_asc(section_draft::Column::SavedAt)
        .all(&app.db)
        .await
        .unwrap();
    assert!(drafts.is_empty(), "saving ends the draft: {drafts:?}");

    call(
        &app,
        &editor,
        "/api/autosave_draft",
        &[("id", &id), ("base_version", "2"), ("body", "Another")],
    )
    .await;
    let (status, _) = call(&app, &editor, "/api/discard_draft", &[("id", &id)]).await;
    assert_eq!(status, 200);
    let (_, mine) = call(&app, &editor, "/api/section", &[("id", &id)]).await;
    assert_eq!(mine["draft"], Value::Null);
}
