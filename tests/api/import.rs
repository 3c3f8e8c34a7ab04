//! Starting from an existing draft: a Markdown or Word file uploaded into a report is split at
//! its headings, previewed without writing, then written in one go; and its command-line twin.

use entities::{audit_event, report_section, section_revision, states::SectionStatus};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::Value;

use crate::draft_docx::draft_docx;
use crate::helpers::{Backend, TestApp, create_outsider, spawn_app, spawn_app_on};

/// Uploads `bytes` as `file_name` into report `report` as `cookie` (none: anonymous); the
/// status and the JSON answer.
async fn upload(
    app: &TestApp,
    cookie: Option<&str>,
    report: i32,
    file_name: &str,
    bytes: Vec<u8>,
    apply: bool,
) -> (u16, Value) {
    let report = report.to_string();
    let mut fields = vec![("report_id", report.as_str())];
    if apply {
        fields.push(("apply", "true"));
    }
    let headers: Vec<(&str, &str)> = cookie.map(|c| vec![("cookie", c)]).unwrap_or_default();
    let response = app
        .post_multipart("/api/import_draft", &fields, (file_name, bytes), &headers)
        .await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, value)
}

async fn sections(app: &TestApp) -> Vec<report_section::Model> {
    report_section::Entity::find()
        .filter(report_section::Column::ReportId.eq(1))
        .order_by_asc(report_section::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

fn shape(preview: &Value) -> Vec<(i64, String, Option<String>)> {
    preview["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["level"].as_i64().unwrap(),
                s["title"].as_str().unwrap().to_string(),
                s["fills"].as_str().map(str::to_string),
            )
        })
        .collect()
}

const DRAFT: &str = "# Alternative report\n\n\
    Prepared by the coalition.\n\n\
    ## Methodology and sources\n\n\
    We interviewed 40 people.[^1]\n\n\
    ## Prohibition of torture\n\n\
    ### Police custody\n\n\
    | Region | Cases |\n|---|---|\n| Almaty | 12 |\n\n\
    - *beaten* in **custody**\n- ~~released~~\n\n\
    [^1]: Interviews, 2025.\n";

