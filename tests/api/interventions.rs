//! Interventions on a monitored event, on SQLite and PostgreSQL: the organisation's writer
//! records a complaint and its answer; whoever reads the event reads it; others change
//! nothing; bad input names the field and changes nothing; every change is audited.

use entities::{audit_event, monitoring_intervention};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::{
    helpers::{Backend, spawn_app_on},
    monitoring::{EDITOR, call, event_form, lift, save_event},
};

const REVIEWER: &str = "reviewer@freeword.example";

async fn interventions_are_recorded_read_and_removed(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let editor = app.sign_in(EDITOR).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let lift = lift(&app).await;
    let (status, event) = save_event(&app, &editor, &event_form(lift, &[("shared", "true")])).await;
    assert_eq!(status, 200, "{event}");
    let event = event.as_i64().unwrap().to_string();
    let form = |changes: &[(&'static str, &'static str)]| {
        let mut fields: Vec<(&str, &str)> = vec![
            ("event_id", event.as_str()),
            ("kind", "complaint"),
            ("body", "Prosecutor's office of Almaty"),
            ("submitted_on", "2026-03-10"),
            ("response", "The refusal was lawful."),
            ("outcome", "rejected"),
        ];
        for (name, value) in changes {
            if let Some(field) = fields.iter_mut().find(|(n, _)| n == name) {
                field.1 = value;
            }
        }
        fields
            .into_iter()
            .map(|(n, v)| (format!("intervention[{n}]"), v.to_string()))
            .collect::<Vec<_>>()
    };
    let send = |cookie: String, fields: Vec<(String, String)>| {
        let app = &app;
        async move {
            let form: Vec<(&str, &str)> = fields
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            call(app, &cookie, "/api/add_intervention", &form).await
        }
    };
    for (changes, field) in [
        (vec![("body", " ")], "addressed to"),
        (vec![("submitted_on", "2026-03-01")], "submitted on"),
        (vec![("submitted_on", "10 March")], "submitted on"),
    ] {
        let (status, body) = send(editor.clone(), form(&changes)).await;
        assert_eq!(status, 422, "{changes:?}: {body}");
        assert!(body.to_string().contains(field), "{body}");
    }
    let (status, _) = send(reviewer.clone(), form(&[])).await;
    assert_eq!(status, 403);
    assert_eq!(
        monitoring_intervention::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    let (status, id) = send(editor.clone(), form(&[])).await;
    assert_eq!(status, 200, "{id}");
    let (_, detail) = call(&app, &reviewer, "/api/monitoring_event", &[("id", &event)]).await;
    let listed = &detail["interventions"][0];
    assert_eq!(listed["kind"], "complaint", "{detail}");
    assert_eq!(listed["outcome"], "rejected");
    assert_eq!(listed["response"], "The refusal was lawful.");
    let (status, _) = call(
        &app,
        &reviewer,
        "/api/remove_intervention",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(status, 403);
    let (status, _) = call(
        &app,
        &editor,
        "/api/remove_intervention",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(status, 200);
    let (_, detail) = call(&app, &reviewer, "/api/monitoring_event", &[("id", &event)]).await;
    assert_eq!(detail["interventions"], serde_json::json!([]));
    let actions: Vec<String> = audit_event::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    for expected in ["intervention_added", "intervention_removed"] {
        assert!(actions.iter().any(|a| a == expected), "{expected}");
    }
}

#[tokio::test]
async fn interventions_are_recorded_read_and_removed_on_sqlite() {
    interventions_are_recorded_read_and_removed(Backend::Sqlite).await;
}

#[tokio::test]
async fn interventions_are_recorded_read_and_removed_on_postgres() {
    interventions_are_recorded_read_and_removed(Backend::Postgres).await;
}
