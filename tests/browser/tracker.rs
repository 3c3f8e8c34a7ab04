//! A coordinator searches the tracker, narrows it with a facet, saves the view, opens its
//! dashboard (charts drawn as SVG, numbers in tables) and the follow-up calendar, and gives a
//! cluster its lead organisation.

use fantoccini::Locator;

use crate::harness::{Browser, Server};

#[tokio::test]
async fn a_coordinator_searches_saves_a_view_and_reads_the_dashboard_and_calendar() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;
    browser
        .open_hydrated(&format!("{}/recommendations?q=liberty", server.url))
        .await;
    browser
        .wait_for_contains("#recommendation-count", "2 recommendations")
        .await;
    browser.click("#facet-level a[data-value='2']").await;
    browser
        .wait_for_contains("#recommendation-count", "1 recommendation")
        .await;
    browser.wait_for_contains("#recommendations", "12(a)").await;
    let csv = browser
        .client
        .find(Locator::Css("#export-csv"))
        .await
        .expect("export link")
        .attr("href")
        .await
        .expect("href")
        .unwrap_or_default();
    assert!(
        csv.contains("q=liberty") && csv.contains("level=2"),
        "{csv}"
    );

    // Save the view for the coalition, then find it in the list of views.
    browser.click("#saved-views summary").await;
    browser
        .client
        .find(Locator::Css("#view-name"))
        .await
        .expect("view name")
        .send_keys("Liberty, partly done")
        .await
        .expect("type the name");
    browser.click("#save-view").await;
    browser
        .wait_for_contains("#saved-view-list", "Liberty, partly done")
        .await;

    browser.click("#dashboard-link").await;
    browser
        .wait_for_contains("#dashboard-total", "1 recommendation")
        .await;
    browser
        .open_hydrated(&format!("{}/recommendations/dashboard", server.url))
        .await;
    browser.wait_for_contains("#chart-mechanism", "CAT").await;
    let bars = browser
        .client
        .find_all(Locator::Css("#chart-mechanism svg rect"))
        .await
        .expect("bars");
    assert!(!bars.is_empty(), "the chart is drawn");
    browser
        .wait_for_contains("#divergence-summary", "The State rates higher")
        .await;
    browser.screenshot("recommendations-dashboard").await;

    browser
        .open_hydrated(&format!("{}/recommendations/calendar", server.url))
        .await;
    browser.wait_for_contains("#calendar", "A/HRC/55/12").await;
    browser.screenshot("recommendations-calendar").await;

    // The Civic space cluster gets a new lead.
    browser
        .open_hydrated(&format!("{}/recommendations/clusters", server.url))
        .await;
    browser.wait_for_contains("#clusters", "Civic space").await;
    let select = browser
        .client
        .find(Locator::Css("#clusters tr:nth-child(1) select"))
        .await
        .expect("lead choice");
    select.select_by_value("0").await.expect("no lead");
    browser
        .wait_for_contains("main", "Lead organisation saved.")
        .await;
    browser.close().await;
}
