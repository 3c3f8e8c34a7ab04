//! Faults: a server killed with SIGKILL in the middle of saves and imports loses no
//! acknowledged write and leaves nothing half-written; PostgreSQL going away or turning
//! read-only under a running server gives clear 503s and recovers on its own; a full disk
//! and a read-only SQLite file give clear errors, not corruption.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::Command,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use serde_json::Value;

use crate::{
    helpers::{
        Backend, DEMO_PASSWORD, PostgresDatabase, TestApp, make_site, session_cookie, spawn_app_on,
        spawn_on,
    },
    process::ServerProcess,
};

async fn scalar(db: &DatabaseConnection, sql: &str) -> i64 {
    db.query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index(0)
        .unwrap()
}

async fn rows(db: &DatabaseConnection, sql: &str) -> Vec<sea_orm::QueryResult> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
}

/// POSTs a form to `address` from a page of the site.
async fn post(
    client: &reqwest::Client,
    address: &str,
    path: &str,
    form: &[(&str, String)],
    cookie: &str,
) -> reqwest::Result<reqwest::Response> {
    client
        .post(format!("{address}{path}"))
        .header("origin", address)
        .header("cookie", cookie)
        .form(form)
        .timeout(Duration::from_secs(20))
        .send()
        .await
}

async fn sign_in(client: &reqwest::Client, address: &str, email: &str) -> String {
    let response = client
        .post(format!("{address}/api/sign_in"))
        .header("origin", address)
        .form(&[("email", email), ("password", DEMO_PASSWORD)])
        .send()
        .await
        .unwrap();
    session_cookie(&response).unwrap_or_else(|| panic!("{email} signs in"))
}

/// A UPR Info CSV of `rows` recommendations, each naming its batch and row.
fn batch_csv(batch: usize, rows: usize) -> Vec<u8> {
    let mut csv = String::from(
        "State under Review,Recommending State,Recommendation,Response,Issues,Session,Cycle,Action Category\n",
    );
    for row in 0..rows {
        csv.push_str(&format!(
            "Kazakhstan,Norway,\"Fault batch {batch} row {row}: ensure detention monitoring\",Supported,Detention,34,3,4\n"
        ));
    }
    csv.into_bytes()
}

const BATCH_ROWS: usize = 5;
const MAX_BATCHES: usize = 15;

/// What the server acknowledged before it died.
#[derive(Default)]
struct Acknowledged {
    /// (section, version) → body.
    saves: BTreeMap<(i64, i64), String>,
    batches: Vec<usize>,
    batches_tried: usize,
}

/// Saves sections and imports recommendation batches as fast as the server answers, until it
/// stops answering; records every acknowledged write.
async fn write_until_gone(
    address: String,
    cookie: String,
    sections: Vec<(i64, i64)>,
) -> Acknowledged {
    let client = reqwest::Client::new();
    let acknowledged = Arc::new(Mutex::new(Acknowledged::default()));
    let mut writers = Vec::new();
    for (section, version) in sections {
        let (client, address, cookie, acknowledged) = (
            client.clone(),
            address.clone(),
            cookie.clone(),
            acknowledged.clone(),
        );
        writers.push(tokio::spawn(async move {
            let mut base = version;
            for n in 0.. {
                let body = format!("Section {section}, save {n}: the monitors visited {n} places.");
                let form = [
                    ("id", section.to_string()),
                    ("base_version", base.to_string()),
                    ("body", body.clone()),
                ];
                let Ok(response) =
                    post(&client, &address, "/api/save_section", &form, &cookie).await
                else {
                    break;
                };
                let Ok(outcome) = response.json::<Value>().await else {
                    break;
                };
                let version = outcome["Saved"]["version"]
                    .as_i64()
                    .unwrap_or_else(|| panic!("a plain save: {outcome}"));
                acknowledged
                    .lock()
                    .unwrap()
                    .saves
                    .insert((section, version), body);
                base = version;
            }
        }));
    }
    {
        let (client, address, cookie, acknowledged) = (
            client.clone(),
            address.clone(),
            cookie.clone(),
            acknowledged.clone(),
        );
        writers.push(tokio::spawn(async move {
            for batch in 0..MAX_BATCHES {
                acknowledged.lock().unwrap().batches_tried = batch + 1;
                let form = reqwest::multipart::Form::new()
                    .text("coalition_id", "1")
                    .text("format", "upr-info-csv")
                    .text("apply", "true")
                    .part(
                        "file",
                        reqwest::multipart::Part::bytes(batch_csv(batch, BATCH_ROWS))
                            .file_name("batch.csv"),
                    );
                let sent = client
                    .post(format!("{address}/api/import_recommendations"))
                    .header("origin", &address)
                    .header("cookie", &cookie)
                    .multipart(form)
                    .timeout(Duration::from_secs(20))
                    .send()
                    .await;
                let Ok(response) = sent else { break };
                if response.status() != 200 {
                    eprintln!(
                        "DEBUG import {} {:?}",
                        response.status(),
                        response.text().await
                    );
                    break;
                }
                let Ok(summary) = response.json::<Value>().await else {
                    break;
                };
                assert_eq!(summary["created"], BATCH_ROWS as u64, "{summary}");
                acknowledged.lock().unwrap().batches.push(batch);
            }
        }));
    }
    for writer in writers {
        writer.await.expect("writer task");
    }
    Arc::try_unwrap(acknowledged)
        .ok()
        .expect("writers finished")
        .into_inner()
        .unwrap()
}