async fn markdown_draft_is_previewed_then_imported(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    // An empty section waiting for its text, as a report made from a template has.
    let response = app
        .post_form(
            "/api/add_section",
            &[("report_id", "1"), ("title", "Methodology and Sources")],
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(response.status(), 200);
    let before = sections(&app).await;

    let (status, preview) = upload(
        &app,
        Some(&coordinator),
        1,
        "draft.md",
        DRAFT.as_bytes().to_vec(),
        false,
    )
    .await;
    assert_eq!(status, 200, "{preview}");
    assert_eq!(preview["applied"], false);
    assert_eq!(
        shape(&preview),
        vec![
            (1, "Introduction".to_string(), None),
            (
                1,
                "Methodology and sources".to_string(),
                Some("Methodology and Sources".to_string())
            ),
            (1, "Prohibition of torture".to_string(), None),
            (2, "Police custody".to_string(), None),
        ]
    );
    assert_eq!(preview["sections"][1]["words"], 6, "{preview}");
    // The preview writes nothing.
    assert_eq!(sections(&app).await, before);

    let (status, done) = upload(
        &app,
        Some(&coordinator),
        1,
        "draft.md",
        DRAFT.as_bytes().to_vec(),
        true,
    )
    .await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(done["applied"], true);
    let after = sections(&app).await;
    assert_eq!(
        after.len(),
        before.len() + 3,
        "one section filled, three new"
    );
    let find = |title: &str| {
        after
            .iter()
            .find(|s| s.title == title && s.removed_at.is_none())
            .unwrap_or_else(|| panic!("{title} imported"))
            .clone()
    };
    let methodology = find("Methodology and Sources");
    assert_eq!(
        methodology.body,
        "We interviewed 40 people.[^1]\n\n[^1]: Interviews, 2025."
    );
    assert_eq!(methodology.status, SectionStatus::Drafting);
    assert_eq!(methodology.version, 2);
    let torture = find("Prohibition of torture");
    let custody = find("Police custody");
    assert_eq!(custody.parent_id, Some(torture.id));
    assert!(custody.body.contains("| Almaty | 12 |"), "{}", custody.body);
    assert!(custody.body.contains("- *beaten* in **custody**"));
    assert!(custody.body.contains("~~released~~"));
    assert_eq!(find("Introduction").body, "Prepared by the coalition.");
    // New sections go after the existing top-level ones.
    let top_positions: Vec<i32> = after
        .iter()
        .filter(|s| s.parent_id.is_none() && s.removed_at.is_none())
        .map(|s| s.position)
        .collect();
    assert!(torture.position == *top_positions.iter().max().unwrap());

    // Every written section has a revision naming the file and the importer.
    let revision = section_revision::Entity::find()
        .filter(section_revision::Column::SectionId.eq(methodology.id))
        .filter(section_revision::Column::Version.eq(2))
        .one(&app.db)
        .await
        .unwrap()
        .expect("a revision for the filled section");
    assert_eq!(revision.message.as_deref(), Some("Imported from draft.md"));
    assert!(revision.author_user_id.is_some());
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("draft_imported"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn a_markdown_draft_is_previewed_then_imported_on_sqlite() {
    markdown_draft_is_previewed_then_imported(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_markdown_draft_is_previewed_then_imported_on_postgres() {
    markdown_draft_is_previewed_then_imported(Backend::Postgres).await;
}

#[tokio::test]
async fn a_word_draft_keeps_headings_emphasis_lists_tables_links_and_footnotes() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let (status, preview) = upload(
        &app,
        Some(&coordinator),
        1,
        "Draft report.docx",
        draft_docx(),
        true,
    )
    .await;
    assert_eq!(status, 200, "{preview}");
    // The Word title is the document's and is left out; its first paragraph is a preamble.
    let titles: Vec<(i64, String)> = shape(&preview)
        .into_iter()
        .map(|(level, title, _)| (level, title))
        .collect();
    assert_eq!(
        titles,
        vec![
            (1, "Introduction".to_string()),
            (1, "Prohibition of torture (art. 7)".to_string()),
            (2, "Cases documented".to_string()),
            (1, "Freedom of expression (art. 19)".to_string()),
        ]
    );
    let body = |title: &str| {
        let title = title.to_string();
        let db = app.db.clone();
        async move {
            // The newest of that title: the demonstration report has its own art. 19 text.
            report_section::Entity::find()
                .filter(report_section::Column::Title.eq(title.as_str()))
                .order_by_desc(report_section::Column::Id)
                .one(&db)
                .await
                .unwrap()
                .unwrap_or_else(|| panic!("{title} imported"))
                .body
        }
    };
    assert_eq!(
        body("Prohibition of torture (art. 7)").await,
        "Detainees were **beaten** in *police custody*, and the file was ~~lost~~.[^1]\n\n\
         [^1]: Interview 12, Almaty, 2025."
    );
    assert_eq!(
        body("Cases documented").await,
        "1. Karaganda, March 2025\n1. Shymkent, May 2025\n\n\
         | Year | Complaints |\n| --- | --- |\n| 2025 | 214 |"
    );
    assert_eq!(
        body("Freedom of expression (art. 19)").await,
        "See the [monitoring data](https://example.org/monitoring) for 2025.[^2]\n\n\
         [^2]: Monitoring by the coalition."
    );
}

#[tokio::test]
async fn bad_drafts_and_the_wrong_people_change_nothing() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let editor = app.sign_in("editor@lift.example").await;
    let outsider = create_outsider(&app).await;
    let outsider = app.sign_in(outsider).await;
    let before = sections(&app).await;
    let markdown = || DRAFT.as_bytes().to_vec();

    // (who, file name, content, expected status, words the refusal must contain)
    type Refusal<'a> = (Option<&'a str>, &'a str, Vec<u8>, u16, &'a str);
    let refusals: Vec<Refusal> = vec![
        (
            Some(&coordinator),
            "draft.pdf",
            b"%PDF-1.7".to_vec(),
            422,
            "Only .docx and .md",
        ),
        (
            Some(&coordinator),
            "draft.docx",
            b"not a zip".to_vec(),
            422,
            "not a Word .docx",
        ),
        (
            Some(&coordinator),
            "draft.md",
            vec![0xff, 0xfe, 0x41],
            422,
            "UTF-8",
        ),
        (
            Some(&coordinator),
            "draft.md",
            b"  \n\n".to_vec(),
            422,
            "no text",
        ),
        (
            Some(&coordinator),
            "draft.md",
            Vec::new(),
            422,
            "Choose a file",
        ),
        (
            Some(&coordinator),
            "draft.md",
            format!("# Big\n\n{}", "word ".repeat(50_000)).into_bytes(),
            422,
            "over 200 KB",
        ),
        (
            Some(&coordinator),
            "draft.md",
            vec![b'a'; 10 * 1024 * 1024 + 1],
            422,
            "too large",
        ),
        // Partners write sections; only coordinators reshape the outline.
        (Some(&editor), "draft.md", markdown(), 403, ""),
        (Some(&outsider), "draft.md", markdown(), 403, ""),
        (None, "draft.md", markdown(), 401, ""),
    ];
    for (cookie, name, bytes, expected, message) in refusals {
        let (status, answer) = upload(&app, cookie, 1, name, bytes, true).await;
        assert_eq!(status, expected, "{name}: {answer}");
        assert!(
            answer.to_string().contains(message),
            "{name}: {answer} should say {message}"
        );
    }
    // A report nobody can see is refused like one that does not exist.
    let (status, _) = upload(&app, Some(&coordinator), 9999, "draft.md", markdown(), true).await;
    assert_eq!(status, 403);
    assert_eq!(sections(&app).await, before);
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("draft_imported"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 0);
}

#[tokio::test]
async fn the_command_line_imports_as_a_named_coordinator() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("draft.docx");
    std::fs::write(&file, draft_docx()).unwrap();
    let before = sections(&app).await;

    // A dry run only describes.
    let preview =
        server::draft_import::import_draft(&app.db, 1, &file, "Coordinator@SBHR.example", true)
            .await
            .expect("dry run");
    assert!(!preview.applied);
    assert_eq!(sections(&app).await, before);
    let described = server::draft_import::describe(&preview);
    assert!(
        described.contains("  Prohibition of torture (art. 7) (new, 15 words)"),
        "{described}"
    );
    assert!(described.contains("Would import 4 sections from draft.docx"));

    // Partners may not; unknown people and files are named.
    let refused =
        server::draft_import::import_draft(&app.db, 1, &file, "editor@lift.example", false).await;
    assert!(
        refused
            .unwrap_err()
            .to_string()
            .contains("may not import into report 1")
    );
    let unknown =
        server::draft_import::import_draft(&app.db, 1, &file, "nobody@example.org", false).await;
    assert!(
        unknown
            .unwrap_err()
            .to_string()
            .contains("nobody@example.org")
    );
    let missing = server::draft_import::import_draft(
        &app.db,
        1,
        &dir.path().join("missing.md"),
        "coordinator@sbhr.example",
        false,
    )
    .await;
    assert!(missing.unwrap_err().to_string().contains("missing.md"));
    assert_eq!(sections(&app).await, before);

    let done =
        server::draft_import::import_draft(&app.db, 1, &file, "coordinator@sbhr.example", false)
            .await
            .expect("import");
    assert!(done.applied);
    assert_eq!(sections(&app).await.len(), before.len() + 4);
    assert!(server::draft_import::describe(&done).starts_with("  Introduction (new"));
}
