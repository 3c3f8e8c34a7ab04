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
