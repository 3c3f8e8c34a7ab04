//! Start-up problems end with one clear line naming the problem and a non-zero exit.

use std::{net::TcpListener, process::Command};

use server::{Application, StartupError};

use crate::{
    helpers::{make_site, settings},
    paths::server_binary,
};

/// Runs `shadowdesk serve` with exactly these variables and returns (exit code, stderr).
fn serve_with(vars: &[(&str, &str)]) -> (i32, String) {
    let output = Command::new(server_binary())
        .arg("serve")
        .env_clear()
        .envs(vars.iter().copied())
        .output()
        .expect("run shadowdesk");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn assert_one_clear_line(code: i32, stderr: &str, expected: &str) {
    assert_ne!(code, 0, "non-zero exit");
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "exactly one line, got: {stderr}");
    assert!(lines[0].starts_with("shadowdesk: error: "), "{stderr}");
    assert!(
        lines[0].contains(expected),
        "mentions {expected:?}: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_malformed_database_url_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let site = make_site(dir.path());
    let (code, stderr) = serve_with(&[
        ("SHADOWDESK_DATABASE_URL", "postgres://:5432/"),
        ("SHADOWDESK_SITE_ROOT", &site),
        ("SHADOWDESK_BIND", "127.0.0.1:0"),
    ]);
    assert_one_clear_line(code, &stderr, "SHADOWDESK_DATABASE_URL");
    let (code, stderr) = serve_with(&[("SHADOWDESK_DATABASE_URL", "mysql://root@localhost/x")]);
    assert_one_clear_line(code, &stderr, "unsupported database");
}

#[test]
fn an_unreachable_postgres_is_named_without_its_password() {
    let dir = tempfile::tempdir().unwrap();
    let site = make_site(dir.path());
    let (code, stderr) = serve_with(&[
        (
            "SHADOWDESK_DATABASE_URL",
            "postgres://app:hunter2@127.0.0.1:1/shadowdesk",
        ),
        ("SHADOWDESK_SITE_ROOT", &site),
        ("SHADOWDESK_BIND", "127.0.0.1:0"),
        ("SHADOWDESK_LOG", "off"),
    ]);
    assert_one_clear_line(
        code,
        &stderr,
        "cannot connect to the database at postgres://app:***@127.0.0.1:1/shadowdesk",
    );
    assert!(!stderr.contains("hunter2"));
}

#[test]
fn a_port_in_use_is_named() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let site = make_site(dir.path());
    let db = format!("sqlite://{}/app.db", dir.path().display());
    let (code, stderr) = serve_with(&[
        ("SHADOWDESK_DATABASE_URL", &db),
        ("SHADOWDESK_SITE_ROOT", &site),
        ("SHADOWDESK_BIND", &address),
    ]);
    assert_one_clear_line(code, &stderr, &format!("cannot listen on {address}"));
}

#[test]
fn a_missing_site_directory_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-site");
    let (code, stderr) = serve_with(&[
        ("SHADOWDESK_SITE_ROOT", missing.to_str().unwrap()),
        ("SHADOWDESK_BIND", "127.0.0.1:0"),
    ]);
    assert_one_clear_line(code, &stderr, "the site directory");
    assert!(stderr.contains("no-site"));
}

#[tokio::test]
async fn application_build_reports_the_same_problems_as_typed_errors() {
    let dir = tempfile::tempdir().unwrap();
    let site = make_site(dir.path());
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let db = format!("sqlite://{}/app.db", dir.path().display());
    let result = Application::build(settings(&[
        ("SHADOWDESK_DATABASE_URL", &db),
        ("SHADOWDESK_SITE_ROOT", &site),
        ("SHADOWDESK_BIND", &address),
    ]))
    .await;
    assert!(matches!(result, Err(StartupError::Bind { .. })));
    let result = Application::build(settings(&[
        (
            "SHADOWDESK_DATABASE_URL",
            "postgres://postgres@127.0.0.1:1/x",
        ),
        ("SHADOWDESK_SITE_ROOT", &site),
        ("SHADOWDESK_BIND", "127.0.0.1:0"),
    ]))
    .await;
    assert!(matches!(result, Err(StartupError::Database(_))));
}

/// Every server function the server registers.
fn server_functions() -> Vec<String> {
    leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_string())
        .collect()
}

#[tokio::test]
async fn garbage_arguments_to_any_server_function_answer_4xx_never_500() {
    let app = crate::helpers::spawn_app().await;
    let mut wrong = Vec::new();
    let mut refused_as_malformed = 0;
    for path in server_functions() {
        // A number that is not one, under the name most functions take, and nothing else.
        let response = app
            .post_form(&path, &[("id", "not-a-number"), ("details[id]", "x")], &[])
            .await;
        let status = response.status();
        let body = response.text().await.unwrap_or_default();
        if status.is_server_error() {
            wrong.push(format!("{path}: {status} {body}"));
        }
        if status == 400 {
            refused_as_malformed += 1;
            if !body.contains("The request could not be read") {
                wrong.push(format!("{path}: 400 without the explanation: {body}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(
        refused_as_malformed > 40,
        "most functions take arguments: {refused_as_malformed} answered 400"
    );
}

#[tokio::test]
async fn a_save_without_its_section_is_a_translated_400_and_changes_nothing() {
    let app = crate::helpers::spawn_app().await;
    let editor = app.sign_in("editor@lift.example").await;
    let before = app
        .post_form("/api/section", &[("id", "2")], &[("cookie", &editor)])
        .await
        .text()
        .await
        .unwrap();
    let refused = app
        .post_form(
            "/api/save_section",
            &[("base_version", "1"), ("body", "Overwritten")],
            &[("cookie", &editor), ("accept-language", "ru")],
        )
        .await;
    assert_eq!(refused.status(), 400);
    let message = refused.text().await.unwrap();
    assert!(message.contains("Не удалось прочитать запрос"), "{message}");
    assert!(message.contains("id"), "names the field: {message}");
    let mistyped = app
        .post_form(
            "/api/save_section",
            &[
                ("id", "two"),
                ("base_version", "1"),
                ("body", "Overwritten"),
            ],
            &[("cookie", &editor)],
        )
        .await;
    assert_eq!(mistyped.status(), 400);
    let after = app
        .post_form("/api/section", &[("id", "2")], &[("cookie", &editor)])
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(before, after, "nothing changed");
}
