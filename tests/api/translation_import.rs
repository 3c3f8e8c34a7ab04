//! Importing a translated file: its parts lined up with the report's sections by their
//! headings' numbers and order, previewed without writing, then written in one go as the
//! sections' translations — approved ones kept, untranslated sections named — on SQLite and
//! PostgreSQL; and refused, changing nothing, to those who may not or in a language the
//! report is not translated into.

use entities::{audit_event, report_section, section_translation, states::TranslationState};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::Value;

use crate::helpers::{Backend, TestApp, spawn_app_on};

const COORDINATOR: &str = "coordinator@sbhr.example";
const EDITOR: &str = "editor@lift.example";
const REVIEWER: &str = "reviewer@freeword.example";

/// A Russian translation of the demonstration report as a translator sends it back: a line
/// before the first heading, the second section left out, the fair-trial section unnumbered,
/// the expression section empty and an annex the report does not have.
const RUSSIAN: &str = "Альтернативный доклад коалиции.\n\n\
# 1. Введение и методология\n\nКоалиция собирала сведения в девяти регионах.\n\n\
# 3. Запрет пыток (ст. 7)\n\nЖалобы на пытки расследует та же полиция.[^1]\n\n\
[^1]: Данные мониторинга, 2026.\n\n\
# Право на справедливое судебное разбирательство (ст. 14)\n\nАдвокатам отказывали.\n\n\
# Свобода выражения мнений (ст. 19)\n\n\
# 6. Свобода мирных собраний (ст. 21)\n\nУведомления отклонялись.\n\n\
# 7. Права лиц с инвалидностью (ст. 16 и 26)\n\nДееспособность.\n\n\
# Приложение\n\nСписок организаций.\n";

