//! Planning a report: submission profiles and their templates, creating a report from a
//! profile, changing the outline, section plans, the review workflow and the report's status.

use entities::{audit_event, report, report_section, section_contributor, section_revision};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::{Backend, TestApp, spawn_app, spawn_app_on};

/// POSTs `form` to `path` as `cookie`; the status and the JSON answer (or the text as a string).
async fn call(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let response = app.post_form(path, form, &[("cookie", cookie)]).await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, value)
}

async fn profile_id(app: &TestApp, code: &str) -> i64 {
    let editor = app.sign_in("editor@lift.example").await;
    let (status, catalogue) = call(app, &editor, "/api/list_profiles", &[]).await;
    assert_eq!(status, 200, "{catalogue}");
    catalogue["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == code)
        .unwrap_or_else(|| panic!("profile {code} is seeded"))["id"]
        .as_i64()
        .unwrap()
}

async fn outline(app: &TestApp, cookie: &str, report: i64) -> Value {
    let (status, view) = call(
        app,
        cookie,
        "/api/report_outline",
        &[("id", &report.to_string())],
    )
    .await;
    assert_eq!(status, 200, "{view}");
    view
}

/// `(number, title)` of every section in reading order.
fn shape(view: &Value) -> Vec<(String, String)> {
    view["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["number"].as_str().unwrap().to_string(),
                s["title"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn section_id(view: &Value, title: &str) -> String {
    view["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["title"] == title)
        .unwrap_or_else(|| panic!("{title} in the outline"))["id"]
        .to_string()
}

#[tokio::test]
async fn the_seeded_profiles_carry_the_un_limits_and_templates() {
    let app = spawn_app().await;
    let editor = app.sign_in("editor@lift.example").await;
    let (_, catalogue) = call(&app, &editor, "/api/list_profiles", &[]).await;
    let profiles = catalogue["profiles"].as_array().unwrap();
    let codes: Vec<&str> = profiles
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    for code in [
        "ccpr-loi",
        "ccpr-session",
        "ccpr-follow-up",
        "cescr-session",
        "cat-session",
        "cedaw-session",
        "crc-session",
        "cerd-session",
        "crpd-session",
        "upr-individual",
        "upr-joint",
    ] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    let limit =
        |code: &str| profiles.iter().find(|p| p["code"] == code).unwrap()["word_limit"].clone();
    assert_eq!(limit("ccpr-session"), 10_000);
    assert_eq!(limit("upr-individual"), 2_815);
    assert_eq!(limit("upr-joint"), 5_630);
    assert_eq!(limit("cat-session"), Value::Null);
    assert_eq!(catalogue["can_create"], false);

    let id = profile_id(&app, "ccpr-session").await.to_string();
    let (_, view) = call(&app, &editor, "/api/submission_profile", &[("id", &id)]).await;
    let titles: Vec<&str> = view["outline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"Article 7 — Prohibition of torture and ill-treatment"));
    assert!(titles.contains(&"Article 27 — Rights of minorities"));
    assert_eq!(view["can_edit"], false);
}

#[tokio::test]
async fn administrators_create_and_edit_profiles_and_bad_templates_name_the_line() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@shadowdesk.example").await;
    let template =
        "# Introduction\n# Article 1\n## Legal framework\nCite the law.\n# Recommendations";
    let form = |version: &'static str, template: &'static str| {
        vec![
            ("details[id]", "0"),
            ("details[version]", version),
            ("details[code]", "cmw-session"),
            ("details[mechanism]", "cmw"),
            ("details[stage]", "session"),
            (
                "details[name]",
                "Committee on Migrant Workers — before the session",
            ),
            ("details[word_limit]", "8,000"),
            ("details[notes_counted]", "true"),
            ("details[languages]", "en, fr,es"),
            ("details[front_matter]", "cover,executive_summary"),
            ("details[outline_template]", template),
        ]
    };
    let (status, id) = call(&app, &admin, "/api/save_profile", &form("0", template)).await;
    assert_eq!(status, 200, "{id}");
    let id = id.to_string();
    let (_, view) = call(&app, &admin, "/api/submission_profile", &[("id", &id)]).await;
    assert_eq!(view["details"]["mechanism"], "CMW");
    assert_eq!(view["details"]["word_limit"], "8000");
    assert_eq!(view["details"]["languages"], "en,fr,es");
    assert_eq!(view["outline"][2]["level"], 2);
    assert_eq!(view["outline"][2]["guidance"], "Cite the law.");

    // A template that skips a level is refused with its line, and nothing changes.
    let mut bad = form("1", "# Introduction\n### Too deep at once");
    bad[0] = ("details[id]", &id);
    let (status, message) = call(&app, &admin, "/api/save_profile", &bad).await;
    assert_eq!(status, 422);
    assert!(message.to_string().contains("line 2"), "{message}");
    // The same code twice is refused.
    let (status, _) = call(&app, &admin, "/api/save_profile", &form("0", template)).await;
    assert_eq!(status, 422);
    // An edit based on an old version is refused.
    let mut stale = form("7", template);
    stale[0] = ("details[id]", &id);
    let (status, _) = call(&app, &admin, "/api/save_profile", &stale).await;
    assert_eq!(status, 422);
    let mut good = form("1", "# Only section");
    good[0] = ("details[id]", &id);
    let (status, _) = call(&app, &admin, "/api/save_profile", &good).await;
    assert_eq!(status, 200);
    let (_, view) = call(&app, &admin, "/api/submission_profile", &[("id", &id)]).await;
    assert_eq!(view["outline"].as_array().unwrap().len(), 1);
    assert_eq!(view["details"]["version"], 2);

    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let (status, _) = call(&app, &coordinator, "/api/save_profile", &good).await;
    assert_eq!(status, 403, "only administrators edit profiles");
}

async fn creates_a_report_from_a_profile(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let (status, choices) = call(&app, &coordinator, "/api/new_report_choices", &[]).await;
    assert_eq!(status, 200, "{choices}");
    assert_eq!(choices["coalitions"].as_array().unwrap().len(), 1);
    assert!(
        choices["time_zones"]
            .as_array()
            .unwrap()
            .iter()
            .any(|tz| tz == "Asia/Almaty")
    );
    let profile = profile_id(&app, "upr-joint").await.to_string();
    let coalition = choices["coalitions"][0]["id"].to_string();
    let form = |language: &'static str| {
        vec![
            ("details[coalition_id]", coalition.clone()),
            ("details[profile_id]", profile.clone()),
            (
                "details[title]",
                "Joint UPR submission, fifth cycle".to_string(),
            ),
            ("details[state_under_review]", "Kazakhstan".to_string()),
            ("details[session]", "UPR 52".to_string()),
            ("details[deadline_date]", "2027-03-01".to_string()),
            ("details[deadline_time]", "18:00".to_string()),
            ("details[time_zone]", "Asia/Almaty".to_string()),
            ("details[language]", language.to_string()),
        ]
    };
    let as_refs =
        |form: &[(&'static str, String)]| -> Vec<(&'static str, String)> { form.to_vec() };
    let before = report::Entity::find().count(&app.db).await.unwrap();
    // A language Shadowdesk does not offer: refused, nothing created. (One the UPR does not
    // take, such as Kazakh, is allowed: the report is then translated for submission.)
    let bad = as_refs(&form("de"));
    let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, _) = call(&app, &coordinator, "/api/create_report", &bad).await;
    assert_eq!(status, 422);
    assert_eq!(report::Entity::find().count(&app.db).await.unwrap(), before);

    let good = form("ru");
    let good: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, id) = call(&app, &coordinator, "/api/create_report", &good).await;
    assert_eq!(status, 200, "{id}");
    let id = id.as_i64().unwrap();
    let stored = report::Entity::find_by_id(i32::try_from(id).unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.mechanism, "UPR");
    assert_eq!(stored.language, "ru");
    assert_eq!(stored.time_zone, "Asia/Almaty");
    assert_eq!(
        stored.deadline.unwrap().to_rfc3339(),
        "2027-03-01T13:00:00+00:00",
        "18:00 in Almaty is 13:00 UTC"
    );

    let view = outline(&app, &coordinator, id).await;
    assert_eq!(view["details"]["deadline_time"], "18:00");
    assert_eq!(view["profile"]["word_limit"], 5630);
    assert_eq!(view["profile"]["notes_counted"], false);
    let sections = shape(&view);
    assert_eq!(sections.len(), 15, "{sections:?}");
    assert_eq!(sections[0], ("1".into(), "Introduction".into()));
    assert_eq!(
        sections[2],
        (
            "2.1".into(),
            "Cooperation with international mechanisms".into()
        )
    );
    assert_eq!(sections[14], ("6".into(), "Recommendations".into()));
    let follow_up = &view["sections"][1];
    assert!(
        follow_up["notes"].as_str().unwrap().contains("A/HRC/43/10"),
        "the template's guidance becomes the coordination note"
    );
    // Every new section has its first revision, so saves based on it can merge.
    let first = view["sections"][0]["id"].as_i64().unwrap();
    let revisions = section_revision::Entity::find()
        .filter(section_revision::Column::SectionId.eq(i32::try_from(first).unwrap()))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(revisions, 1);
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("report_created"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 1);

    let editor = app.sign_in("editor@lift.example").await;
    let (status, _) = call(&app, &editor, "/api/create_report", &good).await;
    assert_eq!(status, 403, "editors do not create reports");
    let (status, _) = call(&app, &editor, "/api/new_report_choices", &[]).await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn a_report_is_created_from_a_profile_on_sqlite() {
    creates_a_report_from_a_profile(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_report_is_created_from_a_profile_on_postgres() {
    creates_a_report_from_a_profile(Backend::Postgres).await;
}

#[tokio::test]
async fn the_outline_is_rearranged_binned_and_restored() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let add = |title: &'static str, parent: String| {
        let coordinator = coordinator.clone();
        let app = &app;
        async move {
            call(
                app,
                &coordinator,
                "/api/add_section",
                &[("report_id", "1"), ("title", title), ("parent_id", &parent)],
            )
            .await
        }
    };
    let (status, annex) = add("Annex: list of cases", "0".into()).await;
    assert_eq!(status, 200, "{annex}");
    let (status, _) = add("Cases from Almaty", annex.to_string()).await;
    assert_eq!(status, 200);
    let (status, _) = add("Cases from Aktobe", annex.to_string()).await;
    assert_eq!(status, 200);
    let view = outline(&app, &coordinator, 1).await;
    let numbers = shape(&view);
    assert_eq!(numbers[7], ("8".into(), "Annex: list of cases".into()));
    assert_eq!(numbers[8], ("8.1".into(), "Cases from Almaty".into()));
    assert_eq!(numbers[9], ("8.2".into(), "Cases from Aktobe".into()));

    let step = |id: String, direction: &'static str| {
        let coordinator = coordinator.clone();
        let app = &app;
        async move {
            call(
                app,
                &coordinator,
                "/api/move_section",
                &[("id", &id), ("direction", direction)],
            )
            .await
            .0
        }
    };
    let aktobe = section_id(&view, "Cases from Aktobe");
    let almaty = section_id(&view, "Cases from Almaty");
    assert_eq!(step(aktobe.clone(), "up").await, 200);
    assert_eq!(step(almaty.clone(), "in").await, 200, "into Aktobe");
    let numbers = shape(&outline(&app, &coordinator, 1).await);
    assert_eq!(numbers[8], ("8.1".into(), "Cases from Aktobe".into()));
    assert_eq!(numbers[9], ("8.1.1".into(), "Cases from Almaty".into()));
    // A fourth level is refused and changes nothing.
    let (status, _) = add("Too deep", almaty.clone()).await;
    assert_eq!(status, 422);
    assert_eq!(
        step(aktobe.clone(), "in").await,
        422,
        "nothing above it to go into"
    );
    assert_eq!(step(almaty.clone(), "out").await, 200);
    assert_eq!(step(almaty.clone(), "out").await, 200);
    let numbers = shape(&outline(&app, &coordinator, 1).await);
    assert_eq!(numbers[9], ("9".into(), "Cases from Almaty".into()));

    // Drag and drop: Almaty goes first in the report.
    let (status, _) = call(
        &app,
        &coordinator,
        "/api/place_section",
        &[("id", &almaty), ("parent_id", "0"), ("index", "0")],
    )
    .await;
    assert_eq!(status, 200);
    // A section cannot be dropped inside itself.
    let (status, _) = call(
        &app,
        &coordinator,
        "/api/place_section",
        &[
            ("id", &annex.to_string()),
            ("parent_id", &aktobe),
            ("index", "0"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    let numbers = shape(&outline(&app, &coordinator, 1).await);
    assert_eq!(numbers[0], ("1".into(), "Cases from Almaty".into()));
    assert_eq!(
        numbers[1],
        ("2".into(), "Introduction and methodology".into())
    );

    // The annex goes to the bin with its subsection; the others close up; restore brings both back.
    let (status, _) = call(
        &app,
        &coordinator,
        "/api/remove_section",
        &[("id", &annex.to_string())],
    )
    .await;
    assert_eq!(status, 200);
    let view = outline(&app, &coordinator, 1).await;
    assert!(
        !shape(&view)
            .iter()
            .any(|(_, t)| t.starts_with("Annex") || t == "Cases from Aktobe")
    );
    assert_eq!(view["bin"][0]["title"], "Annex: list of cases");
    assert_eq!(view["bin"][0]["removed_by"], "Aigerim Seitkali");
    let editor = app.sign_in("editor@lift.example").await;
    assert_eq!(
        outline(&app, &editor, 1).await["bin"],
        serde_json::json!([]),
        "only coordinators see the bin"
    );
    let (status, _) = call(
        &app,
        &coordinator,
        "/api/restore_section",
        &[("id", &annex.to_string())],
    )
    .await;
    assert_eq!(status, 200);
    let numbers = shape(&outline(&app, &coordinator, 1).await);
    assert_eq!(numbers[8], ("9".into(), "Annex: list of cases".into()));
    assert_eq!(numbers[9], ("9.1".into(), "Cases from Aktobe".into()));

    // Writers do not change the outline.
    let (status, _) = call(
        &app,
        &editor,
        "/api/move_section",
        &[("id", &almaty), ("direction", "down")],
    )
    .await;
    assert_eq!(status, 403);
    let actions: Vec<String> = audit_event::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    for action in [
        "section_added",
        "section_moved",
        "section_removed",
        "section_restored",
    ] {
        assert!(actions.iter().any(|a| a == action), "{action} audited");
    }
}

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

async fn organisation_id(app: &TestApp, short_name: &str) -> String {
    entities::organisation::Entity::find()
        .filter(entities::organisation::Column::ShortName.eq(short_name))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string()
}

#[tokio::test]
async fn a_plan_decides_who_writes_a_section() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let editor = app.sign_in("editor@lift.example").await;
    let view = outline(&app, &coordinator, 1).await;
    let expression = section_id(&view, "Freedom of expression (art. 19)");
    let save = |cookie: String| {
        let app = &app;
        let id = expression.clone();
        async move {
            call(
                app,
                &cookie,
                "/api/save_section",
                &[
                    ("id", &id),
                    ("base_version", "1"),
                    ("body", "LIFT adds trial data."),
                ],
            )
            .await
            .0
        }
    };
    assert_eq!(
        save(editor.clone()).await,
        403,
        "Free Word's section, not LIFT's"
    );

    let free_word = organisation_id(&app, "Free Word").await;
    let lift = organisation_id(&app, "LIFT").await;
    let plan = |contributors: String, lead_editor: String, due: &'static str| {
        vec![
            ("plan[id]", expression.clone()),
            (
                "plan[title]",
                "Freedom of expression and information (art. 19)".to_string(),
            ),
            ("plan[lead_organisation_id]", free_word.clone()),
            ("plan[contributor_ids]", contributors),
            ("plan[lead_editor_id]", lead_editor),
            ("plan[due_date]", due.to_string()),
            ("plan[word_budget]", "1 800".to_string()),
            (
                "plan[coordination_notes]",
                "Merge the LIFT trial data into this section.".to_string(),
            ),
        ]
    };
    let send = |form: Vec<(&'static str, String)>| {
        let app = &app;
        let coordinator = coordinator.clone();
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            call(app, &coordinator, "/api/plan_section", &form).await
        }
    };
    // An observer cannot lead the writing; an organisation outside the coalition cannot write.
    let observer = user_id(&app, "observer@equalaccess.example").await;
    assert_eq!(
        send(plan(lift.clone(), observer, "2027-01-20")).await.0,
        422
    );
    assert_eq!(
        send(plan("99999".into(), "0".into(), "2027-01-20")).await.0,
        422
    );
    assert_eq!(send(plan(lift.clone(), "0".into(), "soon")).await.0, 422);
    assert_eq!(
        section_contributor::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0,
        "refused plans change nothing"
    );

    let lead = user_id(&app, "editor@lift.example").await;
    let (status, answer) = send(plan(lift.clone(), lead, "2020-01-01")).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(save(editor.clone()).await, 200, "LIFT now writes it too");

    let view = outline(&app, &editor, 1).await;
    let row = view["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == expression.parse::<i64>().unwrap())
        .unwrap();
    assert_eq!(
        row["title"],
        "Freedom of expression and information (art. 19)"
    );
    assert_eq!(row["contributors"][0]["name"], "LIFT");
    assert_eq!(row["lead_editor"]["name"], "Daniyar Omarov");
    assert_eq!(row["word_budget"], 1800);
    assert_eq!(row["overdue"], true);
    assert_eq!(row["mine"], true);
    assert_eq!(row["notes"], "Merge the LIFT trial data into this section.");
    // Coordination notes are for the section's writers and coordinators only.
    let reviewer = app.sign_in("reviewer@freeword.example").await;
    let view = outline(&app, &reviewer, 1).await;
    let row = view["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == expression.parse::<i64>().unwrap())
        .unwrap();
    assert_eq!(row["notes"], Value::Null);
}

#[tokio::test]
async fn sections_go_through_review_and_approval_locks_them() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let editor = app.sign_in("editor@lift.example").await;
    let view = outline(&app, &editor, 1).await;
    let id = section_id(&view, "Right to a fair trial (art. 14)");
    let status = |cookie: String, to: &'static str| {
        let app = &app;
        let id = id.clone();
        async move {
            call(
                app,
                &cookie,
                "/api/change_section_status",
                &[("id", &id), ("status", to)],
            )
            .await
            .0
        }
    };
    assert_eq!(
        status(editor.clone(), "approved").await,
        422,
        "drafting cannot skip review"
    );
    assert_eq!(status(editor.clone(), "in_review").await, 200);
    assert_eq!(
        status(editor.clone(), "approved").await,
        403,
        "writers do not approve"
    );
    assert_eq!(status(coordinator.clone(), "approved").await, 200);
    let (_, section) = call(&app, &editor, "/api/section", &[("id", &id)]).await;
    assert_eq!(section["status"], "approved");
    assert_eq!(section["can_edit"], false);
    let (saved, _) = call(
        &app,
        &editor,
        "/api/save_section",
        &[("id", &id), ("base_version", "1"), ("body", "Late change")],
    )
    .await;
    assert_eq!(saved, 422, "approved sections are locked");
    assert_eq!(
        status(editor.clone(), "drafting").await,
        403,
        "only coordinators reopen"
    );
    assert_eq!(status(coordinator.clone(), "drafting").await, 200);
    let (_, section) = call(&app, &editor, "/api/section", &[("id", &id)]).await;
    assert_eq!(section["can_edit"], true);
    assert_eq!(section["next_statuses"], serde_json::json!(["in_review"]));
}

#[tokio::test]
async fn a_report_goes_final_when_every_section_is_approved_then_is_submitted() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let change = |to: &'static str, date: &'static str| {
        let app = &app;
        let coordinator = coordinator.clone();
        async move {
            let version = outline(app, &coordinator, 1).await["details"]["version"].to_string();
            call(
                app,
                &coordinator,
                "/api/change_report_status",
                &[
                    ("id", "1"),
                    ("version", &version),
                    ("status", to),
                    ("submitted_on", date),
                    ("reference", "OHCHR ref. 2027/114"),
                ],
            )
            .await
        }
    };
    assert_eq!(change("final", "").await.0, 422, "one step at a time");
    assert_eq!(change("review", "").await.0, 200);
    let (status, message) = change("final", "").await;
    assert_eq!(status, 422);
    assert!(message.to_string().contains("not approved"), "{message}");
    report_section::Entity::update_many()
        .col_expr(
            report_section::Column::Status,
            sea_orm::sea_query::Expr::value("approved"),
        )
        .exec(&app.db)
        .await
        .unwrap();
    assert_eq!(change("final", "").await.0, 200);
    assert_eq!(
        change("submitted", "2999-01-01").await.0,
        422,
        "not in the future"
    );
    let (status, message) = change("submitted", "2026-11-02").await;
    assert_eq!(status, 422, "nothing was exported to submit");
    assert!(message.to_string().contains("final export"), "{message}");
    // What the export tests make for real: a kept final export.
    entities::report_export::ActiveModel {
        report_id: sea_orm::ActiveValue::Set(1),
        name: sea_orm::ActiveValue::Set("Final 1".into()),
        file_name: sea_orm::ActiveValue::Set("report.docx".into()),
        sha256: sea_orm::ActiveValue::Set("0".repeat(64)),
        size_bytes: sea_orm::ActiveValue::Set(0),
        content: sea_orm::ActiveValue::Set(Vec::new()),
        body_words: sea_orm::ActiveValue::Set(0),
        note_words: sea_orm::ActiveValue::Set(0),
        revisions: sea_orm::ActiveValue::Set("[]".into()),
        exported_by: sea_orm::ActiveValue::Set(None),
        exported_at: sea_orm::ActiveValue::Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    assert_eq!(change("submitted", "2026-11-02").await.0, 200);
    let view = outline(&app, &coordinator, 1).await;
    assert_eq!(view["status"], "submitted");
    assert_eq!(view["submitted_on"], "2026-11-02");
    assert_eq!(view["submission_reference"], "OHCHR ref. 2027/114");
    // A submitted report's outline and text no longer change.
    let (status, _) = call(
        &app,
        &coordinator,
        "/api/add_section",
        &[("report_id", "1"), ("title", "Late annex")],
    )
    .await;
    assert_eq!(status, 422);
}
