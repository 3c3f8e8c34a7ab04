//! Monitoring figures in a report and the tracker, on SQLite and PostgreSQL: the running
//! counts follow every change of an act or event; a writer puts a table of them into a section
//! they write (a new version, in the history), refreshes it in place after a new act, and the
//! draft export carries it as a Word table; those who may not write the section change
//! nothing. Events linked to a recommendation are counted on its page for every reader and
//! listed for those who read them.

use entities::{report_section, section_revision};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::Value;

use crate::{
    docx_reader::Docx,
    helpers::{Backend, TestApp, spawn_app_on},
    monitoring::{EDITOR, add_act, call, event_form, lift, save_event},
};

const OBSERVER: &str = "observer@equalaccess.example";
const REVIEWER: &str = "reviewer@freeword.example";
/// The demonstration's fair-trial section, which LIFT (the demo editor's) writes.
const FAIR_TRIAL: &str = "4";

fn act(act_type: &str, victims: &str, group: &str) -> [(&'static str, String); 5] {
    [
        ("act_type", act_type.to_string()),
        ("victims", victims.to_string()),
        ("sex", "mixed".to_string()),
        ("age_group", "adult".to_string()),
        ("victim_group", group.to_string()),
    ]
}

async fn record(app: &TestApp, cookie: &str, lift: i32, changes: &[(&str, &str)]) -> i32 {
    let (status, id) = save_event(app, cookie, &event_form(lift, changes)).await;
    assert_eq!(status, 200, "{id}");
    id.as_i64().unwrap() as i32
}

async fn add(app: &TestApp, cookie: &str, event: i32, fields: &[(&'static str, String)]) -> i32 {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let (status, id) = add_act(app, cookie, event, &fields).await;
    assert_eq!(status, 200, "{id}");
    id.as_i64().unwrap() as i32
}

/// `(acts, victims)` of the row `label` of the counts `table` (`by_region`, …).
fn row(view: &Value, table: &str, label: &str) -> Option<(i64, i64)> {
    view["counts"][table]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["label"] == label)
        .map(|r| (r["acts"].as_i64().unwrap(), r["victims"].as_i64().unwrap()))
}

async fn body(app: &TestApp) -> String {
    report_section::Entity::find_by_id(FAIR_TRIAL.parse::<i32>().unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .body
}

async fn insert(app: &TestApp, cookie: &str, section: &str, table: &str) -> (u16, Value) {
    call(
        app,
        cookie,
        "/api/insert_monitoring_table",
        &[("section_id", section), ("breakdown", table)],
    )
    .await
}

async fn counts_go_into_a_section_as_a_table_refreshed_and_exported(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let editor = app.sign_in(EDITOR).await;
    let observer = app.sign_in(OBSERVER).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let lift = lift(&app).await;

    // Two events with an act each; the counts follow a change of date and region, and the
    // removal of an act.
    let almaty = record(&app, &editor, lift, &[("started_on", "2025-03-08")]).await;
    add(
        &app,
        &editor,
        almaty,
        &act("assembly_notification_refused", "12", "defender"),
    )
    .await;
    let shymkent = record(
        &app,
        &editor,
        lift,
        &[("region", "Shymkent"), ("started_on", "2026-05-01")],
    )
    .await;
    let torture = add(&app, &editor, shymkent, &act("torture", "1", "detainee")).await;
    let (_, view) = call(&app, &reviewer, "/api/monitoring", &[]).await;
    assert_eq!(row(&view, "by_region", "Almaty"), Some((1, 12)), "{view}");
    assert_eq!(row(&view, "by_year", "2025"), Some((1, 12)));
    let (_, detail) = call(
        &app,
        &editor,
        "/api/monitoring_event",
        &[("id", &almaty.to_string())],
    )
    .await;
    let moved = event_form(
        lift,
        &[
            ("id", &almaty.to_string()),
            ("version", &detail["form"]["version"].to_string()),
            ("region", "Almaty region"),
            ("started_on", "2026-03-08"),
        ],
    );
    let (status, body_) = save_event(&app, &editor, &moved).await;
    assert_eq!(status, 200, "{body_}");
    let (status, _) = call(
        &app,
        &editor,
        "/api/remove_act",
        &[("id", &torture.to_string())],
    )
    .await;
    assert_eq!(status, 200);
    let (_, view) = call(&app, &reviewer, "/api/monitoring", &[]).await;
    assert_eq!(row(&view, "by_region", "Almaty"), None, "{view}");
    assert_eq!(row(&view, "by_region", "Almaty region"), Some((1, 12)));
    assert_eq!(
        row(&view, "by_region", "Shymkent"),
        None,
        "the act was removed"
    );
    assert_eq!(row(&view, "by_year", "2025"), None);
    assert_eq!(row(&view, "by_year", "2026"), Some((1, 12)));
    assert_eq!(row(&view, "by_type", "torture"), None);
    add(&app, &editor, shymkent, &act("torture", "1", "detainee")).await;

    // Where each may put a table: the editor into the sections LIFT writes, the observer
    // nowhere.
    let (status, figures) = call(&app, &editor, "/api/monitoring_figures", &[]).await;
    assert_eq!(status, 200, "{figures}");
    let coalition = &figures[0];
    assert_eq!(coalition["counts"]["events"], 2, "{figures}");
    assert!(
        coalition["sections"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == 4),
        "{figures}"
    );
    let (_, figures) = call(&app, &observer, "/api/monitoring_figures", &[]).await;
    assert_eq!(figures[0]["sections"], serde_json::json!([]), "{figures}");

    // Those who may not write the section, or ask for no such table or section, change
    // nothing.
    let before = body(&app).await;
    for cookie in [&observer, &reviewer] {
        let (status, _) = insert(&app, cookie, FAIR_TRIAL, "by-year").await;
        assert_eq!(status, 403);
    }
    let (status, _) = insert(&app, &editor, "999999", "by-year").await;
    assert_eq!(status, 403);
    let (status, _) = insert(&app, &editor, FAIR_TRIAL, "by-colour").await;
    assert_eq!(status, 400);
    assert_eq!(body(&app).await, before);

    // Inserted at the section's end: a new version with its message in the history.
    let (status, inserted) = insert(&app, &editor, FAIR_TRIAL, "by-year").await;
    assert_eq!(status, 200, "{inserted}");
    assert_eq!(inserted["refreshed"], false);
    let text = body(&app).await;
    assert!(text.starts_with(before.trim_end()), "{text}");
    assert!(
        text.contains("<!-- shadowdesk-monitoring by-year -->"),
        "{text}"
    );
    assert!(text.contains("**Acts and victims by year**"), "{text}");
    assert!(text.contains("| 2026 | 2 | 13 |"), "{text}");
    assert!(text.contains("| **Total** | **2** | **13** |"), "{text}");
    assert!(text.contains("(2 events)"), "{text}");
    let latest = section_revision::Entity::find()
        .filter(section_revision::Column::SectionId.eq(4))
        .order_by_desc(section_revision::Column::Version)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(latest.version, inserted["version"].as_i64().unwrap() as i32);
    assert_eq!(latest.message.as_deref(), Some("Monitoring table inserted"));
    let (status, table) = insert(&app, &editor, FAIR_TRIAL, "type-by-year").await;
    assert_eq!(status, 200, "{table}");
    assert!(
        body(&app)
            .await
            .contains("| Torture or ill-treatment | 1 | 1 |"),
        "{}",
        body(&app).await
    );

    // A new act, then a refresh: the same table in place, with the new counts.
    add(
        &app,
        &editor,
        shymkent,
        &act("pressure_on_journalist", "2", "journalist"),
    )
    .await;
    let (status, refreshed) = insert(&app, &editor, FAIR_TRIAL, "by-year").await;
    assert_eq!(status, 200, "{refreshed}");
    assert_eq!(refreshed["refreshed"], true);
    assert_eq!(
        refreshed["version"].as_i64().unwrap(),
        table["version"].as_i64().unwrap() + 1
    );
    let text = body(&app).await;
    assert!(text.contains("| 2026 | 3 | 15 |"), "{text}");
    assert!(!text.contains("| 2026 | 2 | 13 |"), "{text}");
    assert_eq!(
        text.matches("<!-- shadowdesk-monitoring by-year -->")
            .count(),
        1,
        "{text}"
    );
    assert!(
        text.find("by-year -->").unwrap() < text.find("type-by-year -->").unwrap(),
        "refreshed in place: {text}"
    );
    let (_, figures) = call(&app, &editor, "/api/monitoring_figures", &[]).await;
    let section = figures[0]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == 4)
        .unwrap();
    assert_eq!(
        section["tables"],
        serde_json::json!(["by-year", "type-by-year"])
    );

    // The draft export carries the table as a Word table, and not the markers.
    let response = app
        .get("/reports/1/export.docx", &[("cookie", editor.as_str())])
        .await;
    assert_eq!(response.status(), 200);
    let docx = Docx::open(&response.bytes().await.unwrap());
    let document = docx.part("word/document.xml");
    let tables = document.matches("</w:tbl>").count();
    assert!(tables >= 2, "{tables} tables");
    let cells: String = crate::docx_reader::paragraphs(document)
        .into_iter()
        .map(|p| p.text)
        .collect::<Vec<_>>()
        .join("|");
    assert!(cells.contains("2026|3|15"), "{cells}");
    assert!(cells.contains("Acts and victims by year"), "{cells}");
    assert!(!document.contains("shadowdesk-monitoring"));
}

#[tokio::test]
async fn counts_go_into_a_section_as_a_table_refreshed_and_exported_on_sqlite() {
    counts_go_into_a_section_as_a_table_refreshed_and_exported(Backend::Sqlite).await;
}

#[tokio::test]
async fn counts_go_into_a_section_as_a_table_refreshed_and_exported_on_postgres() {
    counts_go_into_a_section_as_a_table_refreshed_and_exported(Backend::Postgres).await;
}

async fn events_are_evidence_for_recommendations(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let editor = app.sign_in(EDITOR).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let lift = lift(&app).await;
    let event = record(&app, &editor, lift, &[]).await;
    add(
        &app,
        &editor,
        event,
        &act("assembly_notification_refused", "12", "defender"),
    )
    .await;
    let link = |cookie: String, linked: &'static str| {
        let app = &app;
        let event = event.to_string();
        async move {
            call(
                app,
                &cookie,
                "/api/link_event",
                &[
                    ("recommendation_id", "1"),
                    ("event_id", &event),
                    ("linked", linked),
                ],
            )
            .await
        }
    };
    // Only the event's organisation's writers link it.
    for cookie in [&reviewer, &coordinator] {
        let (status, _) = link(cookie.to_string(), "true").await;
        assert_eq!(status, 403);
    }
    let (_, evidence) = call(&app, &editor, "/api/monitoring_evidence", &[("id", "1")]).await;
    assert_eq!(evidence["events"], 0, "{evidence}");
    assert_eq!(evidence["choices"][0]["id"], event, "{evidence}");
    let (status, body) = link(editor.clone(), "true").await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = link(editor.clone(), "true").await;
    assert_eq!(status, 200, "linking twice makes one link");

    // Counted for every reader; listed only for those who read the event.
    let (_, theirs) = call(&app, &reviewer, "/api/monitoring_evidence", &[("id", "1")]).await;
    assert_eq!(theirs["events"], 1, "{theirs}");
    assert_eq!(theirs["acts"], 1);
    assert_eq!(theirs["victims"], 12);
    assert_eq!(theirs["listed"], serde_json::json!([]), "not shared");
    let (_, own) = call(&app, &editor, "/api/monitoring_evidence", &[("id", "1")]).await;
    assert_eq!(own["listed"][0]["id"], event, "{own}");
    assert_eq!(own["listed"][0]["can_unlink"], true);
    assert_eq!(own["choices"], serde_json::json!([]));
    let (_, detail) = call(
        &app,
        &editor,
        "/api/monitoring_event",
        &[("id", &event.to_string())],
    )
    .await;
    assert_eq!(detail["recommendations"][0]["id"], 1, "{detail}");

    // Unlinked: nothing counted; both changes audited.
    let (status, _) = link(editor.clone(), "false").await;
    assert_eq!(status, 200);
    let (_, evidence) = call(&app, &reviewer, "/api/monitoring_evidence", &[("id", "1")]).await;
    assert_eq!(evidence["events"], 0, "{evidence}");
    let actions: Vec<String> = entities::audit_event::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    for expected in ["event_linked", "event_unlinked"] {
        assert!(actions.iter().any(|a| a == expected), "{expected}");
    }
    assert_eq!(
        actions.iter().filter(|a| *a == "event_linked").count(),
        1,
        "the second link changed nothing"
    );
}

#[tokio::test]
async fn events_are_evidence_for_recommendations_on_sqlite() {
    events_are_evidence_for_recommendations(Backend::Sqlite).await;
}

#[tokio::test]
async fn events_are_evidence_for_recommendations_on_postgres() {
    events_are_evidence_for_recommendations(Backend::Postgres).await;
}
