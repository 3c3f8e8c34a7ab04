//! A partner opens their section from the report, writes with footnotes, watches the word
//! count and preview follow, saves, and finds the text again after a reload.

use fantoccini::{Locator, key::Key};

use crate::harness::{Browser, Server, WAIT};

#[tokio::test]
async fn a_partner_writes_their_section_and_finds_it_after_a_reload() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.sign_in(&server, "editor@lift.example").await;
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    let editor = browser
        .open_outline_section("Right to a fair trial (art. 14)")
        .await;
    let before = browser.text_of("#word-count").await;

    editor.clear().await.expect("clear the text");
    editor
        .send_keys(
            "Defence lawyers were denied confidential meetings.[^1]\n\n\
             [^1]: Trial monitoring reports, 2026.",
        )
        .await
        .expect("type");
    editor.send_keys(Key::End.as_ref()).await.ok();
    // Counted like a word processor: the footnote marker is no word, the note counts apart.
    browser.wait_for_text("#word-count", "Body: 6 / 1500").await;
    assert_ne!(
        before,
        browser.text_of("#word-count").await,
        "the word count follows the text"
    );
    browser
        .wait_for_text("#notes-count", "+ 4 words in notes")
        .await;
    // The preview renders the footnote.
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let preview = browser.text_of("#section-preview").await;
        if preview.contains("Trial monitoring reports, 2026.") && !preview.contains("[^1]") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "preview never updated: {preview}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    browser.screenshot("section-editor").await;

    browser.click("#save-section").await;
    let status = browser.text_of("#save-status").await;
    assert!(status.starts_with("Saved"), "{status}");

    browser.client.refresh().await.expect("reload");
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("body[data-hydrated]"))
        .await
        .expect("hydrates again");
    let text = browser
        .client
        .find(Locator::Css("#section-body"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(text.starts_with("Defence lawyers were denied"), "{text}");
    browser.close().await;
}
