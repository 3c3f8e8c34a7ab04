//! Choosing the interface language through the `set_locale` server function.

use crate::helpers::spawn_app;

#[tokio::test]
async fn choosing_a_language_without_javascript_sets_a_cookie_and_returns_to_the_page() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(format!("{}/api/set_locale", app.address))
        .header("origin", &app.address)
        .header("accept", "text/html")
        .header("referer", format!("{}/reports", app.address))
        .form(&[("locale", "kk")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        302,
        "plain form posts go back to the page"
    );
    let location = response.headers()["location"].to_str().unwrap();
    assert_eq!(
        location.trim_end_matches('?'),
        format!("{}/reports", app.address),
        "back to the page the form was on"
    );
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("shadowdesk_locale=kk;"), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
}

#[tokio::test]
async fn an_unsupported_language_is_refused_and_nothing_is_remembered() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(format!("{}/api/set_locale", app.address))
        .header("origin", &app.address)
        .form(&[("locale", "xx")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    assert!(response.headers().get("set-cookie").is_none());
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("locale: must be one of en, ru, kk")
    );
}

/// The catalogues' version a page names in its `<head>`, and the catalogue it preloads.
fn catalogue_hints(html: &str) -> (String, String) {
    let version = html
        .split(r#"<meta name="shadowdesk-catalogues" content=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page names the catalogues' version")
        .to_string();
    let preload = html
        .split(r#"<link rel="preload" href=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|href| href.starts_with("/locales/"))
        .expect("the page preloads its catalogue")
        .to_string();
    (version, preload)
}

#[tokio::test]
async fn a_page_preloads_the_catalogue_of_its_language_which_is_served_and_cached_for_good() {
    let app = spawn_app().await;
    let page = |language: &'static str| {
        let client = app.client.clone();
        let url = format!("{}/sign-in", app.address);
        async move {
            client
                .get(url)
                .header("accept-language", language)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    let (version, preload) = catalogue_hints(&page("ru").await);
    assert_eq!(preload, format!("/locales/ru.ftl?v={version}"));
    let (same_version, kazakh) = catalogue_hints(&page("kk").await);
    assert_eq!(same_version, version, "one version for every language");
    assert_eq!(kazakh, format!("/locales/kk.ftl?v={version}"));

    let response = app
        .client
        .get(format!("{}{preload}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(
        headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(headers["content-type"], "text/plain; charset=utf-8");
    let etag = headers["etag"].to_str().unwrap().to_string();
    let catalogue = response.text().await.unwrap();
    assert!(
        catalogue.contains("nav-reports = Доклады"),
        "the Russian catalogue"
    );
    assert!(!catalogue.contains("nav-reports = Reports"), "and no other");

    let revalidated = app
        .client
        .get(format!("{}/locales/ru.ftl", app.address))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), 304);
    assert_eq!(
        revalidated.headers()["cache-control"],
        "no-cache",
        "an address without the current version is revalidated"
    );

    let stale = app
        .client
        .get(format!("{}/locales/en.ftl?v=0000", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 200);
    assert_eq!(stale.headers()["cache-control"], "no-cache");
    assert!(
        stale
            .text()
            .await
            .unwrap()
            .contains("nav-reports = Reports")
    );

    for unknown in ["fr.ftl", "ru", "ru.ftl.bak", "..%2Fmain.ftl"] {
        let response = app
            .client
            .get(format!("{}/locales/{unknown}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{unknown}");
    }
}
