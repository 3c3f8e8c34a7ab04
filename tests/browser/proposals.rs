//! A writer proposes a recommendation beside the section's text; it is listed with the words
//! it adds, and the report's draft ends the section with it under its heading.

use crate::{
    docx_reader::Docx,
    harness::{Browser, Server},
};

#[tokio::test]
async fn a_writer_proposes_a_recommendation_that_the_draft_export_carries() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.sign_in(&server, "editor@lift.example").await;
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser
        .open_outline_section("Right to a fair trial (art. 14)")
        .await;
    browser
        .wait_for_contains("#section-proposals", "No proposals in this section yet.")
        .await;
    browser
        .type_into(
            "#proposal-text-0",
            "Guarantee access to a lawyer from the first hour of detention.",
        )
        .await;
    browser.click("#proposal-save-0").await;
    browser
        .wait_for_contains("#proposal-list", "Guarantee access to a lawyer")
        .await;
    // The heading (6 words) and the recommendation (11).
    browser
        .wait_for_contains("#proposal-words", "adds 17 words")
        .await;

    let bytes = browser
        .download(&format!("{}/reports/1/export.docx", server.url))
        .await;
    let text: Vec<String> = Docx::open(&bytes)
        .paragraphs("word/document.xml")
        .into_iter()
        .map(|p| p.text)
        .collect();
    // The last mention: the table of contents names the heading first.
    let heading = text
        .iter()
        .rposition(|t| t == "Suggested recommendations to the State party")
        .unwrap_or_else(|| panic!("the heading in {text:?}"));
    assert!(
        text[heading + 1].contains("Guarantee access to a lawyer from the first hour"),
        "{text:?}"
    );
    browser.close().await;
}
