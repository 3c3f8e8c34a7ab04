//! A coordinator adds Kazakh to the English report (already translated into Russian); the section's translation is written
//! beside the section's text and saved as finished; the section then changes, and the
//! translation shows as outdated with what changed.

use fantoccini::Locator;

use crate::harness::{Browser, Server};

#[tokio::test]
async fn a_translation_is_written_beside_the_section_and_outdated_by_its_change() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser
        .client
        .find(Locator::Css("#add-language"))
        .await
        .expect("the language choice")
        .select_by_value("kk")
        .await
        .expect("choose Kazakh");
    browser
        .click("#add-language-form button[type='submit']")
        .await;
    browser
        .wait_for_contains("#report-languages-table", "Kazakh")
        .await;

    // From the section, to its Russian translation.
    let editor = browser
        .open_outline_section("Right to a fair trial (art. 14)")
        .await;
    browser
        .wait_for_contains("#section-translations", "Kazakh (Missing)")
        .await;
    browser.click("#section-translations a[href$='/kk']").await;
    browser
        .wait_for_contains("#translation-state", "Missing")
        .await;
    browser
        .wait_for_contains("#source-paragraphs", "defence lawyers were often denied")
        .await;
    browser
        .client
        .find(Locator::Css("#translation-body"))
        .await
        .expect("the translation's text")
        .send_keys("Адвокатам отказывали в конфиденциальных встречах.")
        .await
        .expect("type the translation");
    browser.click("#translation-complete").await;
    browser.click("#save-translation").await;
    browser
        .wait_for_contains("#translation-state", "Translated")
        .await;
    drop(editor);

    // Back to the section (the breadcrumb), which changes (not a minor change): the
    // translation is outdated.
    let editor = browser
        .open_outline_section("Right to a fair trial (art. 14)")
        .await;
    editor
        .send_keys(" Hearings were closed to the public.")
        .await
        .expect("type");
    browser.click("#save-section").await;
    browser.wait_for_contains("#save-status", "Saved").await;
    browser.click("#section-translations a[href$='/kk']").await;
    browser
        .wait_for_contains("#translation-state", "Outdated")
        .await;
    browser
        .wait_for_contains("#source-changes ins", "Hearings were closed to the public.")
        .await;
    browser
        .wait_for_contains("#source-paragraphs li.changed", "Hearings were closed")
        .await;

    // On the report's dashboard, the section is the one outdated in Kazakh.
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser
        .wait_for_contains(
            "#report-outline td[data-language='kk'] .translation-state--outdated",
            "Outdated",
        )
        .await;
    browser
        .client
        .find(Locator::Css("#filter-translation"))
        .await
        .expect("the translation filter")
        .select_by_value("1")
        .await
        .expect("outdated in Kazakh");
    browser
        .wait_for_contains(".filters .hint", "1 section shown")
        .await;
    browser.close().await;
}