async fn upload(
    app: &TestApp,
    cookie: &str,
    language: &str,
    file: (&str, &str),
    apply: bool,
    complete: bool,
) -> (u16, Value) {
    let mut fields = vec![("report_id", "1"), ("language", language)];
    if apply {
        fields.push(("apply", "true"));
    }
    if complete {
        fields.push(("complete", "on"));
    }
    let response = app
        .post_multipart(
            "/api/import_translation",
            &fields,
            (file.0, file.1.as_bytes().to_vec()),
            &[("cookie", cookie)],
        )
        .await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// Each part of a preview: its heading, the number of the section it translates, and what
/// the import does with it.
fn lined_up(preview: &Value) -> Vec<(String, Option<String>, String)> {
    preview["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["title"].as_str().unwrap().to_string(),
                s["section"][0].as_str().map(str::to_string),
                s["outcome"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

async fn russian_rows(app: &TestApp) -> Vec<section_translation::Model> {
    section_translation::Entity::find()
        .filter(section_translation::Column::Language.eq("ru"))
        .order_by_asc(section_translation::Column::SectionId)
        .all(&app.db)
        .await
        .unwrap()
}

async fn section_titled(app: &TestApp, title: &str) -> report_section::Model {
    report_section::Entity::find()
        .filter(report_section::Column::Title.eq(title))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// LIFT translates its section into Russian and the reviewer approves it.
async fn approved_fair_trial(app: &TestApp) -> i32 {
    let section = section_titled(app, "Right to a fair trial (art. 14)")
        .await
        .id;
    let editor = app.sign_in(EDITOR).await;
    let id = section.to_string();
    let saved = app
        .post_form(
            "/api/save_translation",
            &[
                ("section_id", id.as_str()),
                ("language", "ru"),
                ("base_version", "0"),
                ("body", "Утверждённый перевод."),
                ("complete", "on"),
            ],
            &[("cookie", &editor)],
        )
        .await;
    assert_eq!(saved.status(), 200);
    let reviewer = app.sign_in(REVIEWER).await;
    let approved = app
        .post_form(
            "/api/approve_translation",
            &[
                ("section_id", id.as_str()),
                ("language", "ru"),
                ("version", "1"),
            ],
            &[("cookie", &reviewer)],
        )
        .await;
    assert_eq!(approved.status(), 200);
    section
}

async fn a_translated_file_is_lined_up_previewed_and_written(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let fair_trial = approved_fair_trial(&app).await;

    let (status, preview) = upload(
        &app,
        &coordinator,
        "ru",
        ("перевод.md", RUSSIAN),
        false,
        true,
    )
    .await;
    assert_eq!(status, 200, "{preview}");
    let owned = |(t, n, o): (&str, Option<&str>, &str)| {
        (t.to_string(), n.map(str::to_string), o.to_string())
    };
    assert_eq!(
        lined_up(&preview),
        [
            ("", None, "Unmatched"),
            ("1. Введение и методология", Some("1"), "New"),
            ("3. Запрет пыток (ст. 7)", Some("3"), "New"),
            (
                "Право на справедливое судебное разбирательство (ст. 14)",
                Some("4"),
                "KeepsApproved"
            ),
            ("Свобода выражения мнений (ст. 19)", Some("5"), "Empty"),
            ("6. Свобода мирных собраний (ст. 21)", Some("6"), "New"),
            (
                "7. Права лиц с инвалидностью (ст. 16 и 26)",
                Some("7"),
                "New"
            ),
            ("Приложение", None, "Unmatched"),
        ]
        .map(owned)
    );
    let untouched = preview["untouched"].as_array().unwrap();
    assert_eq!(untouched.len(), 1, "{untouched:?}");
    assert!(
        untouched[0]
            .as_str()
            .unwrap()
            .starts_with("2 Non-discrimination")
    );
    assert_eq!(preview["applied"], false);
    let before = russian_rows(&app).await;
    assert_eq!(before.len(), 1, "a preview writes nothing");
    let approved = before[0].clone();
    assert_eq!(approved.state, TranslationState::Approved);

    let (status, applied) = upload(
        &app,
        &coordinator,
        "ru",
        ("перевод.md", RUSSIAN),
        true,
        true,
    )
    .await;
    assert_eq!(status, 200, "{applied}");
    assert_eq!(applied["applied"], true);
    let rows = russian_rows(&app).await;
    assert_eq!(rows.len(), 5);
    let torture = section_titled(&app, "Prohibition of torture and ill-treatment (art. 7)").await;
    let written = rows.iter().find(|r| r.section_id == torture.id).unwrap();
    // The report's titles carry no numbers: the file's outline numbers are left out.
    assert_eq!(written.title, "Запрет пыток (ст. 7)");
    assert!(
        written.body.contains("[^1]: Данные мониторинга, 2026."),
        "{}",
        written.body
    );
    assert_eq!(written.state, TranslationState::Translated);
    assert_eq!(written.source_version, torture.version);
    assert_eq!(written.version, 1);
    let kept = rows.iter().find(|r| r.section_id == fair_trial).unwrap();
    assert_eq!(
        kept, &approved,
        "the approved translation is left as it was"
    );
    let imported = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("translation_imported"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(imported, 1);

    // The same file again changes nothing; a corrected one replaces, in translation.
    let (_, again) = upload(
        &app,
        &coordinator,
        "ru",
        ("перевод.md", RUSSIAN),
        false,
        false,
    )
    .await;
    assert_eq!(lined_up(&again)[1].2, "Unchanged");
    let corrected = RUSSIAN.replace("девяти регионах", "десяти регионах");
    let (status, _) = upload(
        &app,
        &coordinator,
        "ru",
        ("перевод.md", &corrected),
        true,
        false,
    )
    .await;
    assert_eq!(status, 200);
    let intro = section_titled(&app, "Introduction and methodology").await;
    let row = russian_rows(&app)
        .await
        .into_iter()
        .find(|r| r.section_id == intro.id)
        .unwrap();
    assert_eq!(
        (row.version, row.state),
        (2, TranslationState::InTranslation)
    );
    assert!(row.body.contains("десяти регионах"));
}

#[tokio::test]
async fn a_translated_file_is_lined_up_previewed_and_written_on_sqlite() {
    a_translated_file_is_lined_up_previewed_and_written(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_translated_file_is_lined_up_previewed_and_written_on_postgres() {
    a_translated_file_is_lined_up_previewed_and_written(Backend::Postgres).await;
}

#[tokio::test]
async fn a_translation_import_is_refused_to_writers_and_in_languages_the_report_lacks() {
    let app = spawn_app_on(Backend::Sqlite).await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let editor = app.sign_in(EDITOR).await;
    let file = ("перевод.md", RUSSIAN);
    let (status, _) = upload(&app, &editor, "ru", file, true, false).await;
    assert_eq!(status, 403);
    for language in ["kk", "en", "xx", ""] {
        let (status, answer) = upload(&app, &coordinator, language, file, true, false).await;
        assert_eq!(status, 422, "{language}: {answer}");
        assert!(answer.to_string().contains("language"), "{answer}");
    }
    let (status, answer) = upload(
        &app,
        &coordinator,
        "ru",
        ("перевод.pdf", "%PDF"),
        true,
        false,
    )
    .await;
    assert_eq!(status, 422, "{answer}");
    assert!(russian_rows(&app).await.is_empty(), "nothing written");
}
