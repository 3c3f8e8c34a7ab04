//! Exporting the submission: the pre-submission check, drafts, the final export kept with its
//! SHA-256, the DOCX read back for its structure, and real clients (LibreOffice, pdftotext,
//! pandoc) opening it.

use std::process::Command;

use comrak::{Arena, Options, nodes::NodeValue, parse_document};
use entities::{
    report, report_export, report_section, section_comment, section_suggestion,
    states::{ReportStatus, SectionStatus},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::{
    docx_reader::Docx,
    helpers::{TestApp, create_outsider, spawn_app},
};

async fn post(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let response = app.post_form(path, form, &[("cookie", cookie)]).await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

const SUMMARY: &str = "Torture and ill-treatment persist in places of detention.[^1]\n\n\
    [^1]: Monitoring by the coalition, 2024.";
const RICH: &str = "The State party **should** act _now_.\n\n\
    - first item\n- second item\n\n\
    | Year | Complaints |\n|---|---|\n| 2023 | 120 |\n\n\
    Государству-участнику следует расследовать все жалобы.[^a]\n\n\
    Қатысушы мемлекет азаптауды тоқтатуы тиіс.\n\n\
    The Committee asked for this in CAT/C/KAZ/CO/4, para. 12(a).\n\n\
    [^a]: Данные [УВКПЧ](https://ohchr.org).";
const SECRET: &str = "SECRET-COORDINATION-NOTE";

/// The demonstration report made ready for the final export: an executive summary, every
/// section approved, review closed, publication decided. Returns the coordinator's cookie.
async fn ready(app: &TestApp) -> String {
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let sections = report_section::Entity::find()
        .filter(report_section::Column::ReportId.eq(1))
        .filter(report_section::Column::ParentId.is_null())
        .order_by_asc(report_section::Column::Position)
        .all(&app.db)
        .await
        .unwrap();
    let set = |id: i32, title: &str, body: &str| {
        report_section::Entity::update_many()
            .col_expr(report_section::Column::Title, Expr::value(title))
            .col_expr(report_section::Column::Body, Expr::value(body))
            .col_expr(
                report_section::Column::CoordinationNotes,
                Expr::value(SECRET),
            )
            .filter(report_section::Column::Id.eq(id))
            .exec(&app.db)
    };
    set(sections[0].id, "Executive summary", SUMMARY)
        .await
        .unwrap();
    set(sections[1].id, &sections[1].title, RICH).await.unwrap();
    report_section::Entity::update_many()
        .col_expr(
            report_section::Column::Status,
            Expr::value(SectionStatus::Approved),
        )
        .exec(&app.db)
        .await
        .unwrap();
    section_comment::Entity::update_many()
        .col_expr(
            section_comment::Column::ResolvedAt,
            Expr::value(chrono::Utc::now()),
        )
        .exec(&app.db)
        .await
        .unwrap();
    section_suggestion::Entity::update_many()
        .col_expr(section_suggestion::Column::Status, Expr::value("rejected"))
        .exec(&app.db)
        .await
        .unwrap();
    let version = report_version(app).await.to_string();
    let (status, body) = post(
        app,
        &coordinator,
        "/api/save_front_matter",
        &[
            ("front[report_id]", "1"),
            ("front[version]", &version),
            ("front[publication]", "public"),
            ("front[keywords]", "torture, detention"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    coordinator
}

async fn report_version(app: &TestApp) -> i32 {
    report::Entity::find_by_id(1)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .version
}

fn blocking(view: &Value) -> Vec<String> {
    view["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["severity"] == "Blocking")
        .map(|c| c["key"].as_str().unwrap().to_string())
        .collect()
}

/// Makes the final export and downloads it.
async fn final_file(app: &TestApp, coordinator: &str) -> (i32, Vec<u8>) {
    let (status, id) = post(app, coordinator, "/api/export_final", &[("id", "1")]).await;
    assert_eq!(status, 200, "{id}");
    let id = id.as_i64().unwrap() as i32;
    let response = app
        .get(
            &format!("/exports/reports/{id}.docx"),
            &[("cookie", coordinator)],
        )
        .await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("joint%20UPR%20submission")
            || response.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .contains("submission%20to%20CCPR"),
        "{:?}",
        response.headers()
    );
    (id, response.bytes().await.unwrap().to_vec())
}

/// Top-level paragraphs of `markdown`: the ones that take a body number.
fn numbered_paragraphs(markdown: &str) -> usize {
    let arena = Arena::new();
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.footnotes = true;
    let root = parse_document(&arena, markdown, &options);
    root.children()
        .filter(|n| matches!(n.data().value, NodeValue::Paragraph))
        .count()
}

#[tokio::test]
async fn the_check_blocks_the_final_export_and_a_draft_is_always_possible() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let editor = app.sign_in("editor@lift.example").await;
    let (status, view) = post(&app, &editor, "/api/export_overview", &[("id", "1")]).await;
    assert_eq!(status, 200, "{view}");
    let blocks = blocking(&view);
    for key in ["check-unapproved", "check-front-matter-missing"] {
        assert!(blocks.contains(&key.to_string()), "{key}: {blocks:?}");
    }
    assert_eq!(view["blocking"], true);
    assert_eq!(view["can_manage"], false);

    let (status, message) = post(&app, &coordinator, "/api/export_final", &[("id", "1")]).await;
    assert_eq!(status, 422);
    assert!(message.to_string().contains("blocking"), "{message}");
    assert!(
        report_export::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty(),
        "nothing kept"
    );

    // A draft is always possible, marked on every page, and leaves the report as it was.
    let before = report_version(&app).await;
    let response = app
        .get("/reports/1/export.docx", &[("cookie", &editor)])
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("draft"),
    );
    let docx = Docx::open(&response.bytes().await.unwrap());
    assert!(docx.part("word/header1.xml").contains("DRAFT"));
    assert_eq!(report_version(&app).await, before);

    let outsider = create_outsider(&app).await;
    let outsider = app.sign_in(outsider).await;
    let response = app
        .get("/reports/1/export.docx", &[("cookie", &outsider)])
        .await;
    assert_eq!(response.status(), 404, "another coalition's report");
    assert_eq!(app.get("/reports/1/export.docx", &[]).await.status(), 401);
}

#[tokio::test]
async fn a_final_export_is_kept_with_its_hash_and_reads_back_as_the_un_asks() {
    let app = spawn_app().await;
    let coordinator = ready(&app).await;
    let (status, view) = post(&app, &coordinator, "/api/export_overview", &[("id", "1")]).await;
    assert_eq!(status, 200);
    assert!(blocking(&view).is_empty(), "{view}");

    let (id, bytes) = final_file(&app, &coordinator).await;
    let kept = report_export::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let digest: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(kept.sha256, digest);
    assert_eq!(kept.name, "Final 1");
    let report = report::Entity::find_by_id(1)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(report.status, ReportStatus::Final);

    let docx = Docx::open(&bytes);
    // No internal matter: comments, coordination notes, authors, revision ids.
    assert!(
        !docx.parts.keys().any(|p| p.contains("comments")),
        "{:?}",
        docx.parts.keys()
    );
    for (name, text) in &docx.parts {
        assert!(!text.contains(SECRET), "{name} holds coordination notes");
        assert!(!text.contains("Aigerim Seitkali"), "{name} names a person");
        assert!(!text.contains("w:rsid"), "{name} has revision ids");
        assert!(!text.contains("<w:comment"), "{name} has comments");
    }
    // Core properties.
    let core = docx.part("docProps/core.xml");
    assert!(
        core.contains(&format!("<dc:title>{}</dc:title>", report.title)),
        "{core}"
    );
    assert!(
        core.contains("<dc:subject>Kazakhstan — 147th session</dc:subject>"),
        "{core}"
    );
    assert!(
        core.contains("<cp:keywords>torture, detention</cp:keywords>"),
        "{core}"
    );
    assert!(core.contains("<dc:language>en-GB</dc:language>"), "{core}");

    let paragraphs = docx.paragraphs("word/document.xml");
    // The cover: title, mechanism, treaty, session, State, coalition.
    assert_eq!(paragraphs[0].style, "Title");
    assert_eq!(paragraphs[0].text, report.title);
    let cover: Vec<&str> = paragraphs
        .iter()
        .take_while(|p| p.style != "Heading1")
        .map(|p| p.text.as_str())
        .collect();
    for line in [
        "Submission to the Human Rights Committee",
        "International Covenant on Civil and Political Rights",
        "147th session",
        "State under review: Kazakhstan",
    ] {
        assert!(cover.contains(&line), "{line}: {cover:?}");
    }
    assert!(
        paragraphs
            .iter()
            .any(|p| p.text.contains("consents to the publication")),
        "publication statement"
    );
    assert!(
        docx.part("word/document.xml")
            .contains(r#"TOC \o &quot;1-3&quot;"#)
            || docx.part("word/document.xml").contains(r#"TOC \o "1-3""#)
    );

    // Headings with real heading styles, one per section.
    let sections = report_section::Entity::find()
        .filter(report_section::Column::ReportId.eq(1))
        .filter(report_section::Column::RemovedAt.is_null())
        .all(&app.db)
        .await
        .unwrap();
    for section in &sections {
        assert!(
            paragraphs
                .iter()
                .any(|p| p.style.starts_with("Heading") && p.text == section.title),
            "heading {}",
            section.title
        );
    }
    // Every body paragraph numbered by the one numbering definition, in order.
    let numbered: Vec<&crate::docx_reader::Para> = paragraphs
        .iter()
        .filter(|p| p.style == "BodyNumbered")
        .collect();
    let expected: usize = sections.iter().map(|s| numbered_paragraphs(&s.body)).sum();
    assert_eq!(numbered.len(), expected);
    assert!(numbered.iter().all(|p| p.num_id.as_deref() == Some("1")));
    let order: Vec<usize> = [
        "Torture and ill-treatment persist",
        "The State party should act now.",
        "Государству-участнику следует",
        "Қатысушы мемлекет",
    ]
    .iter()
    .map(|t| {
        numbered
            .iter()
            .position(|p| p.text.starts_with(t))
            .unwrap_or_else(|| panic!("{t}"))
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    let numbering = docx.part("word/numbering.xml");
    assert!(
        numbering.contains(r#"<w:numFmt w:val="decimal" />"#)
            || numbering.contains(r#"w:numFmt w:val="decimal""#),
        "{numbering}"
    );
    // Lists and tables are not numbered paragraphs.
    assert!(
        paragraphs
            .iter()
            .any(|p| p.style == "ListParagraph" && p.text == "first item")
    );
    assert!(docx.part("word/document.xml").contains("<w:tbl>"));
    assert!(
        paragraphs
            .iter()
            .any(|p| p.style == "TableText" && p.text == "120")
    );
    // Language tags per paragraph.
    let russian = numbered
        .iter()
        .find(|p| p.text.starts_with("Государству"))
        .unwrap();
    assert!(
        russian.run_styles.contains(&"LangRu".to_string()),
        "{russian:?}"
    );
    let kazakh = numbered
        .iter()
        .find(|p| p.text.starts_with("Қатысушы"))
        .unwrap();
    assert!(
        kazakh.run_styles.contains(&"LangKk".to_string()),
        "{kazakh:?}"
    );
    assert!(
        docx.part("word/styles.xml")
            .contains(r#"<w:lang w:val="kk-KZ""#)
    );
    // Notes present and linked: every reference has its note, with its mark and text.
    let refs: Vec<String> = paragraphs
        .iter()
        .flat_map(|p| p.note_refs.clone())
        .collect();
    assert!(refs.len() >= 2, "{refs:?}");
    let notes = docx.part("word/footnotes.xml");
    for id in &refs {
        assert!(
            notes.contains(&format!(r#"<w:footnote w:id="{id}">"#)),
            "note {id}"
        );
    }
    assert_eq!(notes.matches("<w:footnoteRef/>").count(), refs.len());
    let note_texts: Vec<String> = crate::docx_reader::paragraphs(notes)
        .into_iter()
        .map(|p| p.text.trim().to_string())
        .collect();
    assert!(note_texts.contains(&"Monitoring by the coalition, 2024.".to_string()));
    assert!(
        note_texts.contains(&"Данные УВКПЧ (https://ohchr.org).".to_string()),
        "{note_texts:?}"
    );
    // Page numbers in the footer.
    assert!(docx.part("word/footer1.xml").contains("PAGE"));
    // The recommendations the report cites, in an annex table.
    assert!(
        paragraphs
            .iter()
            .any(|p| p.style == "Heading1" && p.text.starts_with("Annex"))
    );
    assert!(
        paragraphs
            .iter()
            .any(|p| p.style == "TableText" && p.text == "CAT/C/KAZ/CO/4, para. 12(a)"),
        "annex row"
    );

    // The submission is recorded against the export.
    let version = report_version(&app).await.to_string();
    let (status, body) = post(
        &app,
        &coordinator,
        "/api/change_report_status",
        &[
            ("id", "1"),
            ("version", &version),
            ("status", "submitted"),
            ("submitted_on", "2026-12-01"),
            ("reference", "OHCHR/2026/1234"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = post(&app, &coordinator, "/api/export_final", &[("id", "1")]).await;
    assert_eq!(status, 422, "a submitted report is not exported again");
}

fn tool(name: &str) -> &str {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(found, "{name} is missing: scripts/setup --test installs it");
    name
}

#[tokio::test]
async fn libreoffice_and_pandoc_open_the_export_with_its_text() {
    let app = spawn_app().await;
    let coordinator = ready(&app).await;
    let (_, bytes) = final_file(&app, &coordinator).await;
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("submission.docx");
    std::fs::write(&docx, &bytes).unwrap();

    let converted = Command::new(tool("soffice"))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&docx)
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert!(converted.status.success(), "{converted:?}");
    let pdf = dir.path().join("submission.pdf");
    let text = Command::new(tool("pdftotext"))
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(text.status.success());
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "Torture and ill-treatment persist in places of detention.",
        "Государству-участнику следует расследовать все жалобы.",
        "Қатысушы мемлекет азаптауды тоқтатуы тиіс.",
        "Monitoring by the coalition, 2024.",
        "State under review: Kazakhstan",
    ] {
        assert!(text.contains(expected), "PDF lacks {expected}: {text}");
    }
    let info = Command::new(tool("pdfinfo")).arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    assert!(pages >= 2, "the cover stands on its own page: {info}");

    let plain = Command::new(tool("pandoc"))
        .args(["-f", "docx", "-t", "plain", "--wrap=none"])
        .arg(&docx)
        .output()
        .unwrap();
    assert!(plain.status.success(), "{plain:?}");
    let plain = String::from_utf8_lossy(&plain.stdout);
    // Every section's text comes back, word for word.
    let sections = report_section::Entity::find()
        .filter(report_section::Column::ReportId.eq(1))
        .filter(report_section::Column::RemovedAt.is_null())
        .all(&app.db)
        .await
        .unwrap();
    let normalised = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    for section in &sections {
        assert!(
            normalised.contains(&section.title),
            "pandoc lacks {}",
            section.title
        );
    }
    for sentence in [
        "The State party should act now.",
        "Қатысушы мемлекет азаптауды тоқтатуы тиіс.",
        "Monitoring by the coalition, 2024.",
    ] {
        assert!(
            normalised.contains(sentence),
            "pandoc lacks {sentence}: {normalised}"
        );
    }
}

#[test]
fn the_command_line_exports_a_draft_and_refuses_a_blocked_final() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}/app.db", dir.path().display());
    let run = |args: &[&str]| {
        let output = Command::new(crate::paths::server_binary())
            .args(args)
            .env_clear()
            .env("SHADOWDESK_DATABASE_URL", &db)
            .env("SHADOWDESK_LOG", "warn")
            .output()
            .unwrap();
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    assert!(run(&["migrate"]).0);
    assert!(run(&["seed-demo"]).0);
    let out = dir.path().join("draft.docx");
    let out_arg = out.to_str().unwrap();
    let (ok, said, err) = run(&[
        "export",
        "1",
        "--out",
        out_arg,
        "--as",
        "editor@lift.example",
    ]);
    assert!(ok, "{said}{err}");
    assert!(said.contains("Blocking:"), "{said}");
    assert!(said.contains("Draft export"), "{said}");
    let docx = Docx::open(&std::fs::read(&out).unwrap());
    assert!(docx.part("word/header1.xml").contains("DRAFT"));

    let (ok, said, err) = run(&[
        "export",
        "1",
        "--out",
        out_arg,
        "--as",
        "coordinator@sbhr.example",
        "--final",
    ]);
    assert!(!ok, "{said}");
    assert!(err.contains("blocking"), "{err}");
    let (ok, _, err) = run(&[
        "export",
        "1",
        "--out",
        out_arg,
        "--as",
        "nobody@example.org",
    ]);
    assert!(!ok);
    assert!(err.contains("nobody@example.org"), "{err}");
}

#[tokio::test]
async fn a_profiles_reference_document_styles_the_export_until_it_is_cleared() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@shadowdesk.example").await;
    let editor = app.sign_in("editor@lift.example").await;
    let report = report::Entity::find_by_id(1)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let profile = report.profile_id.unwrap().to_string();
    let reference = crate::draft_docx::draft_docx();
    let reference_styles = Docx::open(&reference).part("word/styles.xml").to_string();

    // Not a Word file: refused, nothing stored.
    let response = app
        .post_multipart(
            "/api/set_reference_document",
            &[("profile_id", &profile)],
            ("styles.docx", b"not a zip".to_vec()),
            &[("cookie", &admin)],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains(".docx"));

    let response = app
        .post_multipart(
            "/api/set_reference_document",
            &[("profile_id", &profile)],
            ("house style.docx", reference),
            &[("cookie", &admin)],
        )
        .await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    let styles = draft_styles(&app, &editor).await;
    let reference_end = reference_styles.rfind("</w:styles>").unwrap();
    assert!(
        styles.starts_with(&reference_styles[..reference_end]),
        "the reference's styles come first, as they were"
    );
    assert!(
        styles.contains(r#"w:styleId="BodyNumbered""#),
        "Shadowdesk's fill the gaps"
    );

    let response = app
        .post_multipart(
            "/api/set_reference_document",
            &[("profile_id", &profile), ("clear", "true")],
            ("", Vec::new()),
            &[("cookie", &admin)],
        )
        .await;
    assert_eq!(response.status(), 200);
    assert!(
        draft_styles(&app, &editor)
            .await
            .contains("Times New Roman")
    );
}

/// The styles part of a draft of report 1.
async fn draft_styles(app: &TestApp, cookie: &str) -> String {
    let response = app
        .get("/reports/1/export.docx", &[("cookie", cookie)])
        .await;
    assert_eq!(response.status(), 200);
    Docx::open(&response.bytes().await.unwrap())
        .part("word/styles.xml")
        .to_string()
}

#[tokio::test]
async fn a_final_export_in_a_translation_waits_for_every_section_and_reads_back_in_it() {
    let app = spawn_app().await;
    let coordinator = ready(&app).await;
    let russian = [("id", "1"), ("language", "ru")];
    // Ready in its own language; the demonstration report's Russian has no section yet.
    let (_, own) = post(&app, &coordinator, "/api/export_overview", &[("id", "1")]).await;
    assert!(blocking(&own).is_empty(), "{own}");
    let (status, view) = post(&app, &coordinator, "/api/export_overview", &russian).await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(blocking(&view), ["check-translation-incomplete"]);
    assert_eq!(view["language"], "ru");
    assert!(view["file_name"].as_str().unwrap().ends_with(" (ru).docx"));
    let (status, body) = post(&app, &coordinator, "/api/export_final", &russian).await;
    assert_eq!(status, 422, "{body}");
    assert!(
        report_export::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    // A language the report is not translated into is refused.
    let (status, _) = post(
        &app,
        &coordinator,
        "/api/export_overview",
        &[("id", "1"), ("language", "fr")],
    )
    .await;
    assert_eq!(status, 422);

    // Every section with text translated and finished: the Russian may leave, its words
    // counted in Russian; translations not approved yet are worth a look.
    let sections = report_section::Entity::find()
        .filter(report_section::Column::ReportId.eq(1))
        .order_by_asc(report_section::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    let mut translated = 0;
    for (i, section) in sections.iter().enumerate() {
        if section.body.trim().is_empty() || section.removed_at.is_some() {
            continue;
        }
        // The summary keeps its place under its Russian name.
        let title = if i == 0 {
            "Резюме".to_string()
        } else {
            format!("Раздел номер {i}")
        };
        let (id, title, body) = (
            section.id.to_string(),
            title,
            format!("Перевод раздела номер {i} на русский язык."),
        );
        let (status, saved) = post(
            &app,
            &coordinator,
            "/api/save_translation",
            &[
                ("section_id", id.as_str()),
                ("language", "ru"),
                ("base_version", "0"),
                ("title", title.as_str()),
                ("body", body.as_str()),
                ("complete", "on"),
            ],
        )
        .await;
        assert_eq!(status, 200, "{saved}");
        translated += 1;
    }
    assert!(translated >= 2);
    let (_, view) = post(&app, &coordinator, "/api/export_overview", &russian).await;
    assert!(blocking(&view).is_empty(), "{view}");
    let keys: Vec<&str> = view["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].as_str().unwrap())
        .collect();
    assert!(keys.contains(&"check-translation-complete"), "{keys:?}");
    assert!(keys.contains(&"check-translation-unapproved"), "{keys:?}");
    // Seven words a section, annexes and the summary's place aside.
    let words = view["words"]["body"].as_i64().unwrap();
    assert!((7..=translated * 7).contains(&words), "{words}");
    assert_ne!(view["words"], own["words"]);

    let (status, id) = post(&app, &coordinator, "/api/export_final", &russian).await;
    assert_eq!(status, 200, "{id}");
    let kept = report_export::Entity::find_by_id(id.as_i64().unwrap() as i32)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.name, "Final 1 (ru)");
    assert!(kept.file_name.ends_with(" (ru).docx"), "{}", kept.file_name);
    let docx = Docx::open(&kept.content);
    let paragraphs = docx.paragraphs("word/document.xml");
    assert!(paragraphs.iter().any(|p| p.text == "Раздел номер 1"));
    assert!(paragraphs.iter().any(|p| {
        p.text
            .starts_with("Перевод раздела номер 1 на русский язык.")
    }));
    // No draft marks in a final file, and nothing of the English text.
    assert!(
        !docx
            .part("word/document.xml")
            .contains("Torture and ill-treatment persist")
    );
    assert!(!docx.part("word/document.xml").contains("Ещё не переведено"));
}