async fn sigkill_mid_stream(database_url: &str) {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::start(
        dir.path(),
        database_url,
        &[("SHADOWDESK_DEMO_DATA", "true")],
        None,
    );
    let db = Database::connect(database_url).await.unwrap();
    let sections: Vec<(i64, i64)> = rows(
        &db,
        "SELECT id, version FROM report_sections WHERE report_id = 1 AND status <> 'approved' \
         AND removed_at IS NULL ORDER BY id LIMIT 3",
    )
    .await
    .iter()
    .map(|r| {
        (
            r.try_get_by_index::<i32>(0).unwrap().into(),
            r.try_get_by_index::<i32>(1).unwrap().into(),
        )
    })
    .collect();
    assert_eq!(sections.len(), 3);
    let cookie = sign_in(
        &reqwest::Client::new(),
        &server.address,
        "coordinator@sbhr.example",
    )
    .await;

    let writing = tokio::spawn(write_until_gone(
        server.address.clone(),
        cookie,
        sections.clone(),
    ));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill();
    let acknowledged = writing.await.unwrap();
    assert!(
        acknowledged.saves.len() >= 3 && !acknowledged.batches.is_empty(),
        "the stream was under way: {} saves, {} imports",
        acknowledged.saves.len(),
        acknowledged.batches.len()
    );
    db.close().await.unwrap();

    // Restarted on the same database.
    let server = ServerProcess::start(dir.path(), database_url, &[], None);
    let ready = reqwest::get(format!("{}/readyz", server.address))
        .await
        .unwrap();
    assert_eq!(ready.status(), 200);
    let db = Database::connect(database_url).await.unwrap();
    for ((section, version), body) in &acknowledged.saves {
        let stored = rows(
            &db,
            &format!(
                "SELECT body FROM section_revisions WHERE section_id = {section} AND version = {version}"
            ),
        )
        .await;
        assert_eq!(stored.len(), 1, "revision {version} of section {section}");
        assert_eq!(&stored[0].try_get_by_index::<String>(0).unwrap(), body);
    }
    // Each section's text is its newest revision's: no save half-applied.
    for (section, _) in &sections {
        let row = rows(
            &db,
            &format!(
                "SELECT s.version, s.body, r.body FROM report_sections s JOIN section_revisions r \
                 ON r.section_id = s.id AND r.version = s.version WHERE s.id = {section}"
            ),
        )
        .await;
        assert_eq!(row.len(), 1, "section {section} has its current revision");
        let newest = scalar(
            &db,
            &format!(
                "SELECT CAST(MAX(version) AS BIGINT) FROM section_revisions WHERE section_id = {section}"
            ),
        )
        .await;
        assert_eq!(
            i64::from(row[0].try_get_by_index::<i32>(0).unwrap()),
            newest
        );
        assert_eq!(
            row[0].try_get_by_index::<String>(1).unwrap(),
            row[0].try_get_by_index::<String>(2).unwrap()
        );
    }
    // Every import is all there or not there at all; acknowledged ones are all there.
    for batch in 0..acknowledged.batches_tried {
        let stored = scalar(
            &db,
            &format!(
                "SELECT COUNT(*) FROM recommendations WHERE text LIKE 'Fault batch {batch} row %'"
            ),
        )
        .await;
        if acknowledged.batches.contains(&batch) {
            assert_eq!(stored, BATCH_ROWS as i64, "acknowledged batch {batch}");
        } else {
            assert!(
                stored == 0 || stored == BATCH_ROWS as i64,
                "batch {batch} half-written: {stored} rows"
            );
        }
    }
    if database_url.starts_with("sqlite") {
        let check = rows(&db, "PRAGMA integrity_check").await;
        assert_eq!(check[0].try_get_by_index::<String>(0).unwrap(), "ok");
    }
    db.close().await.unwrap();
}

