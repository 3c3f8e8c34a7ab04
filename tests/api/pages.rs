//! Server-rendered pages: the translated shell, hydration script, 404 and caching.

use std::time::Duration;

use crate::helpers::{Backend, spawn_app, spawn_app_on};

async fn page(
    app: &crate::helpers::TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> (u16, String, reqwest::header::HeaderMap) {
    let response = app.get(path, headers).await;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (status, response.text().await.unwrap(), headers)
}

#[tokio::test]
async fn home_page_renders_the_shell_with_the_hydration_script() {
    let app = spawn_app().await;
    let session = app.sign_in("coordinator@sbhr.example").await;
    let (status, html, headers) = page(&app, "/", &[("cookie", &session)]).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="en""#), "html lang set");
    assert!(
        html.contains("/pkg/shadowdesk.js"),
        "hydration script is linked"
    );
    let skip_link = html.find(r##"<a href="#main" class="skip-link">"##);
    assert!(skip_link.is_some(), "skip link to the main landmark");
    assert!(
        skip_link < html.find("<header"),
        "the skip link comes before the header"
    );
    assert!(html.contains(r#"<main id="main""#), "main landmark");
    assert!(
        html.contains("Coalition for Civil and Political Rights in Kazakhstan"),
        "demo coalition shown"
    );
    assert!(
        html.contains("Alternative report on the implementation"),
        "demo report listed"
    );
    assert_eq!(
        headers["cache-control"], "no-store",
        "pages holding coalition data are not stored"
    );
}

#[tokio::test]
async fn inline_scripts_carry_the_nonce_that_the_csp_allows() {
    let app = spawn_app().await;
    let (_, html, headers) = page(&app, "/", &[]).await;
    let csp = headers["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("page CSP has a nonce");
    let used: Vec<&str> = html
        .split(r#"nonce=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(
        used.len() >= 2,
        "hydration and resource scripts carry a nonce"
    );
    assert!(
        used.iter().all(|n| *n == nonce),
        "every inline script uses the CSP nonce"
    );
    assert!(!csp.contains("unsafe-inline"));
    let (_, _, again) = page(&app, "/", &[]).await;
    assert_ne!(
        again["content-security-policy"], headers["content-security-policy"],
        "a fresh nonce per response"
    );
}

#[tokio::test]
async fn shell_is_translated_into_russian_and_kazakh() {
    let app = spawn_app().await;
    let cases = [
        (
            "en",
            ["Reports", "Recommendations", "Organisations", "Settings"],
        ),
        (
            "ru",
            ["Доклады", "Рекомендации", "Организации", "Настройки"],
        ),
        ("kk", ["Баяндамалар", "Ұсынымдар", "Ұйымдар", "Баптаулар"]),
    ];
    for (code, nav) in cases {
        let cookie = format!("shadowdesk_locale={code}");
        let (status, html, _) = page(&app, "/", &[("cookie", &cookie)]).await;
        assert_eq!(status, 200);
        assert!(
            html.contains(&format!(r#"<html lang="{code}""#)),
            "{code}: html lang"
        );
        for label in nav {
            assert!(html.contains(label), "{code}: navigation shows {label}");
        }
    }
}

#[tokio::test]
async fn accept_language_chooses_the_locale_when_no_cookie_is_set() {
    let app = spawn_app().await;
    let (_, html, _) = page(&app, "/reports", &[("accept-language", "kk-KZ,ru;q=0.8")]).await;
    assert!(html.contains(r#"<html lang="kk""#));
    assert!(html.contains("Баяндамалар"));
    let (_, html, _) = page(
        &app,
        "/reports",
        &[
            ("accept-language", "fr"),
            ("cookie", "shadowdesk_locale=ru"),
        ],
    )
    .await;
    assert!(
        html.contains(r#"<html lang="ru""#),
        "the remembered choice wins"
    );
}

#[tokio::test]
async fn every_main_page_renders_on_postgres_too() {
    let app = spawn_app_on(Backend::Postgres).await;
    let session = app.sign_in("admin@shadowdesk.example").await;
    for (path, expected) in [
        (
            "/",
            "Coalition for Civil and Political Rights in Kazakhstan",
        ),
        ("/reports", "147th session"),
        (
            "/organisations",
            "Steppe Bureau for Human Rights, Taraz branch",
        ),
        ("/recommendations", "CAT/C/KAZ/CO/4, para. 12(a)"),
        ("/recommendations/1", "Trial monitoring report 2022"),
        ("/settings", "Choose the language of the interface."),
    ] {
        let (status, html, _) = page(&app, path, &[("cookie", &session)]).await;
        assert_eq!(status, 200, "{path}");
        assert!(html.contains(expected), "{path} shows {expected:?}");
    }
}

#[tokio::test]
async fn reports_page_shows_progress_and_translated_status() {
    let app = spawn_app().await;
    let session = app.sign_in("editor@lift.example").await;
    let cookie = format!("{session}; shadowdesk_locale=ru");
    let (_, html, _) = page(&app, "/reports", &[("cookie", &cookie)]).await;
    assert!(html.contains("Подготовка"), "status drafting in Russian");
    assert!(html.contains("1/7"), "one of seven sections approved");
    assert!(html.contains("2027-02-15"), "deadline");
    assert!(
        html.contains("7 разделов"),
        "Russian plural for seven sections"
    );
}

#[tokio::test]
async fn unknown_pages_get_a_translated_404() {
    let app = spawn_app().await;
    let (status, html, _) =
        page(&app, "/no-such-page", &[("cookie", "shadowdesk_locale=ru")]).await;
    assert_eq!(status, 404);
    assert!(html.contains("Страница не найдена"));
}

#[tokio::test]
async fn pages_are_gzip_compressed_for_browsers_that_accept_it() {
    let app = spawn_app().await;
    let response = app
        .get("/organisations", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

/// Leptos finds a server's routes by rendering the whole app once with resource loading switched
/// off for the entire process; a page answered by another server in the same process meanwhile
/// (tests and benchmarks run many) waited forever for its data. Servers started while pages are
/// being answered must leave those pages alone.
#[test]
fn pages_finish_while_other_servers_start_in_the_same_process() {
    use std::sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    };
    let visited = Arc::new(AtomicBool::new(false));
    let starting = std::thread::spawn({
        let visited = Arc::clone(&visited);
        move || {
            runtime().block_on(async {
                while !visited.load(Ordering::SeqCst) {
                    drop(spawn_app().await);
                }
            })
        }
    });
    // Stops the starting thread once the visits end, also when one of them fails.
    let _visited = Visited(Arc::clone(&visited));
    runtime().block_on(async {
        let app = spawn_app().await;
        let session = app.sign_in("coordinator@sbhr.example").await;
        for visit in 0..60 {
            let path = ["/", "/reports", "/audit"][visit % 3];
            let answered = tokio::time::timeout(Duration::from_secs(15), async {
                page(&app, path, &[("cookie", &session)]).await
            })
            .await;
            let (status, html, _) =
                answered.unwrap_or_else(|_| panic!("visit {visit} ({path}) never finished"));
            assert_eq!(status, 200, "{path}");
            assert!(
                html.contains("</html>"),
                "visit {visit} ({path}) is a whole page"
            );
        }
    });
    drop(_visited);
    starting.join().expect("the other servers start");
}

/// Sets its flag when dropped.
struct Visited(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl Drop for Visited {
    fn drop(&mut self) {
        self.0.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}
