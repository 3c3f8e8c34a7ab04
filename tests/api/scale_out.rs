//! Scale-out: two app servers on one database, with the client alternating between them as a
//! round-robin proxy would send it. A session opened on one works on the other and ends on
//! both; saves through either follow one version history; a save through one is announced
//! live on the other's stream.

use sea_orm::{ConnectionTrait, Statement};
use serde_json::Value;

use crate::{
    helpers::{Backend, DEMO_PASSWORD, TestApp, session_cookie, spawn_app_on, spawn_peer},
    live::{next_event, open},
};

async fn post(
    address: &str,
    path: &str,
    form: &[(&str, String)],
    cookie: &str,
) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{address}{path}"))
        .header("origin", address)
        .header("cookie", cookie)
        .form(form)
        .send()
        .await
        .expect("request reaches the server")
}

/// A section being drafted, by the database's own numbering.
async fn drafting_section(app: &TestApp) -> (i32, i64) {
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT id, version FROM report_sections WHERE status = 'drafting' \
             AND removed_at IS NULL ORDER BY id LIMIT 1",
        ))
        .await
        .unwrap()
        .unwrap();
    (
        row.try_get_by_index(0).unwrap(),
        row.try_get_by_index::<i32>(1).unwrap().into(),
    )
}

async fn two_servers_serve_as_one(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let (peer, _peer_dir) = spawn_peer(&app).await;
    let servers = [app.address.clone(), peer.clone()];

    // Signed in through the first, working through both.
    let signed_in = reqwest::Client::new()
        .post(format!("{}/api/sign_in", servers[0]))
        .header("origin", &servers[0])
        .form(&[
            ("email", "coordinator@sbhr.example"),
            ("password", DEMO_PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let cookie = session_cookie(&signed_in).expect("signed in");
    let (section, mut version) = drafting_section(&app).await;

    // The editor watches the section through the first server.
    let editor = app.sign_in("editor@lift.example").await;
    let client = reqwest::Client::new();
    let mut stream = open(&client, &servers[0], section, &editor).await;
    assert_eq!(stream.status(), 200);
    let mut buffer = String::new();
    let first = next_event(&mut stream, &mut buffer).await;
    assert_eq!(first["version"].as_i64(), Some(version));

    // Saves alternate between the servers and make one history.
    for n in 0..6 {
        let server = &servers[n % 2];
        let body = format!("Round {n}: the monitors visited {n} places.");
        let saved = post(
            server,
            "/api/save_section",
            &[
                ("id", section.to_string()),
                ("base_version", version.to_string()),
                ("body", body.clone()),
            ],
            &cookie,
        )
        .await;
        assert_eq!(saved.status(), 200, "save {n} through {server}");
        let outcome: Value = saved.json().await.unwrap();
        version = outcome["Saved"]["version"].as_i64().expect("a plain save");
        let other = &servers[(n + 1) % 2];
        let read: Value = post(
            other,
            "/api/section",
            &[("id", section.to_string())],
            &cookie,
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(read["version"].as_i64(), Some(version), "{other} sees it");
        assert_eq!(read["body"].as_str(), Some(body.as_str()));
    }

    // The first server's stream heard of the saves made through the second.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let event = next_event(&mut stream, &mut buffer).await;
        if event["version"].as_i64() == Some(version) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the newest version announced"
        );
    }

    // Signed out through the second: the session is gone on both.
    let out = post(&servers[1], "/api/sign_out", &[], &cookie).await;
    assert!(out.status().is_success() || out.status().is_redirection());
    for server in &servers {
        let read = post(
            server,
            "/api/section",
            &[("id", section.to_string())],
            &cookie,
        )
        .await;
        assert_eq!(read.status(), 401, "signed out on {server}");
    }
}

#[tokio::test]
async fn two_servers_on_one_postgres_database_serve_as_one() {
    two_servers_serve_as_one(Backend::Postgres).await;
}

#[tokio::test]
async fn two_servers_on_one_sqlite_file_serve_as_one() {
    two_servers_serve_as_one(Backend::Sqlite).await;
}