#[tokio::test]
async fn sigkill_mid_stream_loses_no_acknowledged_write_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/shadowdesk.db", dir.path().display());
    sigkill_mid_stream(&url).await;
}

#[tokio::test]
async fn sigkill_mid_stream_loses_no_acknowledged_write_on_postgres() {
    let pg = PostgresDatabase::create().await;
    sigkill_mid_stream(&pg.url).await;
}

/// A loopback TCP proxy in front of PostgreSQL that can go away as a restarting server does:
/// every open connection is cut and new ones are refused until it comes back.
struct Outage {
    port: u16,
    up: Arc<AtomicBool>,
    cut: Arc<tokio::sync::Notify>,
}

impl Outage {
    async fn start(upstream: &str) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let cut = Arc::new(tokio::sync::Notify::new());
        let upstream = upstream.to_string();
        let (up_flag, cut_signal) = (up.clone(), cut.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else {
                    return;
                };
                if !up_flag.load(Ordering::SeqCst) {
                    drop(inbound);
                    continue;
                }
                let (upstream, cut) = (upstream.clone(), cut_signal.clone());
                tokio::spawn(async move {
                    let Ok(mut outbound) = tokio::net::TcpStream::connect(&upstream).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                        _ = cut.notified() => {}
                    }
                });
            }
        });
        Outage { port, up, cut }
    }

    fn go_down(&self) {
        self.up.store(false, Ordering::SeqCst);
        self.cut.notify_waiters();
    }

    fn come_back(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

/// `postgres://user@127.0.0.1:5432/name` → (`127.0.0.1:5432`, the URL through `port`).
fn through_port(url: &str, port: u16) -> (String, String) {
    let parsed = url::Url::parse(url).unwrap();
    let upstream = format!(
        "{}:{}",
        parsed.host_str().unwrap(),
        parsed.port().unwrap_or(5432)
    );
    let mut proxied = parsed.clone();
    proxied.set_host(Some("127.0.0.1")).unwrap();
    proxied.set_port(Some(port)).unwrap();
    (upstream, proxied.to_string())
}

async fn read_section(app: &TestApp, cookie: &str) -> reqwest::Response {
    app.post_form("/api/section", &[("id", "3")], &[("cookie", cookie)])
        .await
}

#[tokio::test]
async fn postgres_going_away_fails_cleanly_and_recovers_on_its_own() {
    // Migrated and seeded by a first server, then served by a second through the proxy.
    let seeded = spawn_app_on(Backend::Postgres).await;
    let (upstream, _) = through_port(&seeded.database_url, 1);
    let outage = Outage::start(&upstream).await;
    let (_, proxied) = through_port(&seeded.database_url, outage.port);
    let app = spawn_on(&proxied).await;
    let cookie = app.sign_in("coordinator@sbhr.example").await;
    assert_eq!(read_section(&app, &cookie).await.status(), 200);

    outage.go_down();
    let started = Instant::now();
    let response = read_section(&app, &cookie).await;
    assert_eq!(response.status(), 503);
    let answer: Value = response.json().await.unwrap();
    assert!(
        answer.to_string().contains("cannot be reached just now"),
        "{answer}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "fails in good time"
    );
    let probe = app.get("/readyz", &[]).await;
    assert_eq!(probe.status(), 503, "the readiness probe says so too");

    outage.come_back();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let status = read_section(&app, &cookie).await.status();
        if status == 200 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "recovered on its own (last {status})"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(app.get("/readyz", &[]).await.status(), 200);
}

async fn admin_sql(sql: &str) {
    let admin = Database::connect(crate::helpers::postgres_admin_url())
        .await
        .unwrap();
    admin
        .execute_raw(Statement::from_string(admin.get_database_backend(), sql))
        .await
        .unwrap();
    admin.close().await.unwrap();
}

/// Sets whether database `name` is read-only, and ends its sessions so the pool reconnects
/// under the new setting (as after a failover to a standby).
async fn set_read_only(name: &str, read_only: bool) {
    let setting = if read_only { "on" } else { "off" };
    admin_sql(&format!(
        "ALTER DATABASE {name} SET default_transaction_read_only = {setting}"
    ))
    .await;
    admin_sql(&format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' \
         AND pid <> pg_backend_pid()"
    ))
    .await;
}

