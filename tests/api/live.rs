//! Presence over server-sent events: who is in a section, seen the same by every app server
//! sharing the database.

use std::time::Duration;

use crate::helpers::{Backend, TestApp, create_outsider, spawn_app_on, spawn_peer};

/// Opens `/live/sections/{id}` on `address` as `cookie`.
pub(crate) async fn open(
    client: &reqwest::Client,
    address: &str,
    id: i32,
    cookie: &str,
) -> reqwest::Response {
    client
        .get(format!("{address}/live/sections/{id}"))
        .header("cookie", cookie)
        .send()
        .await
        .expect("stream opens")
}

/// The next `presence` event's data on `stream`, within 30 seconds.
pub(crate) async fn next_event(
    stream: &mut reqwest::Response,
    buffer: &mut String,
) -> serde_json::Value {
    tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            if let Some(end) = buffer.find("\n\n") {
                let event: String = buffer.drain(..end + 2).collect();
                if let Some(data) = event.lines().find_map(|l| l.strip_prefix("data:")) {
                    return serde_json::from_str(data.trim()).expect("JSON event");
                }
                continue;
            }
            let chunk = stream
                .chunk()
                .await
                .expect("stream readable")
                .expect("stream open");
            buffer.push_str(&String::from_utf8_lossy(&chunk));
        }
    })
    .await
    .expect("an event within 30 s")
}

fn names(event: &serde_json::Value) -> Vec<String> {
    event["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

async fn waits_for(
    stream: &mut reqwest::Response,
    buffer: &mut String,
    expected: &[&str],
) -> serde_json::Value {
    loop {
        let event = next_event(stream, buffer).await;
        if names(&event) == expected {
            return event;
        }
    }
}

async fn presence_across_servers(app: &TestApp) {
    let (peer, _peer_dir) = spawn_peer(app).await;
    let editor = app.sign_in("editor@lift.example").await;
    let reviewer = app.sign_in("reviewer@freeword.example").await;
    let client = reqwest::Client::new();

    let mut first = open(&client, &app.address, 1, &editor).await;
    assert_eq!(first.status(), 200);
    assert!(
        first.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream"),
        "server-sent events"
    );
    let mut first_buffer = String::new();
    let event = waits_for(&mut first, &mut first_buffer, &["Daniyar Omarov"]).await;
    assert_eq!(event["version"], 1);

    // The reviewer opens the same section through the other server.
    let mut second = open(&client, &peer, 1, &reviewer).await;
    assert_eq!(second.status(), 200);
    let mut second_buffer = String::new();
    waits_for(
        &mut second,
        &mut second_buffer,
        &["Daniyar Omarov", "Olga Petrenko"],
    )
    .await;
    waits_for(
        &mut first,
        &mut first_buffer,
        &["Daniyar Omarov", "Olga Petrenko"],
    )
    .await;

    // She leaves: the first stream sees her go.
    drop(second);
    waits_for(&mut first, &mut first_buffer, &["Daniyar Omarov"]).await;
}

#[tokio::test]
async fn presence_is_shared_by_servers_on_one_sqlite_file() {
    let app = spawn_app_on(Backend::Sqlite).await;
    presence_across_servers(&app).await;
}

#[tokio::test]
async fn presence_is_shared_by_servers_on_one_postgres_database() {
    let app = spawn_app_on(Backend::Postgres).await;
    presence_across_servers(&app).await;
}

#[tokio::test]
async fn only_readers_of_the_section_may_listen() {
    let app = spawn_app_on(Backend::Sqlite).await;
    let client = reqwest::Client::new();
    let anonymous = client
        .get(format!("{}/live/sections/1", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    let outsider = app.sign_in(create_outsider(&app).await).await;
    assert_eq!(
        open(&client, &app.address, 1, &outsider).await.status(),
        403
    );
    let editor = app.sign_in("editor@lift.example").await;
    assert_eq!(
        open(&client, &app.address, 99999, &editor).await.status(),
        403
    );
}
