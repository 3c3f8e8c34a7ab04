//! Field monitoring over HTTP, on SQLite and PostgreSQL: a branch's writer records an event and
//! its acts; the coalition counts it at once, reads it only once shared, and never changes it;
//! observers record nothing; bad input is refused, naming the field, and changes nothing.

use std::io::Cursor;

use calamine::{Reader, Xlsx};
use entities::{audit_event, monitoring_act, monitoring_event, organisation};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::{Backend, TestApp, spawn_app_on};

pub(crate) const EDITOR: &str = "editor@lift.example";
const COORDINATOR: &str = "coordinator@sbhr.example";
const REVIEWER: &str = "reviewer@freeword.example";
const OBSERVER: &str = "observer@equalaccess.example";

pub(crate) async fn call(
    app: &TestApp,
    cookie: &str,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, Value) {
    let response = app.post_form(path, form, &[("cookie", cookie)]).await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// The id of LIFT, the demonstration's organisation of the demo editor.
pub(crate) async fn lift(app: &TestApp) -> i32 {
    organisation::Entity::find()
        .filter(organisation::Column::ShortName.eq("LIFT"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// The event form's fields, with `changes` over a valid event of LIFT's in coalition 1.
pub(crate) fn event_form(lift: i32, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let lift = lift.to_string();
    let mut fields: Vec<(&str, &str)> = vec![
        ("id", "0"),
        ("version", "0"),
        ("coalition_id", "1"),
        ("organisation_id", lift.as_str()),
        ("title", "Notification of a picket in Almaty refused"),
        ("started_on", "2026-03-08"),
        ("region", "Almaty"),
        ("locality", "Almaty"),
        (
            "description",
            "The akimat refused the notification of a picket on 8 March.",
        ),
        ("source", "Copy of the akimat's answer"),
        ("reliability", "high"),
        ("status", "closed"),
    ];
    for (name, value) in changes {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value,
            None => fields.push((name, value)),
        }
    }
    fields
        .into_iter()
        .map(|(n, v)| (format!("event[{n}]"), v.to_string()))
        .collect()
}

pub(crate) async fn save_event(
    app: &TestApp,
    cookie: &str,
    fields: &[(String, String)],
) -> (u16, Value) {
    let form: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    call(app, cookie, "/api/save_event", &form).await
}

pub(crate) async fn add_act(
    app: &TestApp,
    cookie: &str,
    event: i32,
    act: &[(&str, &str)],
) -> (u16, Value) {
    let event = event.to_string();
    let mut form = vec![("act[event_id]".to_string(), event)];
    form.extend(
        act.iter()
            .map(|(n, v)| (format!("act[{n}]"), v.to_string())),
    );
    let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    call(app, cookie, "/api/add_act", &form).await
}

async fn a_branch_records_an_event_that_the_coalition_counts_and_reads_once_shared(
    backend: Backend,
) {
    let app = spawn_app_on(backend).await;
    let editor = app.sign_in(EDITOR).await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let observer = app.sign_in(OBSERVER).await;
    let lift = lift(&app).await;

    // The editor may record for LIFT in the coalition; the observer may not record at all.
    let (status, view) = call(&app, &editor, "/api/monitoring", &[]).await;
    assert_eq!(status, 200, "{view}");
    assert!(
        view["recording_for"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["organisation_id"] == lift && c["coalition_id"] == 1),
        "{view}"
    );
    let (_, view) = call(&app, &observer, "/api/monitoring", &[]).await;
    assert_eq!(view["recording_for"], serde_json::json!([]));
    let (status, _) = save_event(&app, &observer, &event_form(lift, &[])).await;
    assert_eq!(status, 403);
    // Not for another organisation either.
    let (status, _) = save_event(&app, &editor, &event_form(lift + 1, &[])).await;
    assert_eq!(status, 403);

    // Bad input names the field and records nothing.
    for (changes, field) in [
        (vec![("title", " ")], "title"),
        (vec![("started_on", "8 March")], "date"),
        (vec![("ended_on", "2026-03-01")], "last day"),
        (vec![("region", "")], "region"),
    ] {
        let (status, body) = save_event(&app, &editor, &event_form(lift, &changes)).await;
        assert_eq!(status, 422, "{changes:?}: {body}");
        assert!(body.to_string().contains(field), "{body}");
    }
    assert_eq!(
        monitoring_event::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );

    // Recorded, not shared, with two acts.
    let (status, id) = save_event(&app, &editor, &event_form(lift, &[])).await;
    assert_eq!(status, 200, "{id}");
    let id = id.as_i64().unwrap() as i32;
    let refused = [
        ("act_type", "assembly_notification_refused"),
        ("ground", "The square is being repaired"),
        ("victims", "12"),
        ("sex", "mixed"),
        ("age_group", "adult"),
        ("victim_group", "defender"),
    ];
    let (status, body) = add_act(&app, &editor, id, &refused).await;
    assert_eq!(status, 200, "{body}");
    let journalist = [
        ("act_type", "pressure_on_journalist"),
        ("victims", "1"),
        ("sex", "female"),
        ("age_group", "adult"),
        ("victim_group", "journalist"),
    ];
    let (status, body) = add_act(&app, &editor, id, &journalist).await;
    assert_eq!(status, 200, "{body}");
    let negative = [
        ("act_type", "torture"),
        ("victims", "-1"),
        ("sex", "male"),
        ("age_group", "adult"),
        ("victim_group", "detainee"),
    ];
    let (status, body) = add_act(&app, &editor, id, &negative).await;
    assert_eq!(status, 422, "{body}");

    // The coalition counts it at once; only LIFT reads it.
    let (_, view) = call(&app, &reviewer, "/api/monitoring", &[]).await;
    assert_eq!(view["counts"]["events"], 1, "{view}");
    let by_type = view["counts"]["by_type"].as_array().unwrap();
    assert_eq!(by_type[0]["label"], "assembly_notification_refused");
    assert_eq!(by_type[0]["victims"], 12);
    assert_eq!(view["counts"]["by_region"][0]["label"], "Almaty");
    assert_eq!(view["counts"]["by_region"][0]["victims"], 13);
    assert_eq!(view["events"], serde_json::json!([]), "not shared");
    let csv = |cookie: String| {
        let app = &app;
        async move {
            let response = app
                .get("/exports/monitoring.csv", &[("cookie", cookie.as_str())])
                .await;
            assert_eq!(response.status(), 200);
            response.text().await.unwrap()
        }
    };
    let theirs = csv(reviewer.clone()).await;
    assert_eq!(theirs.lines().count(), 1, "the titles alone: {theirs}");
    let own = csv(editor.clone()).await;
    assert!(
        own.trim_start_matches('\u{feff}')
            .starts_with("Event,Date (or first day)"),
        "{own}"
    );
    assert!(
        own.contains("Assembly notification refused,The square is being repaired,12,Mixed"),
        "{own}"
    );
    assert!(
        !own.contains("akimat refused the notification"),
        "no description: {own}"
    );
    // The same rows as a workbook.
    let response = app
        .get("/exports/monitoring.xlsx", &[("cookie", editor.as_str())])
        .await;
    assert_eq!(response.status(), 200);
    let bytes = response.bytes().await.unwrap().to_vec();
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let range = workbook.worksheet_range("Monitoring").unwrap();
    let cells: Vec<Vec<String>> = range
        .rows()
        .map(|row| row.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(cells[0][0], "Event");
    assert_eq!(cells.len(), 3, "a header and two acts: {cells:?}");
    assert!(
        cells.iter().any(
            |row| row.contains(&"Assembly notification refused".to_string())
                && row.contains(&"12".to_string())
        ),
        "{cells:?}"
    );
    assert!(
        !cells
            .iter()
            .flatten()
            .any(|c| c.contains("akimat refused the notification")),
        "no description"
    );
    let (status, _) = call(
        &app,
        &reviewer,
        "/api/monitoring_event",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(status, 403);
    let (status, detail) = call(
        &app,
        &editor,
        "/api/monitoring_event",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(status, 200, "{detail}");
    assert_eq!(detail["acts"].as_array().unwrap().len(), 2);
    assert_eq!(detail["can_edit"], true);

    // Shared: the coalition reads it, but neither the coordinator nor the reviewer changes it.
    let version = detail["form"]["version"].to_string();
    let id_text = id.to_string();
    let (status, body) = save_event(
        &app,
        &editor,
        &event_form(
            lift,
            &[("id", &id_text), ("version", &version), ("shared", "true")],
        ),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (_, view) = call(&app, &reviewer, "/api/monitoring", &[]).await;
    assert_eq!(view["events"][0]["id"], id);
    assert_eq!(
        csv(reviewer.clone()).await.lines().count(),
        3,
        "shared: both acts"
    );
    assert_eq!(view["events"][0]["victims"], 13);
    let (status, detail) = call(
        &app,
        &coordinator,
        "/api/monitoring_event",
        &[("id", &id_text)],
    )
    .await;
    assert_eq!(status, 200, "{detail}");
    assert_eq!(detail["can_edit"], false);
    let (status, _) = add_act(&app, &coordinator, id, &journalist).await;
    assert_eq!(status, 403);
    let stale = event_form(
        lift,
        &[("id", &id_text), ("version", &version), ("title", "Old")],
    );
    let (status, body) = save_event(&app, &editor, &stale).await;
    assert_eq!(status, 422, "a save from an old version: {body}");

    // The writer removes an act; all of it audited.
    let act = monitoring_act::Entity::find()
        .filter(monitoring_act::Column::EventId.eq(id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let (status, _) = call(
        &app,
        &reviewer,
        "/api/remove_act",
        &[("id", &act.id.to_string())],
    )
    .await;
    assert_eq!(status, 403);
    let (status, _) = call(
        &app,
        &editor,
        "/api/remove_act",
        &[("id", &act.id.to_string())],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        monitoring_act::Entity::find().count(&app.db).await.unwrap(),
        1
    );
    let actions: Vec<String> = audit_event::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    for expected in ["event_recorded", "event_saved", "act_added", "act_removed"] {
        assert!(
            actions.iter().any(|a| a == expected),
            "{expected} in {actions:?}"
        );
    }
}

#[tokio::test]
async fn a_branch_records_an_event_that_the_coalition_counts_and_reads_once_shared_on_sqlite() {
    a_branch_records_an_event_that_the_coalition_counts_and_reads_once_shared(Backend::Sqlite)
        .await;
}

#[tokio::test]
async fn a_branch_records_an_event_that_the_coalition_counts_and_reads_once_shared_on_postgres() {
    a_branch_records_an_event_that_the_coalition_counts_and_reads_once_shared(Backend::Postgres)
        .await;
}

async fn a_coalitions_regions_are_kept_by_its_coordinators_and_hold_its_events(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let editor = app.sign_in(EDITOR).await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let lift = lift(&app).await;
    let set = |cookie: String, name: &'static str, listed: &'static str| {
        let app = &app;
        async move {
            call(
                app,
                &cookie,
                "/api/set_region",
                &[("coalition_id", "1"), ("name", name), ("listed", listed)],
            )
            .await
        }
    };
    // Without a list, any region; writers keep no list; an empty name is refused.
    let (status, _) =
        save_event(&app, &editor, &event_form(lift, &[("region", "Karaganda")])).await;
    assert_eq!(status, 200);
    let (status, _) = set(editor.clone(), "Almaty", "true").await;
    assert_eq!(status, 403);
    let (status, body) = set(coordinator.clone(), " ", "true").await;
    assert_eq!(status, 422, "{body}");
    for name in ["Almaty", "Shymkent", "Almaty"] {
        let (status, body) = set(coordinator.clone(), name, "true").await;
        assert_eq!(status, 200, "{body}");
    }
    let lists = |cookie: String| {
        let app = &app;
        async move {
            let (_, view) = call(app, &cookie, "/api/monitoring", &[]).await;
            view["region_lists"][0].clone()
        }
    };
    let theirs = lists(editor.clone()).await;
    assert_eq!(
        theirs["names"],
        serde_json::json!(["Almaty", "Shymkent"]),
        "{theirs}"
    );
    assert_eq!(theirs["can_edit"], false);
    assert_eq!(lists(coordinator.clone()).await["can_edit"], true);

    // With a list, an event names one of its regions; a name taken off no longer counts.
    let (status, body) =
        save_event(&app, &editor, &event_form(lift, &[("region", "Karaganda")])).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("region"), "{body}");
    let (status, _) = save_event(&app, &editor, &event_form(lift, &[("region", "Shymkent")])).await;
    assert_eq!(status, 200);
    let (status, _) = set(coordinator.clone(), "Shymkent", "false").await;
    assert_eq!(status, 200);
    assert_eq!(
        lists(editor.clone()).await["names"],
        serde_json::json!(["Almaty"])
    );
    let (status, _) = save_event(&app, &editor, &event_form(lift, &[("region", "Shymkent")])).await;
    assert_eq!(status, 422);
    let actions: Vec<String> = audit_event::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(actions.iter().any(|a| a == "region_listed"));
    assert!(actions.iter().any(|a| a == "region_unlisted"));
}

#[tokio::test]
async fn a_coalitions_regions_are_kept_by_its_coordinators_and_hold_its_events_on_sqlite() {
    a_coalitions_regions_are_kept_by_its_coordinators_and_hold_its_events(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_coalitions_regions_are_kept_by_its_coordinators_and_hold_its_events_on_postgres() {
    a_coalitions_regions_are_kept_by_its_coordinators_and_hold_its_events(Backend::Postgres).await;
}
