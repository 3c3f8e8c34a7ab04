//! With scripts off — a browser that blocks them, or a slow link that has not brought the
//! bundle yet — the main journeys work as plain HTML: sign in, move around, read the report
//! dashboard, comment on a section, search the recommendations and narrow them with a facet,
//! switch the language.

use fantoccini::Locator;

use crate::harness::{Browser, DEMO_PASSWORD, Server, WAIT};

/// Waits until the browser has moved to a URL containing `part`: a form posted or a link
/// followed without scripts loads a whole new page, and the old one answers until it has.
async fn arrived(browser: &Browser, part: &str) {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let url = browser.client.current_url().await.expect("url");
        if url.as_str().contains(part) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "never reached {part}: at {url}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Waits for `css` and returns its text; pages arrive whole, so no "Loading…" is left on them.
async fn shown(browser: &Browser, css: &str) -> String {
    let text = browser.text_of(css).await;
    let loading = browser
        .client
        .find_all(Locator::Css("p.loading"))
        .await
        .expect("query the page");
    assert!(loading.is_empty(), "a part of the page is still loading");
    text
}

#[tokio::test]
async fn the_main_journeys_work_with_scripts_off() {
    let server = Server::start();
    let browser = Browser::start_without_scripts().await;
    let client = &browser.client;

    client
        .goto(&format!("{}/sign-in", server.url))
        .await
        .expect("open sign-in");
    let form = client
        .form(Locator::Css("main form"))
        .await
        .expect("sign-in form");
    form.set_by_name("email", "coordinator@sbhr.example")
        .await
        .expect("type email");
    form.set_by_name("password", DEMO_PASSWORD)
        .await
        .expect("type password");
    browser.click("main form button[type='submit']").await;
    client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css(".user-menu__name"))
        .await
        .expect("signed in without scripts");

    browser.click(".site-nav a[href='/reports']").await;
    arrived(&browser, "/reports").await;
    let reports = shown(&browser, "main table").await;
    assert!(reports.contains("Alternative report"), "{reports}");

    browser.click("main table a[href='/reports/1']").await;
    arrived(&browser, "/reports/1").await;
    let dashboard = shown(&browser, "main").await;
    assert!(dashboard.contains("Introduction"), "{dashboard}");

    client
        .find(Locator::LinkText("Right to a fair trial (art. 14)"))
        .await
        .expect("the section in the dashboard")
        .click()
        .await
        .expect("open the section");
    let comment = client
        .form(Locator::Css("#new-thread-form"))
        .await
        .expect("comment form");
    comment
        .set_by_name("body", "Which courts, with scripts off?")
        .await
        .expect("type the comment");
    browser
        .click("#new-thread-form button[type='submit']")
        .await;
    // The post answers with the section page again: wait for the thread to be on it.
    browser
        .wait_for_contains("#threads", "Which courts, with scripts off?")
        .await;
    shown(&browser, "#threads").await;

    client
        .goto(&format!("{}/recommendations", server.url))
        .await
        .expect("open the tracker");
    let search = client
        .form(Locator::Css("#recommendation-filters"))
        .await
        .expect("search form");
    search
        .set_by_name("q", "liberty")
        .await
        .expect("type words");
    browser
        .click("#recommendation-filters button[type='submit']")
        .await;
    arrived(&browser, "q=liberty").await;
    let found = shown(&browser, "#recommendation-count").await;
    browser.click("#facet-level a[data-value='2']").await;
    arrived(&browser, "level=2").await;
    let narrowed = shown(&browser, "#recommendation-count").await;
    assert_ne!(found, narrowed, "the facet narrows the list");

    client
        .find(Locator::Css(".locale-switcher select"))
        .await
        .expect("language switcher")
        .select_by_value("ru")
        .await
        .expect("choose Russian");
    browser
        .click(".locale-switcher button[type='submit']")
        .await;
    client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("html[lang='ru']"))
        .await
        .expect("the page comes back in Russian");
    browser.close().await;
}
