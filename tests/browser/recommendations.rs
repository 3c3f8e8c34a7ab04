//! A coordinator imports the UHRI export after checking what it would do, then finds a
//! recommendation by mechanism and words.

use fantoccini::Locator;

use crate::{
    harness::{Browser, Server, WAIT},
    paths::workspace_root,
};

#[tokio::test]
async fn a_coordinator_imports_recommendations_and_filters_them() {
    let server = Server::start();
    let file = workspace_root().join("tests/fixtures/uhri-sample.json");
    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;
    browser
        .open_hydrated(&format!("{}/recommendations", server.url))
        .await;
    browser.click("#import-recommendations-link").await;
    let input = browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#rec-file"))
        .await
        .expect("the import form");
    input
        .send_keys(&file.display().to_string())
        .await
        .expect("choose the file");
    browser.click("#rec-import-preview").await;
    browser
        .wait_for_contains(
            "#rec-import-counts",
            "new: 6 · updated: 0 · unchanged: 0 · refused: 1",
        )
        .await;
    browser
        .wait_for_contains("#rec-import-summary", "not a recommendation")
        .await;
    browser.screenshot("recommendations-import-plan").await;
    browser.click("#rec-import-apply").await;
    browser
        .wait_for_contains("#rec-import-summary", "Imported")
        .await;
    browser.click("#rec-import-done a").await;
    browser
        .wait_for_contains("#recommendations", "128.88")
        .await;
    browser
        .wait_for_contains("#recommendation-count", "6 recommendations")
        .await;

    // Filters live in the address: UPR recommendations about asylum.
    let form = browser
        .client
        .form(Locator::Css("#recommendation-filters"))
        .await
        .expect("filters");
    form.set_by_name("q", "asylum").await.expect("words");
    browser
        .client
        .find(Locator::Css("#filter-mechanism"))
        .await
        .expect("mechanism filter")
        .select_by_value("UPR")
        .await
        .expect("choose UPR");
    browser
        .click("#recommendation-filters button[type='submit']")
        .await;
    browser
        .wait_for_contains("#recommendation-count", "1 recommendation")
        .await;
    browser
        .wait_for_contains("#recommendations", "128.150")
        .await;
    let url = browser.client.current_url().await.expect("url");
    assert!(url.as_str().contains("q=asylum"), "{url}");
    browser.close().await;
}
