//! Signing in through an OAuth provider (the fake one on loopback) from the sign-in page.

use serde_json::json;

use crate::{
    fake_provider::FakeProvider,
    harness::{Browser, Server},
};

#[tokio::test]
async fn a_partner_signs_in_with_the_provider_button() {
    let provider = FakeProvider::start().await;
    provider.will_say(json!({
        "sub": "browser-1", "email": "reviewer@freeword.example", "email_verified": true
    }));
    let server = Server::start_with(&provider.settings());
    let browser = Browser::start().await;
    browser
        .open_hydrated(&format!("{}/sign-in", server.url))
        .await;
    browser.screenshot("sign-in-with-providers").await;
    browser.click("a[href='/auth/oauth/fake']").await;
    // Through the provider and back: the header names the reviewer.
    browser
        .wait_for_text(".user-menu__name", "Olga Petrenko")
        .await;
    browser.close().await;
}
