//! Sealed identities over HTTP, on SQLite and PostgreSQL: a branch's writer adds people to an
//! event with identity fields, which the database holds only sealed; only the organisation's
//! case workers open them, each opening audited; the coalition's coordinator grants the right
//! but opens nothing; every output — pages, exports, search, the report and its DOCX, the
//! public page, the audit log and the server's log — is searched for the identities and
//! never shows them; destroying the key makes them unreadable while the counts stay.

use entities::{audit_event, monitoring_person, user};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::{
    helpers::{Backend, TestApp, spawn_app_on},
    monitoring::{EDITOR, add_act, call, event_form, lift, save_event},
};

const COORDINATOR: &str = "coordinator@sbhr.example";
const REVIEWER: &str = "reviewer@freeword.example";
const NAME: &str = "Aliya Nurlanovna Zhaksybekova";
const CONTACTS: &str = "+7 701 555 0199, aliya.z@mail.example";
const NUMBERS: &str = "IIN 870315400123";

async fn person(app: &TestApp, cookie: &str, event: i32, fields: &[(&str, &str)]) -> (u16, Value) {
    let event = event.to_string();
    let mut form = vec![("person[event_id]".to_string(), event)];
    form.extend(
        fields
            .iter()
            .map(|(n, v)| (format!("person[{n}]"), v.to_string())),
    );
    let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    call(app, cookie, "/api/add_person", &form).await
}

/// Every text a reader could reach: pages, data, exports, the DOCX, the public page, the
/// audit log.
async fn every_output(app: &TestApp, cookies: &[&str], event: i32) -> String {
    let mut seen = String::new();
    for cookie in cookies {
        for path in [
            "/api/monitoring",
            "/api/monitoring_figures",
            "/api/list_recommendations",
        ] {
            seen.push_str(&call(app, cookie, path, &[]).await.1.to_string());
        }
        let (_, detail) = call(
            app,
            cookie,
            "/api/monitoring_event",
            &[("id", &event.to_string())],
        )
        .await;
        seen.push_str(&detail.to_string());
        for path in [
            "/monitoring".to_string(),
            format!("/monitoring/{event}"),
            "/monitoring/identities".to_string(),
            "/exports/monitoring.csv".to_string(),
            "/audit".to_string(),
            "/reports/1".to_string(),
            "/sections/4".to_string(),
        ] {
            let response = app.get(&path, &[("cookie", cookie)]).await;
            seen.push_str(&response.text().await.unwrap_or_default());
        }
        let response = app
            .get("/reports/1/export.docx", &[("cookie", cookie)])
            .await;
        assert_eq!(response.status(), 200);
        let docx = crate::docx_reader::Docx::open(&response.bytes().await.unwrap());
        for text in docx.parts.values() {
            seen.push_str(text);
        }
    }
    // The public page and its feed, signed out.
    for path in ["/p/sbhr", "/p/sbhr/feed.atom"] {
        let response = app.get(path, &[]).await;
        assert_eq!(response.status(), 200, "{path}");
        seen.push_str(&response.text().await.unwrap_or_default());
    }
    seen
}

