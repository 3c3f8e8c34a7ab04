//! Two people in one section: each sees the other arrive; both change the same paragraph and
//! the second save shows both versions instead of overwriting; a reviewer proposes a change
//! that the writer accepts; unsaved text comes back after a reload.

use fantoccini::{Locator, key::Key};

use crate::harness::{Browser, Server, WAIT};

async fn open_section(browser: &Browser, server: &Server, title: &str) {
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser.open_outline_section(title).await;
}

async fn replace_text(browser: &Browser, text: &str) {
    let editor = browser
        .client
        .find(Locator::Css("#section-body"))
        .await
        .expect("editor");
    editor.clear().await.expect("clear");
    editor.send_keys(text).await.expect("type");
    editor.send_keys(Key::End.as_ref()).await.ok();
}

#[tokio::test]
async fn two_writers_see_each_other_and_never_overwrite_each_other() {
    let server = Server::start();
    let editor = Browser::start().await;
    let coordinator = Browser::start().await;
    editor.sign_in(&server, "editor@lift.example").await;
    coordinator
        .sign_in(&server, "coordinator@sbhr.example")
        .await;
    let title = "Right to a fair trial (art. 14)";
    open_section(&editor, &server, title).await;
    open_section(&coordinator, &server, title).await;

    // Each sees the other, live.
    editor
        .wait_for_contains("#presence", "Aigerim Seitkali")
        .await;
    coordinator
        .wait_for_contains("#presence", "Daniyar Omarov")
        .await;

    // Both rewrite the same paragraph; the editor saves first.
    replace_text(&editor, "Lawyers were refused meetings in 40 hearings.").await;
    replace_text(
        &coordinator,
        "Lawyers were refused meetings in many hearings.",
    )
    .await;
    editor.click("#save-section").await;
    editor.wait_for_contains("#save-status", "Saved").await;
    // The coordinator's page learns of the newer version.
    coordinator
        .wait_for_contains("#newer-version", "newer version")
        .await;
    coordinator.click("#save-section").await;
    coordinator
        .wait_for_contains("#section-conflict", "40 hearings")
        .await;
    coordinator.screenshot("section-conflict").await;
    // Nothing was overwritten: the coordinator continues from the editor's saved text.
    coordinator
        .click("#section-conflict button.button-secondary")
        .await;
    let text = coordinator
        .client
        .find(Locator::Css("#section-body"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(text, "Lawyers were refused meetings in 40 hearings.");
    editor.close().await;
    coordinator.close().await;
}

#[tokio::test]
async fn a_reviewer_proposes_a_change_that_the_writer_accepts() {
    let server = Server::start();
    let reviewer = Browser::start().await;
    reviewer.sign_in(&server, "reviewer@freeword.example").await;
    let title = "Right to a fair trial (art. 14)";
    open_section(&reviewer, &server, title).await;
    reviewer.wait_for_contains("#suggest-mode", "propose").await;
    replace_text(&reviewer, "Trial monitors attended 212 hearings in 2025.").await;
    reviewer.click("#suggest-section").await;
    reviewer
        .wait_for_contains("#save-status", "suggestion was sent")
        .await;
    // And a comment on a passage.
    let form = reviewer
        .client
        .form(Locator::Css("#new-thread-form"))
        .await
        .expect("comment form");
    form.set_by_name("quote", "Trial monitors")
        .await
        .expect("quote");
    form.set_by_name("body", "Which courts?")
        .await
        .expect("comment");
    reviewer
        .click("#new-thread-form button[type='submit']")
        .await;
    reviewer
        .wait_for_contains("#threads", "Which courts?")
        .await;
    reviewer.close().await;

    let editor = Browser::start().await;
    editor.sign_in(&server, "editor@lift.example").await;
    open_section(&editor, &server, title).await;
    editor
        .wait_for_contains("#suggestions", "212 hearings")
        .await;
    editor.screenshot("section-review").await;
    editor
        .click("#suggestions button[data-action='accept']")
        .await;
    // The accepted text becomes the section's.
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let text = editor.client.find(Locator::Css("#section-body")).await.ok();
        let value = match text {
            Some(element) => element
                .prop("value")
                .await
                .ok()
                .flatten()
                .unwrap_or_default(),
            None => String::new(),
        };
        if value.contains("212 hearings") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "accepted text never shown: {value}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    // The section reloads with the merged text; its review comes back with the suggestion
    // decided. Then the writer resolves the thread.
    editor.wait_for_contains("#suggestions", "Accepted").await;
    editor.wait_for_contains("#threads", "Which courts?").await;
    editor
        .click("#threads button[data-action='thread-resolve']")
        .await;
    editor.wait_for_contains("#threads", "Resolved by").await;
    editor.close().await;
}

#[tokio::test]
async fn unsaved_text_comes_back_after_a_reload() {
    let server = Server::start();
    let editor = Browser::start().await;
    editor.sign_in(&server, "editor@lift.example").await;
    open_section(&editor, &server, "Right to a fair trial (art. 14)").await;
    replace_text(&editor, "Text typed and never saved.").await;
    // Give the autosave its pause, then reload as if the tab had crashed.
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    editor.client.refresh().await.expect("reload");
    editor
        .wait_for_contains("#draft-banner", "unsaved text")
        .await;
    editor.click("#resume-draft").await;
    let value = editor
        .client
        .find(Locator::Css("#section-body"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(value, "Text typed and never saved.");
    editor.close().await;
}
