//! A real coalition's first hour on an empty instance, through the product alone: the setup
//! link creates the administrator, who creates the bureau and a branch, the coalition, adds
//! the branch and invites the first coordinator, who joins, creates the report and writes its
//! first section.

use fantoccini::Locator;

use crate::harness::{Browser, Server, WAIT};

const ADMIN_PASSWORD: &str = "juniper hills at dawn";
const COORDINATOR_PASSWORD: &str = "snow on the tien shan";

/// Fills the text fields `fields` (name, value) of the form matching `form_css`.
async fn fill(browser: &Browser, form_css: &str, fields: &[(&str, &str)]) {
    let form = browser
        .client
        .form(Locator::Css(form_css))
        .await
        .unwrap_or_else(|e| panic!("{form_css}: {e}"));
    for (name, value) in fields {
        form.set_by_name(name, value)
            .await
            .unwrap_or_else(|e| panic!("{form_css} {name}: {e}"));
    }
}

/// Chooses the option labelled `label` in the select matching `css`.
async fn choose(browser: &Browser, css: &str, label: &str) {
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .select_by_label(label)
        .await
        .unwrap_or_else(|e| panic!("{css} {label}: {e}"));
}

/// Waits until the address is `path` (after a redirect or a navigation).
async fn wait_for_path(browser: &Browser, prefix: &str) -> String {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let url = browser.client.current_url().await.expect("url");
        if url.path().starts_with(prefix) {
            return url.path().to_string();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "never reached {prefix}: {url}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Creates an organisation on the organisations page; `parent` names the organisation it is
/// a branch of.
async fn create_organisation(browser: &Browser, server: &Server, name: &str, parent: Option<&str>) {
    browser
        .open_hydrated(&format!("{}/organisations", server.url))
        .await;
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#create-organisation"))
        .await
        .expect("the creation form");
    fill(
        browser,
        "#create-organisation",
        &[
            ("details[name]", name),
            ("details[short_name]", &name[..4]),
            ("details[country]", "Kazakhstan"),
            ("details[region]", "Shymkent"),
        ],
    )
    .await;
    if let Some(parent) = parent {
        choose(browser, "#new-org-parent", parent).await;
    }
    browser
        .click("#create-organisation button[type='submit']")
        .await;
    browser.wait_for_text("h1", name).await;
}

#[tokio::test]
async fn an_empty_instance_gets_to_a_coordinator_writing_the_first_section() {
    let server = Server::start_with(&[("SHADOWDESK_DEMO_DATA", "false".to_string())]);
    let setup = server
        .setup_url
        .clone()
        .expect("an empty instance prints its setup address");
    let browser = Browser::start().await;

    // The first administrator.
    browser.open_hydrated(&setup).await;
    fill(
        &browser,
        "main form",
        &[
            ("email", "chair@bureau.example"),
            ("display_name", "Aigerim Sadykova"),
            ("password", ADMIN_PASSWORD),
        ],
    )
    .await;
    browser.click("main form button[type='submit']").await;
    browser
        .wait_for_text(".user-menu__name", "Aigerim Sadykova")
        .await;
    wait_for_path(&browser, "/admin/coalitions").await;
    browser
        .wait_for_contains("main", "Create the lead organisation first")
        .await;

    // The bureau and one of its regional branches.
    create_organisation(&browser, &server, "Steppe Bureau", None).await;
    create_organisation(
        &browser,
        &server,
        "Steppe Bureau South",
        Some("Steppe Bureau"),
    )
    .await;
    browser.wait_for_contains("main", "Steppe Bureau").await;

    // The coalition, led by the bureau.
    browser
        .open_hydrated(&format!("{}/admin/coalitions", server.url))
        .await;
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#create-coalition"))
        .await
        .expect("the coalition form");
    fill(
        &browser,
        "#create-coalition",
        &[
            ("form[name]", "Coalition against Torture"),
            ("form[short_name]", "CAT KZ"),
        ],
    )
    .await;
    choose(&browser, "#new-coalition-lead", "Steppe Bureau").await;
    choose(&browser, "#new-coalition-time-zone", "Asia/Almaty").await;
    browser
        .click("#create-coalition button[type='submit']")
        .await;
    browser
        .wait_for_text("h1", "Coalition against Torture")
        .await;
    browser.screenshot("admin-coalition").await;

    // The branch joins; the first coordinator is invited.
    choose(&browser, "#add-organisation-id", "Steppe Bureau South").await;
    browser
        .click("#add-organisation button[type='submit']")
        .await;
    browser
        .wait_for_contains("table", "Steppe Bureau South")
        .await;
    fill(
        &browser,
        "#invite-coordinator",
        &[("email", "coordinator@bureau.example")],
    )
    .await;
    browser
        .click("#invite-coordinator button[type='submit']")
        .await;
    let link = browser
        .wait_for_value("#invite-coordinator input.invite-link")
        .await;
    browser.click(".user-menu button[type='submit']").await;
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("a[href='/sign-in'].button"))
        .await
        .expect("signed out");

    // The coordinator joins, creates the report and writes its first section.
    browser.open_hydrated(&link).await;
    fill(
        &browser,
        "main form",
        &[
            ("display_name", "Daulet Omarov"),
            ("password", COORDINATOR_PASSWORD),
        ],
    )
    .await;
    browser.click("main form button[type='submit']").await;
    browser
        .wait_for_text(".user-menu__name", "Daulet Omarov")
        .await;
    browser
        .open_hydrated(&format!("{}/reports", server.url))
        .await;
    browser.click("#new-report").await;
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#new-report-form"))
        .await
        .expect("the new-report form");
    fill(
        &browser,
        "#new-report-form",
        &[
            ("details[title]", "Alternative report on torture"),
            ("details[state_under_review]", "Kazakhstan"),
            ("details[time_zone]", "Asia/Almaty"),
        ],
    )
    .await;
    browser
        .click("#new-report-form button[type='submit']")
        .await;
    browser
        .wait_for_text("h1", "Alternative report on torture")
        .await;
    let first = browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#report-outline a[href^='/sections/']"))
        .await
        .expect("the outline lists the profile's sections");
    first.click().await.expect("open the first section");
    let editor = browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#section-body"))
        .await
        .expect("the editor opens");
    editor
        .send_keys("Torture in pre-trial detention remains widespread.")
        .await
        .expect("type");
    browser.click("#save-section").await;
    let status = browser.text_of("#save-status").await;
    assert!(status.starts_with("Saved"), "{status}");
    browser.close().await;
}
