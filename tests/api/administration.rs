//! A coalition from nothing: the administrator creates organisations and branches, the
//! coalition and its members, invites the first coordinator, who creates a report and writes
//! its first section; archiving, restoring, merging and every refusal along the way.

use entities::{
    assessment, audit_event, coalition, coalition_member, organisation, report_section, user,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::Value;

use crate::helpers::{Backend, TestApp, session_cookie, spawn_app, spawn_app_with};

const PASSWORD: &str = "juniper hills at dawn";

async fn call(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let response = app.post_form(path, form, &[("cookie", cookie)]).await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, value)
}

/// Creates an organisation through the product; answers (status, body).
async fn create_organisation(
    app: &TestApp,
    cookie: &str,
    name: &str,
    parent: &str,
    coalition: &str,
) -> (u16, Value) {
    call(
        app,
        cookie,
        "/api/create_organisation",
        &[
            ("details[id]", "0"),
            ("details[version]", "0"),
            ("details[name]", name),
            ("details[short_name]", &name[..name.len().min(12)]),
            ("details[country]", "Kazakhstan"),
            ("details[region]", "Almaty"),
            ("details[description]", ""),
            ("details[website]", ""),
            ("details[contact_email]", ""),
            ("details[kind]", "ngo"),
            ("details[parent_id]", parent),
            ("coalition_id", coalition),
        ],
    )
    .await
}

fn coalition_form<'a>(name: &'a str, lead: &'a str, zone: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("form[id]", "0"),
        ("form[version]", "0"),
        ("form[name]", name),
        ("form[short_name]", "CAT KZ"),
        (
            "form[description]",
            "NGOs reporting to the Committee against Torture.",
        ),
        ("form[default_locale]", "ru"),
        ("form[time_zone]", zone),
        ("form[lead_organisation_id]", lead),
    ]
}

fn id_of(value: &Value) -> String {
    value
        .as_i64()
        .unwrap_or_else(|| panic!("an id: {value}"))
        .to_string()
}

