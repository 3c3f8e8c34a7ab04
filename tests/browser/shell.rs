//! The application shell in a real browser: hydration and the language switcher.

use fantoccini::Locator;

use crate::harness::{Browser, Server};

#[tokio::test]
async fn signing_in_with_a_password_shows_the_user_and_their_coalition() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.open_hydrated(&format!("{}/", server.url)).await;
    browser
        .wait_for_text(".notice p", "Sign in to see your coalition's work.")
        .await;
    browser.sign_in(&server, "editor@lift.example").await;
    browser
        .wait_for_text(
            ".card__title",
            "Coalition for Civil and Political Rights in Kazakhstan",
        )
        .await;
    browser.screenshot("overview-en").await;
    browser.close().await;
}

#[tokio::test]
async fn switching_the_language_translates_the_hydrated_shell_and_is_remembered() {
    let server = Server::start();
    let browser = Browser::start().await;

    browser
        .open_hydrated(&format!("{}/reports", server.url))
        .await;
    browser
        .wait_for_text("nav.site-nav a[href='/reports']", "Reports")
        .await;
    assert_eq!(browser.html_lang().await, "en");
    browser.screenshot("reports-en").await;

    // A marker that a full page load would wipe out: switching must happen in place.
    browser
        .client
        .execute("window.shadowdeskMarker = 42; return null;", vec![])
        .await
        .expect("set marker");

    for (code, reports, settings) in [
        ("ru", "Доклады", "Настройки"),
        ("kk", "Баяндамалар", "Баптаулар"),
    ] {
        browser
            .client
            .find(Locator::Css(&format!(
                "#locale-header option[value='{code}']"
            )))
            .await
            .expect("language option")
            .click()
            .await
            .expect("choose language");
        browser
            .client
            .find(Locator::Css(
                ".site-header .locale-switcher button[type='submit']",
            ))
            .await
            .expect("apply button")
            .click()
            .await
            .expect("apply");
        browser
            .wait_for_text("nav.site-nav a[href='/reports']", reports)
            .await;
        browser
            .wait_for_text("nav.site-nav a[href='/settings']", settings)
            .await;
        assert_eq!(browser.html_lang().await, code);
        let marker = browser
            .client
            .execute("return window.shadowdeskMarker ?? null;", vec![])
            .await
            .expect("read marker");
        assert_eq!(
            marker,
            serde_json::json!(42),
            "switched in place, without reloading the page"
        );
        browser.screenshot(&format!("reports-{code}")).await;
    }

    // The choice survives a reload: the server renders Kazakh from the cookie.
    browser.open_hydrated(&format!("{}/", server.url)).await;
    browser
        .wait_for_text("nav.site-nav a[href='/reports']", "Баяндамалар")
        .await;
    assert_eq!(browser.html_lang().await, "kk");

    browser.close().await;
}

#[tokio::test]
async fn hashed_bundle_files_are_cached_for_a_year_and_pages_never() {
    let server = Server::start();
    let client = reqwest::Client::new();
    let page = client.get(format!("{}/", server.url)).send().await.unwrap();
    assert_eq!(page.headers()["cache-control"], "no-store");
    let html = page.text().await.unwrap();
    let css = html
        .split(r#"href="/pkg/"#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("stylesheet link");
    assert!(
        css.starts_with("shadowdesk.") && css.len() > "shadowdesk..css".len(),
        "hashed name: {css}"
    );
    let asset = client
        .get(format!("{}/pkg/{css}", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(asset.status(), 200);
    assert_eq!(
        asset.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
}
