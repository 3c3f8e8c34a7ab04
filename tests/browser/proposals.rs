//! A writer proposes a recommendation beside the section's text; it is listed with the words
//! it adds, and the report's draft ends the section with it under its heading. Once the
//! Committee's observations are in, a coordinator finds the recommendation that took the
//! proposal up, the shared words marked, and confirms it.

use crate::{
    docx_reader::Docx,
    harness::{Browser, Server},
    issued::ccpr_observations,
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

/// Puts the Committee's observations on Kazakhstan into the server's database, as an import
/// of them would: the second of their recommendations takes up the proposal; its id.
async fn observations_issued(server: &Server) -> i32 {
    let db = sea_orm::Database::connect(&server.database)
        .await
        .expect("the server's database");
    ccpr_observations(
        &db,
        1,
        "CCPR/C/KAZ/CO/3",
        "Kazakhstan",
        &[
            "The State party should adopt a comprehensive anti-discrimination law.",
            "The State party should guarantee that all detained persons have access to a lawyer \
             from the outset of detention.",
        ],
    )
    .await[1]
}

#[tokio::test]
async fn a_coordinator_confirms_that_the_committee_took_up_a_proposal() {
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
        .type_into(
            "#proposal-text-0",
            "Guarantee every detained person access to a lawyer from the first hour of detention.",
        )
        .await;
    browser.click("#proposal-save-0").await;
    browser
        .wait_for_contains("#proposal-list", "Guarantee every detained person")
        .await;
    let issued = observations_issued(&server).await;

    browser.switch_to(&server, "coordinator@sbhr.example").await;
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser.click("#uptake-link").await;
    browser
        .wait_for_contains("#uptake-documents", "CCPR/C/KAZ/CO/3")
        .await;
    let candidate = format!("#uptake-list li[data-recommendation='{issued}']");
    browser.wait_for_contains(&candidate, "para. 21").await;
    let mut marked = Vec::new();
    for mark in browser
        .client
        .find_all(fantoccini::Locator::Css(&format!("{candidate} mark")))
        .await
        .expect("the shared words")
    {
        marked.push(mark.text().await.expect("a word"));
    }
    assert!(marked.iter().any(|m| m == "lawyer"), "{marked:?}");
    browser
        .click_xpath(&format!(
            "//li[@data-recommendation='{issued}']//button[normalize-space()='Taken up in part']"
        ))
        .await;
    browser
        .wait_for_contains(&format!("{candidate} .badge"), "Taken up in part")
        .await;
    // The recommendation's page names the proposal it takes up.
    browser.click(&format!("{candidate} a")).await;
    browser
        .wait_for_contains("#reflects", "Guarantee every detained person")
        .await;
    browser.close().await;
}
