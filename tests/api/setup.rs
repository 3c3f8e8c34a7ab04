//! The first run of an empty instance: the one-time setup link, `shadowdesk create-admin`, and
//! the audit log that the database keeps append-only.

use std::{
    io::Write,
    process::{Command, Stdio},
};

use chrono::{Duration, Utc};
use entities::{audit_event, setup_token, user};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, PaginatorTrait, QueryFilter,
};

use crate::{
    helpers::{Backend, TestApp, session_cookie, spawn_app_on, spawn_app_with},
    paths::server_binary,
};

const PASSWORD: &str = "juniper hills at dawn";

/// A server on an empty `backend` database, without the demonstration data.
async fn empty_instance(backend: Backend) -> TestApp {
    spawn_app_with(backend, &[("SHADOWDESK_DEMO_DATA", "false")]).await
}

async fn complete(app: &TestApp, token: &str, email: &str, password: &str) -> reqwest::Response {
    app.post_form(
        "/api/complete_setup",
        &[
            ("token", token),
            ("email", email),
            ("display_name", "Aigerim Sadykova"),
            ("password", password),
        ],
        &[],
    )
    .await
}

async fn accounts(db: &DatabaseConnection) -> u64 {
    user::Entity::find().count(db).await.unwrap()
}

async fn first_administrator_through_the_setup_link(backend: Backend) {
    let app = empty_instance(backend).await;
    let path = app
        .setup_path
        .clone()
        .expect("an empty instance issues a setup link");
    let token = path.strip_prefix("/setup/").unwrap().to_string();
    let stored: Vec<String> = setup_token::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.token_hash)
        .collect();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token, "only the token's hash is stored");

    let page = app.get(&path, &[]).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Set up Shadowdesk"), "{html}");
    assert!(html.contains(r#"name="password""#), "{html}");

    // Refusals change nothing: a weak password, a bad address, a wrong link.
    let weak = complete(&app, &token, "admin@bureau.example", "short").await;
    assert_eq!(weak.status(), 422);
    assert!(
        weak.text()
            .await
            .unwrap()
            .contains("at least 12 characters")
    );
    let bad_address = complete(&app, &token, "not an address", PASSWORD).await;
    assert_eq!(bad_address.status(), 422);
    assert!(bad_address.text().await.unwrap().contains("email:"));
    let wrong = complete(&app, "not-the-token", "admin@bureau.example", PASSWORD).await;
    assert_eq!(wrong.status(), 422);
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("This setup link is not valid")
    );
    assert_eq!(accounts(&app.db).await, 0);
    let wrong_page = app.get("/setup/not-the-token", &[]).await;
    assert!(
        wrong_page
            .text()
            .await
            .unwrap()
            .contains("This setup link is not valid")
    );

    let created = complete(&app, &token, " Admin@Bureau.example ", PASSWORD).await;
    let next = created
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert_eq!(next, "/admin/coalitions", "{}", created.status());
    let cookie = session_cookie(&created).expect("the administrator is signed in");
    let admin = user::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("the administrator exists");
    assert_eq!(admin.email, "admin@bureau.example");
    assert!(admin.is_admin);
    let overview = app
        .post_form("/api/account_overview", &[], &[("cookie", &cookie)])
        .await;
    assert_eq!(overview.status(), 200);
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("admin_created"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0].detail, "setup page");
    assert_eq!(audited[0].actor_user_id, Some(admin.id));

    // Setup is over: the page and the form answer 404 whatever the token.
    for path in [path.as_str(), "/setup/not-the-token"] {
        assert_eq!(app.get(path, &[]).await.status(), 404, "{path}");
    }
    let again = complete(&app, &token, "second@bureau.example", PASSWORD).await;
    assert_eq!(again.status(), 404);
    assert_eq!(accounts(&app.db).await, 1);
}

#[tokio::test]
async fn the_setup_link_creates_the_first_administrator_once_on_sqlite() {
    first_administrator_through_the_setup_link(Backend::Sqlite).await;
}

#[tokio::test]
async fn the_setup_link_creates_the_first_administrator_once_on_postgres() {
    first_administrator_through_the_setup_link(Backend::Postgres).await;
}

#[tokio::test]
async fn an_expired_setup_link_is_refused_and_an_instance_with_accounts_issues_none() {
    let app = empty_instance(Backend::Sqlite).await;
    let now = Utc::now();
    setup_token::ActiveModel {
        token_hash: Set(app::auth::session::token_id("an-old-token")),
        created_at: Set(now - Duration::hours(25)),
        expires_at: Set(now - Duration::hours(1)),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let refused = complete(&app, "an-old-token", "admin@bureau.example", PASSWORD).await;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("has expired"));
    assert_eq!(accounts(&app.db).await, 0);

    let demo = spawn_app_on(Backend::Sqlite).await;
    assert_eq!(demo.setup_path, None, "the demonstration data has accounts");
}

