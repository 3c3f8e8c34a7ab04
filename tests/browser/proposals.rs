//! A writer proposes a recommendation beside the section's text; it is listed with the words
//! it adds, and the report's draft ends the section with it under its heading. Once the
//! Committee's observations are imported, a coordinator finds the recommendation that took the
//! proposal up, the shared words marked, confirms it, sees the uptake rate, publishes the
//! coalition's follow-up page and reads it signed out.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

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
    // The toolbar's "Propose" starts a proposal from the text selected in the editor.
    let chosen = browser
        .client
        .execute(
            "const body = document.getElementById('section-body');
             const line = body.value.split(String.fromCharCode(10)).find(l => l.trim().length > 30).trim();
             const start = body.value.indexOf(line);
             body.focus();
             body.setSelectionRange(start, start + line.length);
             return line;",
            vec![],
        )
        .await
        .expect("select a line of the section");
    browser.click("#toolbar-propose").await;
    let started = browser
        .client
        .execute(
            "return document.activeElement.id + '|' + document.getElementById('proposal-text-0').value;",
            vec![],
        )
        .await
        .expect("the new proposal's field");
    assert_eq!(
        started.as_str().unwrap(),
        format!("proposal-text-0|{}", chosen.as_str().unwrap()),
        "the selection starts the proposal, focused"
    );
    browser
        .client
        .find(fantoccini::Locator::Css("#proposal-text-0"))
        .await
        .expect("the field")
        .clear()
        .await
        .expect("clear it");
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

/// The Committee's observations on Kazakhstan issued after the report, as the Universal Human
/// Rights Index exports them: the second recommendation takes up the proposal.
const OBSERVATIONS: &str = r#"[
 {"AnnotationId": "c0b3a000-0000-4000-8000-000000000020", "DocumentId": "c0b3a000-0000-4000-8000-000000000000",
  "Countries": ["Kazakhstan"], "Regions": ["Asia-Pacific States"], "Symbol": "CCPR/C/KAZ/CO/3",
  "PublicationDate": "2027-07-28", "Body": "CCPR", "AnnotationType": "Recommendations",
  "Themes": [], "AffectedPersons": [], "Sdgs": [],
  "Text": "<p>20. The State party should adopt a comprehensive anti-discrimination law.</p>"},
 {"AnnotationId": "c0b3a000-0000-4000-8000-000000000021", "DocumentId": "c0b3a000-0000-4000-8000-000000000000",
  "Countries": ["Kazakhstan"], "Regions": ["Asia-Pacific States"], "Symbol": "CCPR/C/KAZ/CO/3",
  "PublicationDate": "2027-07-28", "Body": "CCPR", "AnnotationType": "Recommendations",
  "Themes": [], "AffectedPersons": [], "Sdgs": [],
  "Text": "<p>21. The State party should guarantee that all detained persons have access to a lawyer from the outset of detention.</p>"}
]"#;

/// Imports the observations through the tracker's import page, as a coordinator; answers the
/// id of the recommendation in paragraph 21.
async fn import_observations(browser: &Browser, server: &Server) -> i32 {
    let dir = tempfile::tempdir().expect("a directory for the file");
    let file = dir.path().join("ccpr-kaz-co-3.json");
    std::fs::write(&file, OBSERVATIONS).expect("the file");
    browser
        .open_hydrated(&format!("{}/recommendations", server.url))
        .await;
    browser.click("#import-recommendations-link").await;
    browser.choose_file("#rec-file", &file).await;
    browser.click("#rec-import-preview").await;
    browser
        .wait_for_contains("#rec-import-counts", "new: 2 ·")
        .await;
    browser.click("#rec-import-apply").await;
    browser
        .wait_for_contains("#rec-import-summary", "Imported")
        .await;
    let db = sea_orm::Database::connect(&server.database)
        .await
        .expect("the server's database");
    entities::recommendation::Entity::find()
        .filter(entities::recommendation::Column::Paragraph.eq("21"))
        .filter(
            entities::recommendation::Column::Text.contains("access to a lawyer from the outset"),
        )
        .one(&db)
        .await
        .expect("read the recommendations")
        .expect("the imported recommendation")
        .id
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

    // The coordinator imports the Committee's concluding observations, then matches.
    browser.switch_to(&server, "coordinator@sbhr.example").await;
    let issued = import_observations(&browser, &server).await;
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
    browser
        .wait_for_contains("#uptake-rate", "1 of 1 proposals taken up")
        .await;
    // The recommendation's page names the proposal it takes up.
    browser.click(&format!("{candidate} a")).await;
    browser
        .wait_for_contains("#reflects", "Guarantee every detained person")
        .await;
    // The list's "proposed by us" facet finds it.
    browser
        .open_hydrated(&format!("{}/recommendations?proposed=partial", server.url))
        .await;
    browser
        .wait_for_contains("#recommendation-count", "1 recommendation")
        .await;
    browser
        .wait_for_contains("#recommendations", "access to a lawyer from the outset")
        .await;

    // The coordinator publishes the coalition's follow-up; anyone reads it signed out.
    browser.open_hydrated(&format!("{}/", server.url)).await;
    browser.click("#coalition-settings-1").await;
    browser
        .client
        .wait()
        .for_element(fantoccini::Locator::Css("#publication-address"))
        .await
        .expect("the address field")
        .clear()
        .await
        .expect("clear the suggestion");
    browser.type_into("#publication-address", "sbhr").await;
    browser.click("#publication-form button[type=submit]").await;
    browser
        .wait_for_contains("#public-page-link", "/p/sbhr")
        .await;
    browser.client.delete_all_cookies().await.expect("sign out");
    browser
        .client
        .goto(&format!("{}/p/sbhr", server.url))
        .await
        .expect("the public page");
    browser
        .wait_for_contains("#public-total", "recommendations followed")
        .await;
    browser
        .wait_for_contains(
            "#recommendations",
            "guarantee that all detained persons have access to a lawyer",
        )
        .await;
    let scripts = browser
        .client
        .find_all(fantoccini::Locator::Css("script"))
        .await
        .expect("the page's scripts");
    assert!(scripts.is_empty(), "the public page runs no script");
    browser
        .client
        .set_window_size(360, 800)
        .await
        .expect("a phone's width");
    let found =
        crate::accessibility::violations(&browser, &crate::accessibility::axe_source()).await;
    assert!(found.is_empty(), "{found:?}");
    browser.screenshot("phone-public-follow-up").await;
    browser.close().await;
}
