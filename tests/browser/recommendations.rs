//! A coordinator imports the UHRI export after checking what it would do, then finds a
//! recommendation by words and the mechanism facet.

use fantoccini::Locator;

use crate::{
    harness::{Browser, Server},
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
    browser.choose_file("#rec-file", &file).await;
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
        // The six imported and the demonstration tracker's six.
        .wait_for_contains("#recommendation-count", "12 recommendations")
        .await;

    // Filters live in the address: UPR recommendations about asylum.
    let form = browser
        .client
        .form(Locator::Css("#recommendation-filters"))
        .await
        .expect("filters");
    form.set_by_name("q", "asylum").await.expect("words");
    browser
        .click("#recommendation-filters button[type='submit']")
        .await;
    browser
        .wait_for_contains("#recommendation-count", "1 recommendation")
        .await;
    browser
        .wait_for_contains("#recommendations", "128.150")
        .await;
    // The mechanism facet counts what the words found; choosing UPR keeps the words.
    browser.click("#facet-mechanism a[data-value='UPR']").await;
    browser
        .wait_for_contains("#facet-mechanism a[aria-current='true']", "UPR")
        .await;
    browser
        .wait_for_contains("#recommendation-count", "1 recommendation")
        .await;
    let url = browser.client.current_url().await.expect("url");
    assert!(
        url.as_str().contains("q=asylum") && url.as_str().contains("mechanism=UPR"),
        "{url}"
    );
    browser.close().await;
}
