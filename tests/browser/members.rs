//! A coordinator invites a partner, who follows the link and joins.

use fantoccini::Locator;

use crate::harness::{Browser, Server, WAIT};

#[tokio::test]
async fn a_coordinator_invites_a_partner_who_joins_through_the_link() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;

    browser
        .open_hydrated(&format!("{}/members", server.url))
        .await;
    let form = browser
        .client
        .form(Locator::Css("form.invite-form"))
        .await
        .expect("invitation form");
    form.set_by_name("email", "saule@ngo.example")
        .await
        .expect("type email");
    browser
        .client
        .find(Locator::Css("form.invite-form button[type='submit']"))
        .await
        .expect("invite button")
        .click()
        .await
        .expect("invite");
    // The members list refetches after the invitation, so read the link once it has settled.
    let link = browser.wait_for_value("input.invite-link").await;
    assert!(
        link.starts_with(&format!("{}/invitations/", server.url)),
        "{link}"
    );
    browser.screenshot("members-invite").await;

    browser
        .client
        .find(Locator::Css(".user-menu button[type='submit']"))
        .await
        .expect("sign-out button")
        .click()
        .await
        .expect("sign out");
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("a[href='/sign-in'].button"))
        .await
        .expect("signed out");

    browser.open_hydrated(&link).await;
    let form = browser
        .client
        .form(Locator::Css("main form"))
        .await
        .expect("accept form");
    form.set_by_name("display_name", "Saule Nurlanova")
        .await
        .expect("type name");
    form.set_by_name("password", "river stones in spring")
        .await
        .expect("type password");
    browser
        .client
        .find(Locator::Css("main form button[type='submit']"))
        .await
        .expect("accept button")
        .click()
        .await
        .expect("accept");
    browser
        .wait_for_text(".user-menu__name", "Saule Nurlanova")
        .await;
    browser.close().await;
}
