//! A coordinator checks the report before it leaves: the pre-submission check shows a
//! blocking problem (no publication statement), the coordinator decides it in the front
//! matter, makes the final export and downloads the DOCX, which opens.

use entities::{report_section, section_comment, section_suggestion};
use sea_orm::{ColumnTrait, Database, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr};

use crate::{
    docx_reader::Docx,
    harness::{Browser, Server},
};

/// Everything but the publication statement made ready in the server's database.
async fn all_but_the_statement(server: &Server) {
    let db = Database::connect(&server.database)
        .await
        .expect("the server's database");
    let first = report_section::Entity::find()
        .filter(report_section::Column::ReportId.eq(1))
        .order_by_asc(report_section::Column::Position)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    report_section::Entity::update_many()
        .col_expr(
            report_section::Column::Title,
            Expr::value("Executive summary"),
        )
        .col_expr(
            report_section::Column::Body,
            Expr::value(
                "Torture persists in places of detention.[^1]\n\n[^1]: Coalition monitoring.",
            ),
        )
        .filter(report_section::Column::Id.eq(first.id))
        .exec(&db)
        .await
        .unwrap();
    report_section::Entity::update_many()
        .col_expr(report_section::Column::Status, Expr::value("approved"))
        .exec(&db)
        .await
        .unwrap();
    section_comment::Entity::update_many()
        .col_expr(
            section_comment::Column::ResolvedAt,
            Expr::value(chrono::Utc::now()),
        )
        .exec(&db)
        .await
        .unwrap();
    section_suggestion::Entity::update_many()
        .col_expr(section_suggestion::Column::Status, Expr::value("rejected"))
        .exec(&db)
        .await
        .unwrap();
    db.close().await.unwrap();
}

#[tokio::test]
async fn a_coordinator_fixes_a_blocking_problem_then_exports_and_downloads_the_docx() {
    let server = Server::start();
    all_but_the_statement(&server).await;
    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser.click("#export-link").await;
    browser
        .wait_for_contains(
            "li[data-check='check-front-matter-missing']",
            "Publication statement",
        )
        .await;
    let item = browser
        .client
        .find(fantoccini::Locator::Css(
            "li[data-check='check-front-matter-missing']",
        ))
        .await
        .unwrap();
    assert_eq!(
        item.attr("class").await.unwrap().as_deref(),
        Some("checklist__item checklist__item--blocking")
    );
    let final_button = browser
        .client
        .find(fantoccini::Locator::Css("#export-final"))
        .await
        .unwrap();
    assert!(!final_button.is_enabled().await.unwrap(), "blocked");
    browser.screenshot("export-blocked").await;

    // The coordinator decides the statement; the check passes.
    browser
        .client
        .find(fantoccini::Locator::Css("#front-publication"))
        .await
        .unwrap()
        .select_by_value("public")
        .await
        .unwrap();
    browser.click("#front-matter-save").await;
    browser
        .wait_for_contains("li[data-check='check-front-matter-complete']", "is there")
        .await;
    browser.click("#export-final").await;
    browser.wait_for_contains("#exports", "Final 1").await;
    browser.screenshot("export-done").await;

    // The kept file downloads in the signed-in session and opens.
    let href = browser
        .client
        .find(fantoccini::Locator::Css("#exports a[download]"))
        .await
        .unwrap()
        .attr("href")
        .await
        .unwrap()
        .expect("a link to the file");
    let bytes = browser.download(&href).await;
    let docx = Docx::open(&bytes);
    let paragraphs = docx.paragraphs("word/document.xml");
    assert_eq!(paragraphs[0].style, "Title");
    assert!(paragraphs.iter().any(|p| {
        p.text
            .starts_with("Torture persists in places of detention.")
    }),);
    assert!(
        !docx.parts.contains_key("word/header1.xml")
            || !docx.part("word/header1.xml").contains("DRAFT")
    );
    browser.close().await;
}
