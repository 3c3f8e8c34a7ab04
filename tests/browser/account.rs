//! A person turns on two-step sign-in from their account page and signs in with it.

use app::auth::second_factor::code_at;
use chrono::{Duration, Utc};
use fantoccini::Locator;

use crate::harness::{Browser, Server, WAIT};

#[tokio::test]
async fn two_step_sign_in_is_set_up_on_the_account_page_and_then_asked_for() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.sign_in(&server, "editor@lift.example").await;

    browser
        .open_hydrated(&format!("{}/account", server.url))
        .await;
    browser.click("#second-factor-begin").await;
    let secret = browser.text_of("#second-factor-secret").await;
    assert!(secret.len() >= 26, "a base32 secret: {secret}");
    browser.screenshot("account-second-factor-setup").await;
    let code = code_at(&secret, Utc::now()).unwrap();
    browser
        .client
        .find(Locator::Css("#enable-code"))
        .await
        .expect("code field")
        .send_keys(&code)
        .await
        .expect("type code");
    browser
        .click(".second-factor-setup button[type='submit']")
        .await;
    // The list can be in the page a moment before its text is laid out: wait for all ten.
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let codes = browser.text_of("#recovery-codes").await;
        if codes.lines().count() == 10 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "ten recovery codes shown: {codes}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#second-factor-on"))
        .await
        .expect("the page says it is on");

    browser.click(".user-menu button[type='submit']").await;
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("a[href='/sign-in'].button"))
        .await
        .expect("signed out");

    // The password alone leads to the second step, not into the coalition.
    browser
        .submit_password(&server, "editor@lift.example")
        .await;
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#second-factor-code"))
        .await
        .expect("the second step is asked for");
    browser.screenshot("sign-in-second-factor").await;
    let next = code_at(&secret, Utc::now() + Duration::seconds(30)).unwrap();
    browser
        .client
        .find(Locator::Css("#second-factor-code"))
        .await
        .unwrap()
        .send_keys(&next)
        .await
        .unwrap();
    browser.click("main form button[type='submit']").await;
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css(".user-menu__name"))
        .await
        .expect("signed in after the second step");
    browser.close().await;
}
