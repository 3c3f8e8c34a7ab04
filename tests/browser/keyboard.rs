//! Keyboard only: a partner signs in and reaches the report's export page with Tab and Enter
//! alone, and every element the Tab key lands on shows a visible focus outline.

use fantoccini::{Locator, key::Key};
use serde_json::Value;

use crate::harness::{Browser, DEMO_PASSWORD, Server};

/// Presses `key` on whatever has the focus.
async fn press(browser: &Browser, key: &str) {
    browser
        .client
        .active_element()
        .await
        .expect("an active element")
        .send_keys(key)
        .await
        .expect("send a key");
}

/// The focused element: its id, tag, and whether its outline is visible.
async fn focused(browser: &Browser) -> Value {
    browser
        .client
        .execute(
            "const e = document.activeElement;
             const s = getComputedStyle(e);
             return { id: e.id, tag: e.tagName, href: e.getAttribute('href'),
                      outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 };",
            vec![],
        )
        .await
        .expect("read the focus")
}

/// Tabs forward until the focused element matches `wanted`, checking each stop's outline;
/// panics after `limit` stops.
async fn tab_to(browser: &Browser, wanted: impl Fn(&Value) -> bool, limit: usize) {
    for _ in 0..limit {
        press(browser, &Key::Tab.to_string()).await;
        let now = focused(browser).await;
        if now["tag"] != "BODY" {
            assert_eq!(now["outline"], true, "no visible focus on {now}");
        }
        if wanted(&now) {
            return;
        }
    }
    panic!("the Tab key never reached the element");
}

#[tokio::test]
async fn a_partner_signs_in_and_reaches_the_export_with_the_keyboard_alone() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .open_hydrated(&format!("{}/sign-in", server.url))
        .await;
    tab_to(&browser, |f| f["id"] == "sign-in-email", 30).await;
    press(&browser, "editor@lift.example").await;
    press(&browser, &Key::Tab.to_string()).await;
    press(&browser, DEMO_PASSWORD).await;
    press(&browser, &Key::Enter.to_string()).await;
    browser
        .client
        .wait()
        .at_most(std::time::Duration::from_secs(20))
        .for_element(Locator::Css(".user-menu__name"))
        .await
        .expect("signed in by keyboard");

    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    tab_to(&browser, |f| f["id"] == "export-link", 80).await;
    press(&browser, &Key::Enter.to_string()).await;
    browser
        .wait_for_contains("#checklist", "sections are not approved")
        .await;
    browser.close().await;
}
