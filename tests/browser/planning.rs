//! A coordinator creates a report from a submission profile and plans its outline: adds a
//! section, assigns it, moves it, bins it and restores it.

use fantoccini::Locator;

use crate::harness::{Browser, Server, WAIT};

/// Titles of the outline's rows in order, with their numbers.
async fn rows(browser: &Browser) -> Vec<String> {
    let mut titles = Vec::new();
    for row in browser
        .client
        .find_all(Locator::Css("#report-outline tbody tr.outline-row th"))
        .await
        .expect("outline rows")
    {
        titles.push(row.text().await.unwrap_or_default());
    }
    titles
}

async fn wait_for_rows(
    browser: &Browser,
    check: impl Fn(&[String]) -> bool,
    what: &str,
) -> Vec<String> {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let current = rows(browser).await;
        if check(&current) {
            return current;
        }
        assert!(std::time::Instant::now() < deadline, "{what}: {current:?}");
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
}

#[tokio::test]
async fn a_coordinator_creates_a_report_from_a_profile_and_plans_it() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;
    browser
        .open_hydrated(&format!("{}/reports", server.url))
        .await;
    browser.click("#new-report").await;
    let profile = browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#report-profile"))
        .await
        .expect("the new-report form");
    profile
        .select_by_label("UPR — Universal Periodic Review — joint stakeholder submission")
        .await
        .expect("choose the joint UPR profile");
    let form = browser
        .client
        .form(Locator::Css("#new-report-form"))
        .await
        .expect("form");
    form.set_by_name("details[title]", "Joint UPR submission")
        .await
        .expect("title");
    form.set_by_name("details[state_under_review]", "Kazakhstan")
        .await
        .expect("State");
    form.set_by_name("details[time_zone]", "Asia/Almaty")
        .await
        .expect("time zone");
    browser
        .client
        .find(Locator::Css("#report-language"))
        .await
        .expect("language")
        .select_by_value("ru")
        .await
        .expect("Russian is a UN language");
    browser
        .click("#new-report-form button[type='submit']")
        .await;

    // The dashboard of the new report, its outline copied from the profile.
    browser.wait_for_text("h1", "Joint UPR submission").await;
    let outline = wait_for_rows(
        &browser,
        |r| r.len() == 15,
        "the UPR template's 15 sections",
    )
    .await;
    assert!(outline[0].starts_with("1 Introduction"), "{outline:?}");
    assert!(
        browser.text_of("#report-totals").await.contains("5630"),
        "the joint UPR limit"
    );

    // Add a section at the top level.
    let add = browser
        .client
        .form(Locator::Css("#add-section-form"))
        .await
        .expect("add form");
    add.set_by_name("title", "Annex: the coalition's members")
        .await
        .expect("title");
    browser
        .click("#add-section-form button[type='submit']")
        .await;
    let outline = wait_for_rows(&browser, |r| r.len() == 16, "the added section").await;
    assert!(outline[15].starts_with("7 Annex"), "{outline:?}");

    // Move it up one place.
    browser
        .click("#report-outline tbody tr.outline-row:nth-of-type(16) button[data-move='up']")
        .await;
    wait_for_rows(
        &browser,
        |r| r.get(14).is_some_and(|t| t.starts_with("6 Annex")),
        "moved above the recommendations",
    )
    .await;

    // Plan it: lead organisation and word budget.
    let annex_row = "#report-outline tbody tr.outline-row:nth-of-type(15)";
    browser
        .click(&format!("{annex_row} button[data-action='plan']"))
        .await;
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#plan-organisation"))
        .await
        .expect("the plan form opens")
        .select_by_label("LIFT")
        .await
        .expect("choose LIFT");
    let plan = browser
        .client
        .form(Locator::Css("#plan-form"))
        .await
        .expect("plan form");
    plan.set_by_name("plan[word_budget]", "400")
        .await
        .expect("budget");
    browser.click("#plan-form button[type='submit']").await;
    browser
        .wait_for_text(&format!("{annex_row} td:nth-of-type(1)"), "LIFT")
        .await;
    browser
        .wait_for_text(&format!("{annex_row} td:nth-of-type(4)"), "0 / 400")
        .await;
    browser.screenshot("report-dashboard").await;

    // Bin it, then restore it from the bin.
    browser
        .click(&format!("{annex_row} button[data-action='remove']"))
        .await;
    wait_for_rows(
        &browser,
        |r| r.len() == 15,
        "the section leaves the outline",
    )
    .await;
    browser
        .click("#report-bin button[data-action='restore']")
        .await;
    let outline = wait_for_rows(&browser, |r| r.len() == 16, "restored").await;
    assert!(
        outline[15].starts_with("7 Annex"),
        "back at the end: {outline:?}"
    );
    browser.close().await;
}