async fn identities_are_sealed_opened_by_case_workers_alone_and_destroyed(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let editor = app.sign_in(EDITOR).await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let lift = lift(&app).await;
    let editor_id = user::Entity::find()
        .filter(user::Column::Email.eq(EDITOR))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let (status, event) = save_event(&app, &editor, &event_form(lift, &[("shared", "true")])).await;
    assert_eq!(status, 200, "{event}");
    let event = event.as_i64().unwrap() as i32;
    let (status, _) = add_act(
        &app,
        &editor,
        event,
        &[
            ("act_type", "torture"),
            ("victims", "1"),
            ("sex", "female"),
            ("age_group", "adult"),
            ("victim_group", "detainee"),
        ],
    )
    .await;
    assert_eq!(status, 200);

    // Bad input changes nothing; the reviewer records nobody.
    let victim = [
        ("role", "victim"),
        ("pseudonym", "Victim A"),
        ("sex", "female"),
        ("age_group", "adult"),
        ("name", NAME),
        ("contacts", CONTACTS),
        ("identity_numbers", NUMBERS),
    ];
    let (status, body) = person(
        &app,
        &editor,
        event,
        &[
            ("role", "victim"),
            ("pseudonym", " "),
            ("sex", "female"),
            ("age_group", "adult"),
        ],
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("pseudonym"), "{body}");
    let (status, _) = person(&app, &reviewer, event, &victim).await;
    assert_eq!(status, 403);

    // Added: the database holds the identity sealed, never in the clear.
    let (status, id) = person(&app, &editor, event, &victim).await;
    assert_eq!(status, 200, "{id}");
    let id = id.as_i64().unwrap() as i32;
    let (status, _) = person(
        &app,
        &editor,
        event,
        &[
            ("role", "witness"),
            ("pseudonym", "Witness B"),
            ("sex", "male"),
            ("age_group", "older"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let stored = monitoring_person::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let sealed = stored.identity.clone().expect("sealed");
    for secret in [NAME, CONTACTS, NUMBERS, "Aliya", "870315"] {
        assert!(
            !sealed.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "{secret} in the clear"
        );
    }

    // Nobody opens it yet: not the writer, not the coordinator, not the reviewer.
    for cookie in [&editor, &coordinator, &reviewer] {
        let (status, _) = call(
            &app,
            cookie,
            "/api/open_identity",
            &[("id", &id.to_string())],
        )
        .await;
        assert_eq!(status, 403);
    }
    let (_, detail) = call(
        &app,
        &coordinator,
        "/api/monitoring_event",
        &[("id", &event.to_string())],
    )
    .await;
    assert_eq!(detail["persons"][0]["pseudonym"], "Victim A", "{detail}");
    assert_eq!(detail["persons"][0]["sealed"], true);
    assert_eq!(detail["can_open"], false);

    // The coalition's coordinator keeps LIFT's identities: makes the editor a case worker.
    let (status, keeping) = call(&app, &coordinator, "/api/identity_keeping", &[]).await;
    assert_eq!(status, 200, "{keeping}");
    let lift_keeping = keeping
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["organisation_id"] == lift)
        .expect("LIFT kept");
    assert_eq!(lift_keeping["sealed"], 1);
    let (_, none) = call(&app, &reviewer, "/api/identity_keeping", &[]).await;
    assert_eq!(none, serde_json::json!([]));
    let grant = [
        ("organisation_id", lift.to_string()),
        ("user_id", editor_id.to_string()),
        ("case_worker", "true".to_string()),
    ];
    let grant: Vec<(&str, &str)> = grant.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let (status, _) = call(&app, &reviewer, "/api/set_case_worker", &grant).await;
    assert_eq!(status, 403);
    let (status, body) = call(&app, &coordinator, "/api/set_case_worker", &grant).await;
    assert_eq!(status, 200, "{body}");

    // The case worker opens it; the opening is audited without what it showed.
    let (status, identity) = call(
        &app,
        &editor,
        "/api/open_identity",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(status, 200, "{identity}");
    assert_eq!(identity["name"], NAME);
    assert_eq!(identity["identity_numbers"], NUMBERS);
    let (status, _) = call(
        &app,
        &coordinator,
        "/api/open_identity",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(status, 403, "granting is not opening");
    let openings: Vec<audit_event::Model> = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("identity_opened"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(openings.len(), 1);
    assert_eq!(openings[0].actor_user_id, Some(editor_id));

    let (status, body) = call(
        &app,
        &coordinator,
        "/api/publish_follow_up",
        &[
            ("coalition_id", "1"),
            ("address", "sbhr"),
            ("published", "true"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    // The counts and pseudonyms reach readers; the identity reaches no output, whoever reads.
    let text = every_output(&app, &[&editor, &coordinator, &reviewer], event).await;
    assert!(text.contains("Victim A"), "the pseudonym is shown");
    for secret in [NAME, CONTACTS, NUMBERS, "Zhaksybekova", "870315400123"] {
        assert!(!text.contains(secret), "{secret} reached an output");
    }

    // Destroyed: the confirmation must name the organisation; then nobody opens it, and the
    // people and counts stay.
    let destroy = |confirm: &'static str| {
        [
            ("organisation_id", lift.to_string()),
            ("confirm", confirm.to_string()),
        ]
    };
    let wrong = destroy("lift");
    let wrong: Vec<(&str, &str)> = wrong.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let (status, body) = call(&app, &coordinator, "/api/destroy_identities", &wrong).await;
    assert_eq!(status, 422, "{body}");
    let right = destroy("LIFT");
    let right: Vec<(&str, &str)> = right.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let (status, _) = call(&app, &reviewer, "/api/destroy_identities", &right).await;
    assert_eq!(status, 403);
    let (status, count) = call(&app, &editor, "/api/destroy_identities", &right).await;
    assert_eq!(status, 200, "a case worker keeps them too: {count}");
    assert_eq!(count, 1);
    let (status, body) = call(
        &app,
        &editor,
        "/api/open_identity",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("destroyed"), "{body}");
    let stored = monitoring_person::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(stored.identity.is_none() && stored.identity_destroyed);
    // The sealed value of before, restored from a backup, no longer opens either.
    monitoring_person::Entity::update_many()
        .col_expr(
            monitoring_person::Column::Identity,
            sea_orm::sea_query::Expr::value(Some(sealed)),
        )
        .filter(monitoring_person::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .unwrap();
    let (status, body) = call(
        &app,
        &editor,
        "/api/open_identity",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(status, 422, "a restored value stays sealed: {body}");
    let (_, view) = call(&app, &reviewer, "/api/monitoring", &[]).await;
    assert_eq!(view["counts"]["by_type"][0]["victims"], 1, "{view}");
    let (_, detail) = call(
        &app,
        &editor,
        "/api/monitoring_event",
        &[("id", &event.to_string())],
    )
    .await;
    assert_eq!(detail["persons"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn identities_are_sealed_opened_by_case_workers_alone_and_destroyed_on_sqlite() {
    identities_are_sealed_opened_by_case_workers_alone_and_destroyed(Backend::Sqlite).await;
}

#[tokio::test]
async fn identities_are_sealed_opened_by_case_workers_alone_and_destroyed_on_postgres() {
    identities_are_sealed_opened_by_case_workers_alone_and_destroyed(Backend::Postgres).await;
}
