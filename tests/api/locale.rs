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
