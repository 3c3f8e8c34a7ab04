//! A coordinator follows a recommendation up: opens it from the list, records the State's
//! assessment on the Committee's sub-grades, approves it, uploads a file as evidence, and
//! sees where the State and the coalition disagree.

use fantoccini::Locator;

use crate::harness::{Browser, Server};

/// The first bytes of a PDF are all the type check reads.
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

#[tokio::test]
async fn a_coordinator_assesses_a_recommendation_with_evidence_and_approves_it() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("Visit report.pdf");
    std::fs::write(&file, PDF).expect("write the file");
    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;
    browser
        .open_hydrated(&format!("{}/recommendations", server.url))
        .await;
    browser
        .click("#recommendations a[href='/recommendations/3']")
        .await;
    browser
        .wait_for_contains("#recommendation-citation", "CAT/C/KAZ/CO/4, para. 34(b)")
        .await;

    // The State's reply, on the Human Rights Committee's sub-grades.
    let select = |css: &'static str, value: &'static str| {
        let client = browser.client.clone();
        async move {
            client
                .find(Locator::Css(css))
                .await
                .unwrap_or_else(|e| panic!("{css}: {e}"))
                .select_by_value(value)
                .await
                .unwrap_or_else(|e| panic!("choose {value} in {css}: {e}"));
        }
    };
    select("#assessment-assessor", "state").await;
    select("#assessment-scale", "hrc_subgrades").await;
    browser
        .wait_for_contains("#assessment-label", "B2: initial action taken")
        .await;
    select("#assessment-label", "B2").await;
    browser
        .client
        .execute(
            "document.querySelector('#assessment-date').value = '2025-05-01';",
            vec![],
        )
        .await
        .expect("set the date");
    browser
        .client
        .find(Locator::Css("#assessment-narrative"))
        .await
        .expect("narrative")
        .send_keys("New budget lines, but visits still need notice.")
        .await
        .expect("type the narrative");
    browser.click("#assessment-save").await;
    browser
        .wait_for_contains("#assessment-history", "B2: initial action taken")
        .await;
    browser
        .wait_for_contains("#assessment-history", "Draft")
        .await;
    browser
        .click("#assessment-history [data-action='approve-assessment']")
        .await;
    browser
        .wait_for_contains("#current-assessments", "Partially implemented")
        .await;

    // A file as evidence for it.
    browser
        .client
        .find(Locator::Css("#evidence-upload-title"))
        .await
        .expect("evidence title")
        .send_keys("Prison visit report")
        .await
        .expect("type the title");
    browser.choose_file("#evidence-file", &file).await;
    browser.click("#evidence-upload-save").await;
    browser
        .wait_for_contains("#evidence-list", "Prison visit report")
        .await;
    browser.wait_for_contains("#evidence-list", "SHA-256").await;
    browser.screenshot("recommendation-follow-up").await;

    // Where the State and the coalition disagree, the page says so.
    browser
        .open_hydrated(&format!("{}/recommendations/1", server.url))
        .await;
    browser
        .wait_for_contains("#divergence", "2 levels higher")
        .await;
    browser.close().await;
}