/// A demonstration section being drafted, and its version.
async fn drafting_section(db: &DatabaseConnection) -> (i64, i64) {
    let section = scalar(
        db,
        "SELECT CAST(MIN(id) AS BIGINT) FROM report_sections WHERE status = 'drafting' AND removed_at IS NULL",
    )
    .await;
    let version = scalar(
        db,
        &format!("SELECT CAST(version AS BIGINT) FROM report_sections WHERE id = {section}"),
    )
    .await;
    (section, version)
}

async fn save(
    app: &TestApp,
    cookie: &str,
    section: i64,
    base: i64,
    body: &str,
) -> reqwest::Response {
    app.post_form(
        "/api/save_section",
        &[
            ("id", &section.to_string()),
            ("base_version", &base.to_string()),
            ("body", body),
        ],
        &[("cookie", cookie)],
    )
    .await
}

/// Retries `attempt` for up to 20 s until its answer (status and text) satisfies `wanted`;
/// returns the last answer.
async fn eventually<F, Fut>(wanted: impl Fn(u16, &str) -> bool, mut attempt: F) -> (u16, String)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = reqwest::Response>,
{
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let response = attempt().await;
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        if wanted(status, &text) || Instant::now() > deadline {
            return (status, text);
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

#[tokio::test]
async fn a_read_only_postgres_refuses_changes_clearly_and_still_serves_reading() {
    let app = spawn_app_on(Backend::Postgres).await;
    let name = app.database_url.rsplit('/').next().unwrap().to_string();
    let cookie = app.sign_in("coordinator@sbhr.example").await;
    let (section, version) = drafting_section(&app.db).await;

    set_read_only(&name, true).await;
    let (status, answer) = eventually(
        |status, text| status == 503 && text.contains("read-only"),
        || save(&app, &cookie, section, version, "Read-only test."),
    )
    .await;
    assert_eq!(status, 503, "{answer}");
    assert!(answer.contains("read-only"), "{answer}");
    let read = read_section(&app, &cookie).await;
    assert_eq!(read.status(), 200, "reading goes on");

    set_read_only(&name, false).await;
    let (status, saved) = eventually(
        |status, _| status == 200,
        || save(&app, &cookie, section, version, "Writable again."),
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    let outcome: Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(
        outcome["Saved"]["version"].as_i64(),
        Some(version + 1),
        "the refused save left no trace: {outcome}"
    );
}

/// A small file system of our own (tmpfs, which needs root), unmounted when dropped.
struct SmallDisk {
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(megabytes: u32) -> Option<Self> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("disk");
        std::fs::create_dir(&path).unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(&path)
            .status()
            .ok()?
            .success();
        mounted.then_some(SmallDisk { path, _dir: dir })
    }

    /// Fills what is left of the disk; returns the filler file.
    fn fill(&self) -> PathBuf {
        use std::io::Write;
        let filler = self.path.join("filler");
        let mut file = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 64 * 1024];
        while file.write_all(&block).is_ok() {}
        let _ = file.sync_all();
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

fn running_as_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// Creates the SQLite file at `url` with the demonstration data, and closes it.
async fn seed_file(url: &str) {
    let db = Database::connect(format!("{url}?mode=rwc")).await.unwrap();
    use migrations::MigratorTrait;
    migrations::Migrator::up(&db, None).await.unwrap();
    server::demo::seed(&db).await.unwrap();
    db.close().await.unwrap();
}

/// A server whose SQLite file is on `disk`, with the demonstration data.
async fn app_on_disk(disk: &Path) -> TestApp {
    let url = format!("sqlite://{}/shadowdesk.db", disk.display());
    seed_file(&url).await;
    spawn_on(&url).await
}

#[tokio::test]
async fn a_full_disk_refuses_saves_clearly_and_corrupts_nothing() {
    assert!(
        running_as_root(),
        "this test mounts a small file system and needs root (CI runs as root)"
    );
    let disk = SmallDisk::mount(16).expect("mount a 16 MB tmpfs");
    let app = app_on_disk(&disk.path).await;
    let cookie = app.sign_in("coordinator@sbhr.example").await;
    let (section, version) = drafting_section(&app.db).await;
    let before = read_body(&app, &cookie, section).await;

    let filler = disk.fill();
    let long = "The monitors found the cells overcrowded and unheated. ".repeat(2000);
    let refused = save(&app, &cookie, section, version, &long).await;
    assert_eq!(refused.status(), 503);
    let answer: Value = refused.json().await.unwrap();
    assert!(answer.to_string().contains("disk is full"), "{answer}");
    assert_eq!(
        read_body(&app, &cookie, section).await,
        before,
        "nothing changed"
    );

    std::fs::remove_file(filler).unwrap();
    let (status, saved) = eventually(
        |status, _| status == 200,
        || save(&app, &cookie, section, version, &long),
    )
    .await;
    assert_eq!(
        status, 200,
        "room again, the same save goes through: {saved}"
    );
    let check = rows(&app.db, "PRAGMA integrity_check").await;
    assert_eq!(check[0].try_get_by_index::<String>(0).unwrap(), "ok");
}

async fn read_body(app: &TestApp, cookie: &str, section: i64) -> String {
    let response = app
        .post_form(
            "/api/section",
            &[("id", &section.to_string())],
            &[("cookie", cookie)],
        )
        .await;
    assert_eq!(response.status(), 200);
    let value: Value = response.json().await.unwrap();
    value["body"].as_str().unwrap_or_default().to_string()
}

#[tokio::test]
async fn a_read_only_sqlite_file_stops_the_server_with_a_clear_error_and_is_left_alone() {
    assert!(
        running_as_root(),
        "this test mounts a read-only file system and needs root (CI runs as root)"
    );
    let dir = tempfile::tempdir().unwrap();
    let writable = dir.path().join("data");
    std::fs::create_dir(&writable).unwrap();
    let file = writable.join("shadowdesk.db");
    seed_file(&format!("sqlite://{}", file.display())).await;
    let before = std::fs::read(&file).unwrap();
    let read_only = dir.path().join("read-only");
    std::fs::create_dir(&read_only).unwrap();
    let bind = |args: &[&str]| Command::new("mount").args(args).status().unwrap().success();
    assert!(bind(&[
        "--bind",
        writable.to_str().unwrap(),
        read_only.to_str().unwrap()
    ]));
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(read_only.clone());
    assert!(bind(&[
        "-o",
        "remount,bind,ro",
        read_only.to_str().unwrap()
    ]));

    let site_dir = tempfile::tempdir().unwrap();
    let output = Command::new(crate::paths::server_binary())
        .arg("serve")
        .env_clear()
        .env(
            "SHADOWDESK_DATABASE_URL",
            format!("sqlite://{}/shadowdesk.db", read_only.display()),
        )
        .env("SHADOWDESK_SITE_ROOT", make_site(site_dir.path()))
        .env("SHADOWDESK_BIND", "127.0.0.1:0")
        .env("SHADOWDESK_LOG", "warn")
        .output()
        .unwrap();
    assert!(!output.status.success(), "it does not serve");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("is read-only"), "{said}");
    assert!(said.contains("shadowdesk.db"), "{said}");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the file is left alone"
    );
}
