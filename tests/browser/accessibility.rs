//! Accessibility: axe-core (the npm package, fetched by scripts/setup --test into the tools
//! cache, never from a CDN) runs on every main page, signed in as a coordinator, at a desktop
//! and a 360 px phone width, and the test fails on any serious or critical violation of
//! WCAG 2.0–2.2 A and AA. Each page's screenshot at both widths is saved for review.

use crate::harness::{Browser, Server};

/// axe-core's script, from `SHADOWDESK_AXE` or the tools cache scripts/setup fills.
pub(crate) fn axe_source() -> String {
    let path = std::env::var("SHADOWDESK_AXE").unwrap_or_else(|_| {
        format!(
            "{}/.cache/shadowdesk/tools/axe-core/axe.min.js",
            std::env::var("HOME").unwrap_or_default()
        )
    });
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("axe-core is missing at {path} ({e}): run scripts/setup --test"))
}

/// The serious and critical violations on the current page, one line each.
pub(crate) async fn violations(browser: &Browser, axe: &str) -> Vec<String> {
    browser
        .client
        .execute(&format!("{axe}\nreturn true;"), vec![])
        .await
        .expect("inject axe-core");
    let found = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
               .then(r => done({
                 passes: r.passes.length,
                 violations: r.violations
                   .filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))
               }))
               .catch(e => done({ passes: 0, violations: ['axe failed: ' + e] }));",
            vec![],
        )
        .await
        .expect("run axe-core");
    // A run that checked nothing proves nothing.
    assert!(
        found["passes"].as_u64().unwrap_or(0) > 10,
        "axe-core did not run its rules: {found}"
    );
    found["violations"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn the_main_pages_have_no_serious_or_critical_accessibility_violations() {
    let axe = axe_source();
    let server = Server::start();
    let browser = Browser::start().await;
    let mut found = Vec::new();
    browser
        .open_hydrated(&format!("{}/sign-in", server.url))
        .await;
    for v in violations(&browser, &axe).await {
        found.push(format!("/sign-in: {v}"));
    }
    browser.sign_in(&server, "coordinator@sbhr.example").await;
    let pages = [
        "/",
        "/reports",
        "/reports/new",
        "/reports/1",
        "/reports/1/export",
        "/reports/1/import",
        "/reports/1/import?language=ru",
        "/reports/1/uptake",
        "/sections/1",
        "/sections/1/history",
        "/sections/4",
        "/sections/1/translations/ru",
        "/glossary",
        "/recommendations",
        "/recommendations/1",
        "/recommendations/dashboard",
        "/recommendations/calendar",
        "/recommendations/clusters",
        "/monitoring",
        "/monitoring/tables",
        "/monitoring/identities",
        "/recommendations/import",
        "/profiles",
        "/profiles/1",
        "/organisations",
        "/organisations/1",
        "/admin/coalitions/1",
        "/members",
        "/audit",
        "/account",
        "/settings",
    ];
    // At a desktop width, then at a 360 px phone's, with a screenshot of each page.
    for (width, height, name) in [(1280, 900, "desktop"), (360, 800, "phone")] {
        browser
            .client
            .set_window_size(width, height)
            .await
            .expect("resize the window");
        for page in pages {
            browser
                .open_hydrated(&format!("{}{page}", server.url))
                .await;
            for v in violations(&browser, &axe).await {
                found.push(format!("{page} ({name}): {v}"));
            }
            let slug = page.trim_matches('/').replace(['/', '?', '='], "-");
            let slug = if slug.is_empty() {
                "overview".to_string()
            } else {
                slug
            };
            browser.screenshot(&format!("{name}-{slug}")).await;
        }
    }
    browser.close().await;
    assert!(
        found.is_empty(),
        "{} violations:\n{}",
        found.len(),
        found.join("\n")
    );
}