async fn from_nothing_to_the_first_section(backend: Backend) {
    let app = spawn_app_with(backend, &[("SHADOWDESK_DEMO_DATA", "false")]).await;
    let token = app
        .setup_path
        .clone()
        .expect("a setup link")
        .replace("/setup/", "");
    let created = app
        .post_form(
            "/api/complete_setup",
            &[
                ("token", &token),
                ("email", "admin@bureau.example"),
                ("display_name", "Aigerim Sadykova"),
                ("password", PASSWORD),
            ],
            &[],
        )
        .await;
    let admin = session_cookie(&created).expect("signed in");

    // Organisations: the bureau, one regional branch.
    let (status, bureau) = create_organisation(&app, &admin, "Steppe Bureau", "0", "0").await;
    assert_eq!(status, 200, "{bureau}");
    let bureau = id_of(&bureau);
    let (status, branch) =
        create_organisation(&app, &admin, "Steppe Bureau, Shymkent", &bureau, "0").await;
    assert_eq!(status, 200, "{branch}");
    let branch = id_of(&branch);
    let stored = organisation::Entity::find_by_id(branch.parse::<i32>().unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.parent_id, Some(bureau.parse().unwrap()));

    // A coalition: bad details are refused with the field named, and nothing is created.
    let (status, refused) = call(
        &app,
        &admin,
        "/api/save_coalition",
        &coalition_form("Coalition against Torture", &bureau, "Mars/Olympus"),
    )
    .await;
    assert_eq!(status, 422);
    assert!(refused.to_string().contains("time zone"), "{refused}");
    assert_eq!(coalition::Entity::find().count(&app.db).await.unwrap(), 0);
    let (status, coalition_id) = call(
        &app,
        &admin,
        "/api/save_coalition",
        &coalition_form("Coalition against Torture", &bureau, "Asia/Almaty"),
    )
    .await;
    assert_eq!(status, 200, "{coalition_id}");
    let coalition_id = id_of(&coalition_id);
    let (status, same_name) = call(
        &app,
        &admin,
        "/api/save_coalition",
        &coalition_form("Coalition against Torture", &bureau, "UTC"),
    )
    .await;
    assert_eq!(status, 422, "{same_name}");

    // The branch joins; the lead is a member already.
    let (status, added) = call(
        &app,
        &admin,
        "/api/add_coalition_member",
        &[
            ("coalition_id", &coalition_id),
            ("organisation_id", &branch),
        ],
    )
    .await;
    assert_eq!(status, 200, "{added}");
    let (status, page) = call(
        &app,
        &admin,
        "/api/coalition_admin",
        &[("id", &coalition_id)],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(page["members"].as_array().unwrap().len(), 2, "{page}");
    assert_eq!(page["form"]["time_zone"], "Asia/Almaty");
    assert_eq!(page["form"]["default_locale"], "ru");

    // The first coordinator, invited from the coalition's page, joins.
    let (status, invited) = call(
        &app,
        &admin,
        "/api/invite",
        &[
            ("coalition_id", &coalition_id),
            ("organisation_id", &bureau),
            ("email", "coordinator@bureau.example"),
            ("role", "coordinator"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{invited}");
    let link = invited["link"].as_str().unwrap();
    let invitation = link.rsplit('/').next().unwrap();
    let accepted = app
        .post_form(
            "/api/accept_invitation",
            &[
                ("token", invitation),
                ("display_name", "Daulet Omarov"),
                ("password", "snow on the tien shan"),
            ],
            &[],
        )
        .await;
    let coordinator = session_cookie(&accepted).expect("the coordinator is signed in");

    // The coordinator adds a partner of their own and creates the report.
    let (status, partner) = create_organisation(
        &app,
        &coordinator,
        "Legal Aid Karaganda",
        "0",
        &coalition_id,
    )
    .await;
    assert_eq!(status, 200, "{partner}");
    let (status, outside) =
        create_organisation(&app, &coordinator, "Nobody's Partner", "0", "0").await;
    assert_eq!(status, 403, "{outside}");
    let (status, report) = call(
        &app,
        &coordinator,
        "/api/create_report",
        &[
            ("details[coalition_id]", &coalition_id),
            ("details[profile_id]", "1"),
            (
                "details[title]",
                "Alternative report to the Committee against Torture",
            ),
            ("details[state_under_review]", "Kazakhstan"),
            ("details[time_zone]", "Asia/Almaty"),
            ("details[language]", "en"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{report}");
    let section = report_section::Entity::find()
        .filter(
            report_section::Column::ReportId.eq(i32::try_from(report.as_i64().unwrap()).unwrap()),
        )
        .order_by_asc(report_section::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the report has sections from its profile");
    let (status, saved) = call(
        &app,
        &coordinator,
        "/api/save_section",
        &[
            ("id", &section.id.to_string()),
            ("base_version", &section.version.to_string()),
            ("body", "Torture in pre-trial detention remains widespread."),
        ],
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    let saved = report_section::Entity::find_by_id(section.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(saved.body.contains("pre-trial detention"));
    for action in [
        "admin_created",
        "organisation_created",
        "coalition_created",
        "coalition_member_added",
    ] {
        let entries = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq(action))
            .count(&app.db)
            .await
            .unwrap();
        assert!(entries > 0, "{action} is audited");
    }
}

#[tokio::test]
async fn an_empty_instance_gets_to_a_coordinator_writing_the_first_section_on_sqlite() {
    from_nothing_to_the_first_section(Backend::Sqlite).await;
}

#[tokio::test]
async fn an_empty_instance_gets_to_a_coordinator_writing_the_first_section_on_postgres() {
    from_nothing_to_the_first_section(Backend::Postgres).await;
}

#[tokio::test]
async fn an_archived_coalition_is_kept_whole_read_only_and_hidden_until_restored() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@shadowdesk.example").await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let (status, refused) = call(
        &app,
        &coordinator,
        "/api/set_coalition_archived",
        &[("id", "1"), ("archived", "true")],
    )
    .await;
    assert_eq!(status, 403, "only administrators archive: {refused}");
    let (status, _) = call(
        &app,
        &admin,
        "/api/set_coalition_archived",
        &[("id", "1"), ("archived", "true")],
    )
    .await;
    assert_eq!(status, 200);
    let sections = report_section::Entity::find().count(&app.db).await.unwrap();

    // Hidden from lists, still readable, and nobody writes.
    let (_, overview) = call(&app, &coordinator, "/api/overview", &[]).await;
    assert_eq!(
        overview["coalitions"].as_array().unwrap().len(),
        0,
        "{overview}"
    );
    let (status, _) = call(&app, &coordinator, "/api/report_outline", &[("id", "1")]).await;
    assert_eq!(status, 200, "archived reports stay readable");
    let section = report_section::Entity::find()
        .filter(report_section::Column::Status.eq("drafting"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("a section in drafting");
    let save = [
        ("id", section.id.to_string()),
        ("base_version", section.version.to_string()),
        ("body", "Written into an archive.".to_string()),
    ];
    let save: Vec<(&str, &str)> = save.iter().map(|(k, v)| (*k, v.as_str())).collect();
    for who in [&coordinator, &admin] {
        let (status, answer) = call(&app, who, "/api/save_section", &save).await;
        assert_eq!(status, 403, "{answer}");
    }
    let (status, _) = call(
        &app,
        &admin,
        "/api/add_coalition_member",
        &[("coalition_id", "1"), ("organisation_id", "1")],
    )
    .await;
    assert_eq!(status, 403);
    let (status, archived) = call(
        &app,
        &admin,
        "/api/admin_coalitions",
        &[("search", "civil"), ("archived", "true")],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(archived["rows"].as_array().unwrap().len(), 1, "{archived}");
    let (_, active) = call(
        &app,
        &admin,
        "/api/admin_coalitions",
        &[("search", ""), ("archived", "false")],
    )
    .await;
    assert_eq!(active["rows"].as_array().unwrap().len(), 0, "{active}");
    assert_eq!(
        report_section::Entity::find().count(&app.db).await.unwrap(),
        sections,
        "kept whole"
    );

    // Restored: writable again.
    let (status, _) = call(
        &app,
        &admin,
        "/api/set_coalition_archived",
        &[("id", "1"), ("archived", "false")],
    )
    .await;
    assert_eq!(status, 200);
    let (status, answer) = call(&app, &coordinator, "/api/save_section", &save).await;
    assert_eq!(status, 200, "{answer}");
}

#[tokio::test]
async fn merging_a_duplicate_keeps_its_sections_assessments_and_people() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@shadowdesk.example").await;
    let editor = user::Entity::find()
        .filter(user::Column::Email.eq("editor@lift.example"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let lift = entities::organisation_member::Entity::find()
        .filter(entities::organisation_member::Column::UserId.eq(editor.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .organisation_id;
    let sections_of = |org: i32| {
        report_section::Entity::find()
            .filter(report_section::Column::AssignedOrganisationId.eq(org))
            .count(&app.db)
    };
    let assessments_of = |org: i32| {
        assessment::Entity::find()
            .filter(assessment::Column::OrganisationId.eq(org))
            .count(&app.db)
    };
    let sections = sections_of(lift).await.unwrap();
    let assessments = assessments_of(lift).await.unwrap();
    assert!(sections > 0, "the demonstration gives LIFT sections");

    let (status, duplicate) =
        create_organisation(&app, &admin, "LIFT (entered twice)", "0", "1").await;
    assert_eq!(status, 200, "{duplicate}");
    let kept = id_of(&duplicate);
    let (status, merged) = call(
        &app,
        &admin,
        "/api/merge_organisations",
        &[("from_id", &lift.to_string()), ("into_id", &kept)],
    )
    .await;
    assert_eq!(status, 200, "{merged}");
    let kept: i32 = kept.parse().unwrap();
    assert!(
        organisation::Entity::find_by_id(lift)
            .one(&app.db)
            .await
            .unwrap()
            .is_none(),
        "the duplicate is gone"
    );
    assert_eq!(sections_of(kept).await.unwrap(), sections);
    assert_eq!(assessments_of(kept).await.unwrap(), assessments);
    let memberships = coalition_member::Entity::find()
        .filter(coalition_member::Column::OrganisationId.eq(kept))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(memberships, 1, "one membership, not two");
    // The editor still edits the sections of their organisation.
    let editor_cookie = app.sign_in("editor@lift.example").await;
    let (status, overview) = call(&app, &editor_cookie, "/api/overview", &[]).await;
    assert_eq!(status, 200, "{overview}");
    let (status, people) = call(
        &app,
        &admin,
        "/api/organisation_profile",
        &[("id", &kept.to_string())],
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        people.to_string().contains("editor@lift.example"),
        "{people}"
    );

    let (status, _) = call(
        &app,
        &admin,
        "/api/merge_organisations",
        &[("from_id", "99999"), ("into_id", &kept.to_string())],
    )
    .await;
    assert_eq!(status, 422, "an unknown duplicate is refused");
}