/// Runs `shadowdesk create-admin` on `database_url` with `password_input` piped in; the seal
/// key goes beside the database (the default for SQLite).
fn create_admin(database_url: &str, email: &str, password_input: &str) -> (bool, String) {
    let mut child = Command::new(server_binary())
        .args(["create-admin", "--email", email, "--name", "Daulet Omarov"])
        .env_clear()
        .env("SHADOWDESK_DATABASE_URL", database_url)
        .env("SHADOWDESK_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start shadowdesk create-admin");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(password_input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), said)
}

#[tokio::test]
async fn create_admin_reads_the_password_from_a_pipe_and_refuses_weak_ones_and_taken_addresses() {
    let app = empty_instance(Backend::Sqlite).await;

    let (ok, said) = create_admin(&app.database_url, "chair@bureau.example", "password\n");
    assert!(!ok, "{said}");
    assert!(said.contains("at least 12 characters"), "{said}");
    assert_eq!(accounts(&app.db).await, 0);

    let (ok, said) = create_admin(
        &app.database_url,
        "Chair@Bureau.example",
        &format!("{PASSWORD}\n"),
    );
    assert!(ok, "{said}");
    assert!(
        said.contains("Administrator chair@bureau.example created"),
        "{said}"
    );
    assert!(said.contains("/sign-in"), "{said}");
    let signed_in = app
        .post_form(
            "/api/sign_in",
            &[("email", "chair@bureau.example"), ("password", PASSWORD)],
            &[],
        )
        .await;
    assert!(
        session_cookie(&signed_in).is_some(),
        "{}",
        signed_in.status()
    );
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("admin_created"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("audited");
    assert_eq!(audited.detail, "command line");
    // The seal key was made beside the database, for its owner alone, and never printed.
    let key_file = std::path::Path::new(
        app.database_url
            .trim_start_matches("sqlite://")
            .split('?')
            .next()
            .unwrap(),
    )
    .with_file_name("seal.key");
    let key = std::fs::read_to_string(&key_file).expect("the seal key file");
    assert_eq!(key.trim().len(), 64);
    assert!(!said.contains(key.trim()), "{said}");
    assert!(said.contains("Seal key made at"), "{said}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    let (ok, said) = create_admin(
        &app.database_url,
        "chair@bureau.example",
        &format!("{PASSWORD}\n"),
    );
    assert!(!ok, "{said}");
    assert!(said.contains("already exists"), "{said}");
    assert_eq!(accounts(&app.db).await, 1);
    assert_eq!(
        std::fs::read_to_string(&key_file).unwrap(),
        key,
        "kept as it was"
    );

    // The administrator exists: the link the server issued at start opens nothing.
    let path = app.setup_path.clone().expect("issued at start");
    assert_eq!(app.get(&path, &[]).await.status(), 404);
}

async fn audit_log_refuses_changes(backend: Backend) {
    let app = spawn_app_on(backend).await;
    app.sign_in("coordinator@sbhr.example").await;
    let before = audit_event::Entity::find().count(&app.db).await.unwrap();
    assert!(before > 0, "the sign-in is audited");
    for statement in [
        "UPDATE audit_events SET detail = 'rewritten'",
        "DELETE FROM audit_events",
    ] {
        let refused = app.db.execute_unprepared(statement).await;
        let error = refused.expect_err(statement).to_string();
        assert!(error.contains("append-only"), "{statement}: {error}");
    }
    if matches!(backend, Backend::Postgres) {
        let refused = app.db.execute_unprepared("TRUNCATE audit_events").await;
        assert!(refused.is_err(), "TRUNCATE is refused too");
    }
    assert_eq!(
        audit_event::Entity::find().count(&app.db).await.unwrap(),
        before
    );
    let rewritten = audit_event::Entity::find()
        .filter(audit_event::Column::Detail.eq("rewritten"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(rewritten, 0);
}

#[tokio::test]
async fn the_database_keeps_the_audit_log_append_only_on_sqlite() {
    audit_log_refuses_changes(Backend::Sqlite).await;
}

#[tokio::test]
async fn the_database_keeps_the_audit_log_append_only_on_postgres() {
    audit_log_refuses_changes(Backend::Postgres).await;
}
