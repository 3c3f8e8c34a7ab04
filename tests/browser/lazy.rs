//! The first visit downloads the shell and the page it opens: every page but signing in keeps
//! its code in its area's module (`app/src/app/lazy.rs`, cargo-leptos `--split`), which the
//! server names in the page's head and the browser fetches when the area is first visited.

use fantoccini::Locator;
use serde_json::json;

use crate::harness::{Browser, Server, WAIT, devtools};

/// The last path segment (with the query) of every resource the current document has fetched.
async fn resources_fetched(browser: &Browser) -> Vec<String> {
    let names = browser
        .client
        .execute(
            "return performance.getEntriesByType('resource').map(r => r.name.split('/').pop());",
            vec![],
        )
        .await
        .expect("read the fetched resources");
    serde_json::from_value(names).expect("a list of names")
}

/// The file names of the wasm modules the current document has fetched.
async fn wasm_fetched(browser: &Browser) -> Vec<String> {
    let mut names = resources_fetched(browser).await;
    names.retain(|name| name.ends_with(".wasm"));
    names
}

fn has(fetched: &[String], part: &str) -> bool {
    fetched.iter().any(|name| name.contains(part))
}

#[tokio::test]
async fn pages_load_their_code_when_first_visited() {
    let server = Server::start();
    let browser = Browser::start().await;

    // Signing in needs the main module alone.
    browser
        .open_hydrated(&format!("{}/sign-in", server.url))
        .await;
    let fetched = wasm_fetched(&browser).await;
    assert!(has(&fetched, "shadowdesk."), "the main module: {fetched:?}");
    assert!(!has(&fetched, "_area_"), "no area's module: {fetched:?}");
    // And one language's catalogue, not the three the bundle used to carry.
    let catalogues: Vec<_> = resources_fetched(&browser)
        .await
        .into_iter()
        .filter(|name| name.contains(".ftl"))
        .collect();
    assert_eq!(catalogues.len(), 1, "{catalogues:?}");
    assert!(catalogues[0].starts_with("en.ftl?v="), "{catalogues:?}");

    // Opening the report page fetches its area's module, named in the page's head, and no
    // other area's.
    browser.sign_in(&server, "editor@lift.example").await;
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    let preload = browser
        .client
        .find_all(Locator::Css(
            "head link[rel='preload'][href*='split_reports_area']",
        ))
        .await
        .expect("query the head");
    assert_eq!(preload.len(), 1, "the reports area's module is preloaded");
    let fetched = wasm_fetched(&browser).await;
    assert!(has(&fetched, "split_reports_area"), "{fetched:?}");
    assert!(!has(&fetched, "split_sections_area"), "{fetched:?}");
    assert!(!has(&fetched, "split_recommendations_area"), "{fetched:?}");

    // Following a link into an area not visited yet fetches its code in the same document, and
    // the layout says a page is on its way meanwhile (a slow link keeps it on screen).
    browser.tag_document().await;
    devtools(&browser.client, "Network.enable", json!({})).await;
    devtools(
        &browser.client,
        "Network.emulateNetworkConditions",
        json!({
            "offline": false,
            "latency": 600,
            "downloadThroughput": -1,
            "uploadThroughput": -1,
        }),
    )
    .await;
    browser
        .client
        .find(Locator::LinkText("Right to a fair trial (art. 14)"))
        .await
        .expect("the section in the outline")
        .click()
        .await
        .expect("open the section");
    let loading = browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#page-loading[role='status']"))
        .await
        .expect("the layout shows that the page is coming")
        .text()
        .await
        .unwrap_or_default();
    assert_eq!(loading.trim(), "Opening the page…");
    browser
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("#section-body"))
        .await
        .expect("the editor opens");
    let fetched = wasm_fetched(&browser).await;
    assert!(has(&fetched, "split_sections_area"), "{fetched:?}");
    assert!(
        browser.still_the_same_document().await,
        "the link reloaded the page"
    );
    let still_loading = browser
        .client
        .find_all(Locator::Css("#page-loading"))
        .await
        .expect("query the page");
    assert!(
        still_loading.is_empty(),
        "the loading state stays after the page has come"
    );
    browser.close().await;
}
