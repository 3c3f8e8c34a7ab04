//! A coordinator starts from a Word draft: uploads it into the report, checks the split, and
//! imports it; its sections appear in the outline.

use crate::{
    draft_docx::draft_docx,
    harness::{Browser, Server},
};

#[tokio::test]
async fn a_coordinator_imports_a_word_draft_after_checking_its_split() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("Draft report.docx");
    std::fs::write(&file, draft_docx()).expect("write the draft");

    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser.click("#import-draft-link").await;
    browser.choose_file("#draft-file", &file).await;
    browser.click("#import-preview").await;
    browser
        .wait_for_contains("#import-preview-list", "The draft splits into 4 sections")
        .await;
    browser
        .wait_for_contains("#import-preview-list", "Cases documented")
        .await;
    browser.screenshot("import-preview").await;
    // Nothing is written before the coordinator says so.
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    let outline = browser.text_of("#report-outline").await;
    assert!(!outline.contains("Cases documented"), "{outline}");

    browser
        .open_hydrated(&format!("{}/reports/1/import", server.url))
        .await;
    browser.choose_file("#draft-file", &file).await;
    browser.click("#import-preview").await;
    browser
        .wait_for_contains("#import-preview-list", "Import 4 sections")
        .await;
    browser.click("#import-apply").await;
    browser
        .wait_for_contains("#import-preview-list", "4 sections imported")
        .await;
    browser.click("#import-done a").await;
    browser
        .wait_for_contains("#report-outline", "Prohibition of torture (art. 7)")
        .await;
    browser
        .wait_for_contains("#report-outline", "Cases documented")
        .await;
    browser.close().await;
}
