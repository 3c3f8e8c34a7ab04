//! Reports in several languages: a report's languages, each section's translation with its
//! state, kept in step with the section's text (a save outdates translations unless it is
//! minor), saved without lost edits and approved by a second person — on SQLite and
//! PostgreSQL.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::{Backend, TestApp, spawn_app, spawn_app_on};

const COORDINATOR: &str = "coordinator@sbhr.example";
const EDITOR: &str = "editor@lift.example";
const REVIEWER: &str = "reviewer@freeword.example";
const OBSERVER: &str = "observer@equalaccess.example";

/// The demonstration section LIFT writes, and its report.
async fn lift_section(app: &TestApp) -> (i32, i32) {
    let org = entities::organisation::Entity::find()
        .filter(entities::organisation::Column::ShortName.eq("LIFT"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let section = entities::report_section::Entity::find()
        .filter(entities::report_section::Column::AssignedOrganisationId.eq(org.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    (section.id, section.report_id)
}

async fn post(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    app.post_form(path, form, &[("cookie", cookie)]).await
}

async fn json(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> Value {
    let response = post(app, cookie, path, form).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

/// The status `path` answers `form` with.
async fn status(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> u16 {
    post(app, cookie, path, form).await.status().as_u16()
}

async fn add_language(app: &TestApp, cookie: &str, report: i32, language: &str) -> u16 {
    status(
        app,
        cookie,
        "/api/add_report_language",
        &[("report_id", &report.to_string()), ("language", language)],
    )
    .await
}

async fn view(app: &TestApp, cookie: &str, section: i32) -> Value {
    json(
        app,
        cookie,
        "/api/section_translation",
        &[("section_id", &section.to_string()), ("language", "kk")],
    )
    .await
}

async fn translate(
    app: &TestApp,
    cookie: &str,
    section: i32,
    base: i64,
    body: &str,
    complete: bool,
) -> reqwest::Response {
    let (id, base) = (section.to_string(), base.to_string());
    let mut form = vec![
        ("section_id", id.as_str()),
        ("language", "kk"),
        ("base_version", base.as_str()),
        ("body", body),
    ];
    if complete {
        form.push(("complete", "on"));
    }
    post(app, cookie, "/api/save_translation", &form).await
}

/// Saves the section's own text on top of its current version.
async fn save_source(app: &TestApp, cookie: &str, section: i32, body: &str, minor: bool) {
    let current = json(app, cookie, "/api/section", &[("id", &section.to_string())]).await;
    let (id, base) = (section.to_string(), current["version"].to_string());
    let mut form = vec![
        ("id", id.as_str()),
        ("base_version", base.as_str()),
        ("body", body),
    ];
    if minor {
        form.push(("minor", "on"));
    }
    let saved = json(app, cookie, "/api/save_section", &form).await;
    assert!(saved["Saved"].is_object(), "{saved}");
}

async fn translation_row(app: &TestApp, section: i32) -> entities::section_translation::Model {
    entities::section_translation::Entity::find()
        .filter(entities::section_translation::Column::SectionId.eq(section))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn translations_follow_the_source(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let editor = app.sign_in(EDITOR).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let (section, report) = lift_section(&app).await;

    // The demonstration report is translated into Russian. A coordinator adds Kazakh; the
    // report's own language, an unknown one and a second Kazakh are refused.
    assert_eq!(add_language(&app, &editor, report, "kk").await, 403);
    assert_eq!(add_language(&app, &coordinator, report, "kk").await, 200);
    assert_eq!(add_language(&app, &coordinator, report, "kk").await, 422);
    assert_eq!(add_language(&app, &coordinator, report, "ru").await, 422);
    assert_eq!(add_language(&app, &coordinator, report, "en").await, 422);
    assert_eq!(add_language(&app, &coordinator, report, "xx").await, 422);
    let languages = json(
        &app,
        &editor,
        "/api/report_languages",
        &[("report_id", &report.to_string())],
    )
    .await;
    assert_eq!(languages["source"], "en");
    assert_eq!(languages["targets"][0]["language"], "ru");
    assert_eq!(languages["targets"][1]["language"], "kk");
    assert!(languages["targets"][1]["missing"].as_u64().unwrap() >= 1);
    assert_eq!(languages["can_manage"], false);
    let section_view = json(
        &app,
        &editor,
        "/api/section",
        &[("id", &section.to_string())],
    )
    .await;
    assert_eq!(section_view["translations"][1]["language"], "kk");
    assert_eq!(section_view["translations"][1]["state"], Value::Null);

    // The first translation, finished: translated, based on the section's current version.
    let missing = view(&app, &editor, section).await;
    assert_eq!(missing["state"], Value::Null);
    assert_eq!(missing["version"], 0);
    assert_eq!(missing["can_edit"], true);
    let source_version = missing["source_version"].as_i64().unwrap();
    let saved = translate(&app, &editor, section, 0, "Перевод раздела.", true).await;
    assert_eq!(saved.status(), 200);
    assert_eq!(saved.json::<Value>().await.unwrap(), 1);
    let translated = view(&app, &editor, section).await;
    assert_eq!(translated["state"], "translated");
    // The report's dashboard has a column per language.
    let outline = json(
        &app,
        &editor,
        "/api/report_outline",
        &[("id", &report.to_string())],
    )
    .await;
    assert_eq!(outline["languages"], serde_json::json!(["ru", "kk"]));
    let languages = json(
        &app,
        &editor,
        "/api/report_languages",
        &[("report_id", &report.to_string())],
    )
    .await;
    assert_eq!(languages["targets"][1]["words"]["body"], 2);
    assert_eq!(languages["targets"][0]["words"]["body"], 0);
    let row = outline["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == section)
        .unwrap();
    let states: Vec<(&Value, &Value)> = row["translations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (&t["language"], &t["state"]))
        .collect();
    assert_eq!(
        states,
        [
            (&Value::from("ru"), &Value::Null),
            (&Value::from("kk"), &Value::from("translated"))
        ]
    );
    assert_eq!(translated["based_on"], source_version);
    assert_eq!(translated["body"], "Перевод раздела.");
    assert_eq!(translated["words"]["body"], 2);
    assert!(translated["source_changes"].as_array().unwrap().is_empty());

    // A minor change of the section keeps it current, now based on the new version.
    save_source(
        &app,
        &editor,
        section,
        "The section, with a typo fixed.",
        true,
    )
    .await;
    let after_minor = view(&app, &editor, section).await;
    assert_eq!(after_minor["state"], "translated");
    assert_eq!(after_minor["based_on"], source_version + 1);

    // Any other change outdates it, and the translator sees what changed since.
    save_source(
        &app,
        &editor,
        section,
        "The section, with a typo fixed. Detention conditions worsened.",
        false,
    )
    .await;
    let outdated = view(&app, &editor, section).await;
    assert_eq!(outdated["state"], "outdated");
    assert_eq!(outdated["based_on"], source_version + 1);
    let added: String = outdated["source_changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "added")
        .map(|p| p["text"].as_str().unwrap().to_string())
        .collect();
    assert!(
        added.contains("Detention conditions worsened."),
        "{outdated}"
    );
    assert_eq!(
        outdated["source_paragraphs"],
        serde_json::json!([{
            "text": "The section, with a typo fixed. Detention conditions worsened.",
            "changed": true,
            "parts": [{
                "text": "The section, with a typo fixed. Detention conditions worsened.",
                "term": null
            }],
            "reuse": null
        }])
    );

    // A save based on an older version of the translation changes nothing.
    let stale = translate(&app, &editor, section, 0, "lost?", true).await;
    assert_eq!(stale.status(), 422);
    assert_eq!(translation_row(&app, section).await.version, 1);

    // Saved again: current against the section's text, in a new revision.
    let saved = translate(&app, &editor, section, 1, "Обновлённый перевод.", true).await;
    assert_eq!(saved.status(), 200);
    let current = view(&app, &editor, section).await;
    assert_eq!(current["state"], "translated");
    assert_eq!(current["based_on"], source_version + 2);
    assert!(current["source_changes"].as_array().unwrap().is_empty());
    let revisions = entities::translation_revision::Entity::find()
        .filter(
            entities::translation_revision::Column::TranslationId.eq(translation_row(
                &app, section,
            )
            .await
            .id),
        )
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(revisions.len(), 2);
    // The page lists both, newest first, each with what it changed and whom by.
    let history = current["history"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["version"], 2);
    assert_eq!(history[0]["source_version"], source_version + 2);
    assert_eq!(history[0]["author"], "Daniyar Omarov");
    let added: String = history[0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "added")
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert!(added.contains("Обновлённый"), "{added}");
    assert_eq!(history[1]["version"], 1);

    // Its translator cannot approve it; a reviewer can.
    let version = current["version"].to_string();
    let approve = |cookie: String| {
        let (app, version) = (&app, version.clone());
        async move {
            post(
                app,
                &cookie,
                "/api/approve_translation",
                &[
                    ("section_id", &section.to_string()),
                    ("language", "kk"),
                    ("version", &version),
                ],
            )
            .await
            .status()
            .as_u16()
        }
    };
    assert_eq!(current["can_approve"], false);
    assert_eq!(approve(editor.clone()).await, 422);
    assert_eq!(view(&app, &reviewer, section).await["can_approve"], true);
    assert_eq!(approve(reviewer.clone()).await, 200);
    assert_eq!(view(&app, &editor, section).await["state"], "approved");
    // Approving twice finds it approved already.
    assert_eq!(approve(reviewer.clone()).await, 422);

    // A change of the section outdates an approved translation too; a footnote the
    // translation lacks is named.
    save_source(
        &app,
        &editor,
        section,
        "A new paragraph.[^1]\n\nAnd another.\n\n[^1]: Trial monitoring, 2026.",
        false,
    )
    .await;
    let outdated = view(&app, &editor, section).await;
    assert_eq!(outdated["state"], "outdated");
    assert_eq!(outdated["missing_notes"], serde_json::json!(["1"]));

    // A language sections are translated into stays.
    let removed = post(
        &app,
        &coordinator,
        "/api/remove_report_language",
        &[("report_id", &report.to_string()), ("language", "kk")],
    )
    .await;
    assert_eq!(removed.status(), 422);
    let audit = entities::audit_event::Entity::find()
        .filter(entities::audit_event::Column::Action.is_in([
            "report_language_added",
            "translation_saved",
            "translation_approved",
        ]))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(
        audit.len(),
        4,
        "one language added, two saves, one approval"
    );
}

#[tokio::test]
async fn translations_follow_the_source_on_sqlite() {
    translations_follow_the_source(Backend::Sqlite).await;
}

#[tokio::test]
async fn translations_follow_the_source_on_postgres() {
    translations_follow_the_source(Backend::Postgres).await;
}

#[tokio::test]
async fn only_those_who_may_write_a_section_translate_it() {
    let app = spawn_app().await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let (section, report) = lift_section(&app).await;
    assert_eq!(add_language(&app, &coordinator, report, "kk").await, 200);
    for who in [REVIEWER, OBSERVER] {
        let cookie = app.sign_in(who).await;
        assert_eq!(
            view(&app, &cookie, section).await["can_edit"],
            false,
            "{who}"
        );
        let refused = translate(&app, &cookie, section, 0, "нет", true).await;
        assert_eq!(refused.status(), 403, "{who}");
    }
    // Into a language the report is not translated into: refused, nothing written.
    let editor = app.sign_in(EDITOR).await;
    let (id, base) = (section.to_string(), "0".to_string());
    let other = post(
        &app,
        &editor,
        "/api/save_translation",
        &[
            ("section_id", id.as_str()),
            ("language", "fr"),
            ("base_version", base.as_str()),
            ("body", "аударма"),
        ],
    )
    .await;
    assert_eq!(other.status(), 422);
    let body = other.text().await.unwrap();
    assert!(body.contains("language"), "{body}");
    assert!(
        entities::section_translation::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    // A language with no translation can be removed again.
    let removed = post(
        &app,
        &coordinator,
        "/api/remove_report_language",
        &[("report_id", &report.to_string()), ("language", "kk")],
    )
    .await;
    assert_eq!(removed.status(), 200);
    assert_eq!(view_status(&app, &editor, section).await, 422);
}

async fn view_status(app: &TestApp, cookie: &str, section: i32) -> u16 {
    status(
        app,
        cookie,
        "/api/section_translation",
        &[("section_id", &section.to_string()), ("language", "kk")],
    )
    .await
}

#[tokio::test]
async fn a_draft_exports_in_a_language_with_untranslated_sections_marked() {
    let app = spawn_app().await;
    let editor = app.sign_in(EDITOR).await;
    let (section, report) = lift_section(&app).await;
    // The demonstration report is translated into Russian; LIFT's section gets its Russian.
    let (id, base) = (section.to_string(), "0".to_string());
    let saved = post(
        &app,
        &editor,
        "/api/save_translation",
        &[
            ("section_id", id.as_str()),
            ("language", "ru"),
            ("base_version", base.as_str()),
            ("title", "Право на справедливое судебное разбирательство"),
            ("body", "Адвокатам отказывали в конфиденциальных встречах."),
            ("complete", "on"),
        ],
    )
    .await;
    assert_eq!(saved.status(), 200);
    let overview = json(
        &app,
        &editor,
        "/api/export_overview",
        &[("id", &report.to_string())],
    )
    .await;
    assert_eq!(overview["languages"], serde_json::json!(["ru"]));

    let response = app
        .get(
            &format!("/reports/{report}/export.docx?language=ru"),
            &[("cookie", &editor)],
        )
        .await;
    assert_eq!(response.status(), 200);
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(disposition.contains("ru, draft"), "{disposition}");
    let docx = crate::docx_reader::Docx::open(&response.bytes().await.unwrap());
    let document = docx.part("word/document.xml");
    assert!(document.contains("Право на справедливое судебное разбирательство"));
    assert!(document.contains("Адвокатам отказывали в конфиденциальных встречах."));
    assert!(!document.contains("Right to a fair trial (art. 14)"));
    // Other sections stay in English, marked in the export's language.
    assert!(
        document.contains("Ещё не переведено"),
        "the untranslated mark"
    );
    // The English draft is unchanged.
    let english = app
        .get(
            &format!("/reports/{report}/export.docx"),
            &[("cookie", &editor)],
        )
        .await;
    let english = crate::docx_reader::Docx::open(&english.bytes().await.unwrap());
    assert!(
        english
            .part("word/document.xml")
            .contains("Right to a fair trial (art. 14)")
    );
    // A language the report is not translated into is refused.
    let refused = app
        .get(
            &format!("/reports/{report}/export.docx?language=fr"),
            &[("cookie", &editor)],
        )
        .await;
    assert_eq!(refused.status(), 422);
}

/// Saves of a section's text and of its translation at the same moment, many times over: a
/// translation is never left current against a text that changed after it was based on it.
#[tokio::test]
async fn concurrent_saves_of_a_section_and_its_translation_leave_the_state_right() {
    let app = spawn_app_on(Backend::Postgres).await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let editor = app.sign_in(EDITOR).await;
    let (section, report) = lift_section(&app).await;
    assert_eq!(add_language(&app, &coordinator, report, "kk").await, 200);
    for round in 0..8 {
        let translation = entities::section_translation::Entity::find()
            .filter(entities::section_translation::Column::SectionId.eq(section))
            .one(&app.db)
            .await
            .unwrap();
        let base = translation.map_or(0, |t| i64::from(t.version));
        let text = format!("Source, round {round}.");
        let translated = format!("Перевод, раунд {round}.");
        let (_, saved) = tokio::join!(
            save_source(&app, &editor, section, &text, false),
            translate(&app, &editor, section, base, &translated, true),
        );
        assert_eq!(saved.status(), 200, "round {round}");
        let now = translation_row(&app, section).await;
        let source = entities::report_section::Entity::find_by_id(section)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        match now.state {
            app::states::TranslationState::Translated => assert_eq!(
                now.source_version, source.version,
                "round {round}: current, so based on the current text"
            ),
            app::states::TranslationState::Outdated => assert!(
                now.source_version < source.version,
                "round {round}: outdated by a later save"
            ),
            other => panic!("round {round}: {other:?}"),
        }
    }
}

/// The id of the account signed in with `email`.
async fn user_id(app: &TestApp, email: &str) -> i32 {
    entities::user::Entity::find()
        .filter(entities::user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn assign(app: &TestApp, cookie: &str, section: i32, translator: i32) -> u16 {
    status(
        app,
        cookie,
        "/api/assign_translator",
        &[
            ("section_id", &section.to_string()),
            ("language", "kk"),
            ("translator", &translator.to_string()),
        ],
    )
    .await
}

#[tokio::test]
async fn coordinators_assign_a_translator_who_then_translates_whatever_their_role() {
    let app = spawn_app().await;
    let outsider = crate::helpers::create_outsider(&app).await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let (section, report) = lift_section(&app).await;
    assert_eq!(add_language(&app, &coordinator, report, "kk").await, 200);
    let observer = app.sign_in(OBSERVER).await;
    let observer_id = user_id(&app, OBSERVER).await;
    assert_eq!(
        translate(&app, &observer, section, 0, "аударма", false)
            .await
            .status(),
        403
    );

    // The coordinator may assign, and chooses among the coalition's members.
    let seen = view(&app, &coordinator, section).await;
    assert_eq!(seen["can_assign"], true);
    assert!(seen["translator"].is_null());
    let candidates: Vec<i64> = seen["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    assert!(candidates.contains(&i64::from(observer_id)));
    // Nobody else assigns; nobody outside the coalition is assigned.
    let reviewer = app.sign_in(REVIEWER).await;
    assert_eq!(assign(&app, &reviewer, section, observer_id).await, 403);
    assert_eq!(view(&app, &reviewer, section).await["can_assign"], false);
    let outsider_id = user_id(&app, outsider).await;
    assert_eq!(assign(&app, &coordinator, section, outsider_id).await, 422);
    assert!(
        entities::translation_assignment::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );

    // Assigned, the observer translates this section (and no other).
    assert_eq!(assign(&app, &coordinator, section, observer_id).await, 200);
    let seen = view(&app, &observer, section).await;
    assert_eq!(seen["can_edit"], true);
    assert_eq!(seen["can_assign"], false);
    assert_eq!(seen["translator"]["id"], observer_id);
    assert!(seen["candidates"].as_array().unwrap().is_empty());
    let saved = translate(&app, &observer, section, 0, "Аударма мәтіні.", true).await;
    assert_eq!(saved.status(), 200);
    let other = entities::report_section::Entity::find()
        .filter(entities::report_section::Column::ReportId.eq(report))
        .filter(entities::report_section::Column::Id.ne(section))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    assert_eq!(
        translate(&app, &observer, other, 0, "аударма", false)
            .await
            .status(),
        403
    );
    // The dashboard names the translator and counts the section among the observer's own.
    let outline = json(
        &app,
        &observer,
        "/api/report_outline",
        &[("id", &report.to_string())],
    )
    .await;
    let row = outline["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == section)
        .unwrap()
        .clone();
    assert_eq!(row["mine"], true);
    assert_eq!(row["translations"][1]["language"], "kk");
    assert_eq!(row["translations"][1]["mine"], true);
    assert_eq!(row["translations"][1]["state"], "translated");
    assert!(row["translations"][1]["translator"].is_string());
    let events = entities::audit_event::Entity::find()
        .filter(entities::audit_event::Column::Action.eq("translator_assigned"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(events.len(), 1);

    // Unassigned, the observer reads only.
    assert_eq!(assign(&app, &coordinator, section, 0).await, 200);
    assert_eq!(view(&app, &observer, section).await["can_edit"], false);
    let version = translation_row(&app, section).await.version.to_string();
    let refused = post(
        &app,
        &observer,
        "/api/save_translation",
        &[
            ("section_id", &section.to_string()),
            ("language", "kk"),
            ("base_version", &version),
            ("body", "өзгеріс"),
        ],
    )
    .await;
    assert_eq!(refused.status(), 403);
    assert_eq!(translation_row(&app, section).await.body, "Аударма мәтіні.");
}

async fn russian(app: &TestApp, cookie: &str, section: i32) -> Value {
    json(
        app,
        cookie,
        "/api/section_translation",
        &[("section_id", &section.to_string()), ("language", "ru")],
    )
    .await
}

/// The glossary terms the translation page found, as (source, target, used).
fn terms(view: &Value) -> Vec<(String, String, bool)> {
    view["glossary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["source"].as_str().unwrap().to_string(),
                t["target"].as_str().unwrap().to_string(),
                t["used"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn glossary_terms_are_marked_in_the_source_and_a_translation_without_them_is_warned() {
    let app = spawn_app().await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let (section, _) = lift_section(&app).await;
    save_source(
        &app,
        &coordinator,
        section,
        "The State party ignored the national preventive mechanism and trial monitoring.",
        false,
    )
    .await;

    // Standard terms, found in the section's English and given in Russian, in the
    // glossary's order.
    let seen = russian(&app, &coordinator, section).await;
    assert_eq!(
        terms(&seen),
        [
            (
                "national preventive mechanism".to_string(),
                "национальный превентивный механизм".to_string(),
                false
            ),
            (
                "State party".to_string(),
                "государство-участник".to_string(),
                false
            ),
        ]
    );
    let parts = &seen["source_paragraphs"][0]["parts"];
    assert_eq!(parts[1]["text"], "State party");
    assert_eq!(parts[1]["term"], 1);
    assert_eq!(parts[3]["text"], "national preventive mechanism");
    assert_eq!(parts[3]["term"], 0);

    // A translation that uses one of them, inflected, and not the other.
    let saved = post(
        &app,
        &coordinator,
        "/api/save_translation",
        &[
            ("section_id", &section.to_string()),
            ("language", "ru"),
            ("base_version", "0"),
            (
                "body",
                "Государство-участник проигнорировало мнение национального механизма.",
            ),
        ],
    )
    .await;
    assert_eq!(saved.status(), 200);
    let used: Vec<bool> = terms(&russian(&app, &coordinator, section).await)
        .into_iter()
        .map(|t| t.2)
        .collect();
    assert_eq!(used, [false, true]);

    // The coalition's own terms: its coordinators add them (in two languages at least) and
    // remove them; nobody removes a standard term.
    let reviewer = app.sign_in(REVIEWER).await;
    let term = [
        ("coalition_id", "1"),
        ("term[en]", "trial monitoring"),
        ("term[ru]", "мониторинг судебных процессов"),
    ];
    assert_eq!(
        status(&app, &reviewer, "/api/add_glossary_term", &term).await,
        403
    );
    let one_language = post(
        &app,
        &coordinator,
        "/api/add_glossary_term",
        &[("coalition_id", "1"), ("term[en]", "trial monitoring")],
    )
    .await;
    assert_eq!(one_language.status(), 422);
    assert!(one_language.text().await.unwrap().contains("two languages"));
    assert_eq!(
        status(&app, &coordinator, "/api/add_glossary_term", &term).await,
        200
    );
    let glossary = json(&app, &reviewer, "/api/glossary", &[]).await;
    assert!(glossary["standard"].as_array().unwrap().len() >= 30);
    let own = &glossary["coalitions"][0];
    assert_eq!(own["can_manage"], false);
    assert_eq!(
        own["terms"][0]["equivalents"][0],
        serde_json::json!(["en", "trial monitoring"])
    );
    let own_id = own["terms"][0]["id"].as_i64().unwrap().to_string();
    let found = terms(&russian(&app, &coordinator, section).await);
    assert_eq!(
        found[0].0, "trial monitoring",
        "the coalition's own come first"
    );

    let standard_id = glossary["standard"][0]["id"].as_i64().unwrap().to_string();
    assert_eq!(
        status(
            &app,
            &coordinator,
            "/api/remove_glossary_term",
            &[("id", &standard_id)]
        )
        .await,
        403
    );
    assert_eq!(
        status(
            &app,
            &reviewer,
            "/api/remove_glossary_term",
            &[("id", &own_id)]
        )
        .await,
        403
    );
    assert_eq!(
        status(
            &app,
            &coordinator,
            "/api/remove_glossary_term",
            &[("id", &own_id)]
        )
        .await,
        200
    );
    assert_eq!(terms(&russian(&app, &coordinator, section).await).len(), 2);
    let events = entities::audit_event::Entity::find()
        .filter(
            entities::audit_event::Column::Action
                .is_in(["glossary_term_added", "glossary_term_removed"]),
        )
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(events.len(), 2);
}

#[tokio::test]
async fn a_paragraph_translated_before_is_offered_again_the_same_or_nearly() {
    let app = spawn_app().await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let (section, report) = lift_section(&app).await;
    let first = "Lawyers were denied confidential meetings with their clients.";
    let second = "Judges rarely excluded statements obtained under duress.";
    save_source(
        &app,
        &coordinator,
        section,
        &format!("{first}\n\n{second}"),
        false,
    )
    .await;
    let saved = post(
        &app,
        &coordinator,
        "/api/save_translation",
        &[
            ("section_id", &section.to_string()),
            ("language", "ru"),
            ("base_version", "0"),
            (
                "body",
                "Адвокатам отказывали в конфиденциальных встречах с подзащитными.\n\n\
                 Судьи редко исключали показания, полученные под давлением.",
            ),
            ("complete", "on"),
        ],
    )
    .await;
    assert_eq!(saved.status(), 200);

    // Another section of the coalition's report (one still being written) repeats the first
    // paragraph and nearly the second.
    let other = entities::report_section::Entity::find()
        .filter(entities::report_section::Column::ReportId.eq(report))
        .filter(entities::report_section::Column::Id.ne(section))
        .filter(
            entities::report_section::Column::Status.ne(entities::states::SectionStatus::Approved),
        )
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    save_source(
        &app,
        &coordinator,
        other,
        &format!(
            "{first}\n\nJudges rarely excluded statements obtained under torture.\n\n\
             Nothing like this was translated."
        ),
        false,
    )
    .await;
    let seen = russian(&app, &coordinator, other).await;
    let paragraphs = seen["source_paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs[0]["reuse"]["same"], true);
    assert_eq!(
        paragraphs[0]["reuse"]["translation"],
        "Адвокатам отказывали в конфиденциальных встречах с подзащитными."
    );
    assert!(
        paragraphs[0]["reuse"]["from"]
            .as_str()
            .unwrap()
            .ends_with("Right to a fair trial (art. 14)")
    );
    assert_eq!(paragraphs[1]["reuse"]["same"], false);
    let changes = &paragraphs[1]["reuse"]["source_changes"];
    assert!(
        changes
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "added" && c["text"].as_str().unwrap().contains("torture"))
    );
    assert!(paragraphs[2]["reuse"].is_null());

    // Once the first section's text changes, its outdated translation is offered no more.
    save_source(&app, &coordinator, section, "A different text now.", false).await;
    let seen = russian(&app, &coordinator, other).await;
    assert!(seen["source_paragraphs"][0]["reuse"].is_null());
}

#[tokio::test]
async fn saves_from_the_same_version_merge_when_they_touch_different_paragraphs() {
    let app = spawn_app().await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let editor = app.sign_in(EDITOR).await;
    let (section, report) = lift_section(&app).await;
    assert_eq!(add_language(&app, &coordinator, report, "kk").await, 200);
    let first = translate(&app, &editor, section, 0, "Бірінші.\n\nЕкінші.", false).await;
    assert_eq!(first.status(), 200);
    // Both start from version 1: the editor changes the first paragraph, the coordinator the
    // second; the later save combines them.
    let ours = translate(
        &app,
        &editor,
        section,
        1,
        "Бірінші, түзетілген.\n\nЕкінші.",
        false,
    )
    .await;
    assert_eq!(ours.status(), 200);
    let theirs = translate(
        &app,
        &coordinator,
        section,
        1,
        "Бірінші.\n\nЕкінші, толықтырылған.",
        false,
    )
    .await;
    assert_eq!(theirs.status(), 200);
    let row = translation_row(&app, section).await;
    assert_eq!(row.version, 3);
    assert_eq!(row.body, "Бірінші, түзетілген.\n\nЕкінші, толықтырылған.");
    // A third change of the first paragraph from version 1 overlaps: refused, nothing changes.
    let overlapping = translate(&app, &coordinator, section, 1, "Басқаша.\n\nЕкінші.", false).await;
    assert_eq!(overlapping.status(), 422);
    let unchanged = translation_row(&app, section).await;
    assert_eq!((unchanged.version, unchanged.body), (3, row.body));
}

#[tokio::test]
async fn the_side_by_side_editor_keeps_each_paragraph_beside_its_own() {
    let app = spawn_app().await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let editor = app.sign_in(EDITOR).await;
    let (section, report) = lift_section(&app).await;
    assert_eq!(add_language(&app, &coordinator, report, "kk").await, 200);
    // Twelve paragraphs, the last with a note, and two notes defined on lines of their own.
    let mut source: Vec<String> = (1..=12).map(|n| format!("Paragraph {n}.")).collect();
    source[11].push_str("[^a][^b]");
    let text = format!(
        "{}\n\n[^a]: First note.\n[^b]: Second note.",
        source.join("\n\n")
    );
    save_source(&app, &editor, section, &text, false).await;
    let seen = view(&app, &editor, section).await;
    let rows = seen["source_paragraphs"].as_array().unwrap();
    assert_eq!(rows.len(), 14, "each note a row of its own");
    assert_eq!(rows[13]["text"], "[^b]: Second note.");

    // The editor sends a box per row, in any order, the second left untranslated.
    let id = section.to_string();
    let mut form = vec![
        ("section_id", id.as_str()),
        ("language", "kk"),
        ("base_version", "0"),
        ("paragraphs[11]", "12-абзац.[^a][^b]"),
        ("paragraphs[1]", ""),
        ("paragraphs[13]", "[^b]: Екінші ескертпе."),
        ("paragraphs[0]", "1-абзац."),
        ("paragraphs[12]", "[^a]: Бірінші ескертпе."),
    ];
    let owned: Vec<(String, String)> = (2..11)
        .map(|n| (format!("paragraphs[{n}]"), format!("{}-абзац.", n + 1)))
        .collect();
    form.extend(owned.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let saved = post(&app, &editor, "/api/save_translation", &form).await;
    assert_eq!(saved.status(), 200);
    let row = translation_row(&app, section).await;
    assert!(
        row.body.starts_with("1-абзац.\n\n\n\n3-абзац.\n\n4-абзац."),
        "{}",
        row.body
    );
    assert!(
        row.body
            .ends_with("[^a]: Бірінші ескертпе.\n\n[^b]: Екінші ескертпе.")
    );

    // Read back, each paragraph is beside its own again, the untranslated one in its place,
    // and no note is missing.
    let seen = view(&app, &editor, section).await;
    let paragraphs: Vec<&str> = seen["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(paragraphs.len(), 14);
    assert_eq!(paragraphs[..3], ["1-абзац.", "", "3-абзац."]);
    assert_eq!(paragraphs[11], "12-абзац.[^a][^b]");
    assert_eq!(seen["missing_notes"], serde_json::json!([]));
}
