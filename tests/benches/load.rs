//! Load: 50 editors saving sections and 200 readers opening report dashboards and searching
//! recommendations, all at once, on SQLite and on PostgreSQL, beside a bare axum "hello"
//! server loaded the same way in the same run (the ratio is the figure that matters). Every
//! run checks zero lost updates and zero 5xx. `cargo bench -p tests --bench load` prints the
//! figures the README quotes; under `cargo test` a short, small run makes the same checks.

#[path = "../common/bench_server.rs"]
mod bench_server;
#[path = "../common/postgres.rs"]
mod postgres;

use std::{
    collections::BTreeMap,
    sync::Arc,
    time::{Duration, Instant},
};

use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use server::Application;

/// How hard to push.
#[derive(Clone, Copy)]
struct Shape {
    editors: usize,
    readers: usize,
    run: Duration,
}

/// Latencies of one kind of request, and how many failed.
#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    server_errors: usize,
    other_refusals: usize,
}

impl Tally {
    fn record(&mut self, started: Instant, status: u16) {
        self.latencies.push(started.elapsed());
        match status {
            200..=299 => {}
            500.. => self.server_errors += 1,
            _ => self.other_refusals += 1,
        }
    }

    fn merge(&mut self, other: Tally) {
        self.latencies.extend(other.latencies);
        self.server_errors += other.server_errors;
        self.other_refusals += other.other_refusals;
    }

    fn percentile(&mut self, p: f64) -> Duration {
        self.latencies.sort_unstable();
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((self.latencies.len() as f64 - 1.0) * p).round() as usize;
        self.latencies[rank]
    }
}

/// A paragraph like a shadow report's, about 60 words.
const PARAGRAPH: &str = "Trial monitors observed that defence lawyers were often denied \
confidential meetings with their clients before the first hearing, and that judges rarely \
excluded statements the accused said had been obtained under duress. In 2025 the coalition \
recorded 212 such hearings in Almaty, Shymkent and Karaganda, of which fewer than one in ten \
led to an investigation.";

const SEARCHES: [&str; 6] = [
    "q=torture",
    "q=detention",
    "q=%22freedom+of+expression%22",
    "q=women",
    "mechanism=CAT",
    "q=discrimination+OR+asylum",
];

/// An editor: saves their own section over and over, each save based on the last one they
/// were told about. Returns their tally and the acknowledged (version, body) pairs.
async fn editor(
    client: reqwest::Client,
    address: Arc<str>,
    cookie: String,
    section: i32,
    until: Instant,
) -> (Tally, Vec<(i64, String)>) {
    let mut tally = Tally::default();
    let mut acknowledged = Vec::new();
    let mut base = 1i64;
    let mut n = 0;
    while Instant::now() < until {
        n += 1;
        let body = format!("Save {n} of section {section}.\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n");
        let started = Instant::now();
        let response = client
            .post(format!("{address}/api/save_section"))
            .header("origin", &*address)
            .header("cookie", &cookie)
            .form(&[
                ("id", section.to_string()),
                ("base_version", base.to_string()),
                ("body", body.clone()),
            ])
            .send()
            .await
            .expect("save reaches the server");
        let status = response.status().as_u16();
        let answer: serde_json::Value = response.json().await.unwrap_or_default();
        tally.record(started, status);
        if let Some(version) = answer["Saved"]["version"].as_i64() {
            acknowledged.push((version, body));
            base = version;
        }
    }
    (tally, acknowledged)
}

/// A reader: opens the report dashboard and searches recommendations, in turn.
async fn reader(
    client: reqwest::Client,
    address: Arc<str>,
    cookie: String,
    seed: usize,
    until: Instant,
) -> (Tally, Tally) {
    let (mut pages, mut searches) = (Tally::default(), Tally::default());
    let mut n = seed;
    while Instant::now() < until {
        n += 1;
        let started = Instant::now();
        if n.is_multiple_of(2) {
            let response = client
                .get(format!("{address}/reports/1"))
                .header("cookie", &cookie)
                .send()
                .await
                .expect("page reaches the server");
            let status = response.status().as_u16();
            let _ = response.bytes().await;
            pages.record(started, status);
        } else {
            let response = client
                .post(format!("{address}/api/list_recommendations"))
                .header("origin", &*address)
                .header("cookie", &cookie)
                .form(&[("query_string", SEARCHES[n % SEARCHES.len()])])
                .send()
                .await
                .expect("search reaches the server");
            let status = response.status().as_u16();
            let _ = response.bytes().await;
            searches.record(started, status);
        }
    }
    (pages, searches)
}

/// What one backend's run measured.
struct Outcome {
    saves: Tally,
    pages: Tally,
    searches: Tally,
    seconds: f64,
}

async fn add_sections(db: &DatabaseConnection, count: usize) -> Vec<i32> {
    use entities::report_section;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let now = chrono::Utc::now();
    let mut ids = Vec::new();
    for n in 0..count {
        let section = report_section::ActiveModel {
            report_id: Set(1),
            parent_id: Set(None),
            position: Set(1000 + n as i32),
            title: Set(format!("Load section {n}")),
            body: Set(String::new()),
            word_budget: Set(None),
            status: Set(entities::states::SectionStatus::Drafting),
            assigned_organisation_id: Set(None),
            lead_editor_id: Set(None),
            due_date: Set(None),
            coordination_notes: Set(String::new()),
            annex: Set(false),
            removed_at: Set(None),
            removed_by: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        }
        .insert(db)
        .await
        .expect("add a section");
        ids.push(section.id);
    }
    ids
}

async fn load_shadowdesk(database: &str, shape: Shape) -> Outcome {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("site");
    let settings = bench_server::settings(
        database,
        &site.display().to_string(),
        &[("SHADOWDESK_DB_MAX_CONNECTIONS", "20")],
    );
    let app = Application::build(settings).await.expect("server builds");
    let address: Arc<str> = format!("http://{}", app.address()).into();
    let db = app.db().clone();
    tokio::spawn(app.run_until_stopped());
    let sections = add_sections(&db, shape.editors).await;
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(shape.editors + shape.readers)
        .build()
        .expect("client");
    let mut editor_cookies = Vec::new();
    for _ in 0..shape.editors {
        editor_cookies
            .push(bench_server::sign_in(&client, &address, "coordinator@sbhr.example").await);
    }
    let mut reader_cookies = Vec::new();
    for _ in 0..shape.readers.div_ceil(20) {
        reader_cookies
            .push(bench_server::sign_in(&client, &address, "observer@equalaccess.example").await);
    }

    let started = Instant::now();
    let until = started + shape.run;
    let editors: Vec<_> = sections
        .iter()
        .zip(editor_cookies)
        .map(|(&section, cookie)| {
            tokio::spawn(editor(
                client.clone(),
                address.clone(),
                cookie,
                section,
                until,
            ))
        })
        .collect();
    let readers: Vec<_> = (0..shape.readers)
        .map(|n| {
            tokio::spawn(reader(
                client.clone(),
                address.clone(),
                reader_cookies[n % reader_cookies.len()].clone(),
                n,
                until,
            ))
        })
        .collect();

    let mut saves = Tally::default();
    let mut acknowledged = BTreeMap::new();
    for (handle, section) in editors.into_iter().zip(&sections) {
        let (tally, acked) = handle.await.expect("editor");
        saves.merge(tally);
        acknowledged.insert(*section, acked);
    }
    let (mut pages, mut searches) = (Tally::default(), Tally::default());
    for handle in readers {
        let (p, s) = handle.await.expect("reader");
        pages.merge(p);
        searches.merge(s);
    }
    let seconds = started.elapsed().as_secs_f64();
    assert_no_lost_updates(&db, &acknowledged).await;
    for (what, tally) in [
        ("saves", &saves),
        ("pages", &pages),
        ("searches", &searches),
    ] {
        assert_eq!(tally.server_errors, 0, "{what}: no 5xx on {database}");
        assert_eq!(
            tally.other_refusals, 0,
            "{what}: nothing refused on {database}"
        );
        assert!(!tally.latencies.is_empty(), "{what}: some were made");
    }
    Outcome {
        saves,
        pages,
        searches,
        seconds,
    }
}

/// Every acknowledged save is a revision with its text, and each section holds its last.
async fn assert_no_lost_updates(
    db: &DatabaseConnection,
    acknowledged: &BTreeMap<i32, Vec<(i64, String)>>,
) {
    let backend = db.get_database_backend();
    for (section, saves) in acknowledged {
        let revisions = db
            .query_all_raw(Statement::from_string(
                backend,
                format!(
                    "SELECT CAST(version AS BIGINT), body FROM section_revisions \
                     WHERE section_id = {section}"
                ),
            ))
            .await
            .expect("revisions");
        let stored: BTreeMap<i64, String> = revisions
            .iter()
            .map(|r| {
                (
                    r.try_get_by_index(0).expect("version"),
                    r.try_get_by_index(1).expect("body"),
                )
            })
            .collect();
        for (version, body) in saves {
            assert_eq!(
                stored.get(version),
                Some(body),
                "section {section} version {version} was acknowledged and must be there"
            );
        }
        if let Some((last_version, last_body)) = saves.last() {
            let current = db
                .query_one_raw(Statement::from_string(
                    backend,
                    format!(
                        "SELECT CAST(version AS BIGINT), body FROM report_sections WHERE id = {section}"
                    ),
                ))
                .await
                .expect("section")
                .expect("section exists");
            let version: i64 = current.try_get_by_index(0).expect("version");
            let body: String = current.try_get_by_index(1).expect("body");
            assert_eq!(
                (&version, &body),
                (last_version, last_body),
                "section {section}"
            );
        }
    }
}

/// The same number of clients, for as long, against a bare axum "hello".
async fn load_hello(shape: Shape) -> (Tally, f64) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address: Arc<str> = format!("http://{}", listener.local_addr().expect("address")).into();
    let router = axum::Router::new().route("/", axum::routing::get(|| async { "hello" }));
    tokio::spawn(async move { axum::serve(listener, router).await });
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(shape.editors + shape.readers)
        .build()
        .expect("client");
    let started = Instant::now();
    let until = started + shape.run;
    let clients: Vec<_> = (0..shape.editors + shape.readers)
        .map(|_| {
            let (client, address) = (client.clone(), address.clone());
            tokio::spawn(async move {
                let mut tally = Tally::default();
                while Instant::now() < until {
                    let started = Instant::now();
                    let response = client.get(&*address).send().await.expect("hello");
                    let status = response.status().as_u16();
                    let _ = response.bytes().await;
                    tally.record(started, status);
                }
                tally
            })
        })
        .collect();
    let mut tally = Tally::default();
    for handle in clients {
        tally.merge(handle.await.expect("client"));
    }
    (tally, started.elapsed().as_secs_f64())
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn report(name: &str, mut outcome: Outcome, hello_rate: f64) {
    let total = outcome.saves.latencies.len()
        + outcome.pages.latencies.len()
        + outcome.searches.latencies.len();
    let rate = total as f64 / outcome.seconds;
    println!(
        "{name}: {rate:.0} requests/s in all ({:.1}% of hello), 0 lost updates, 0 5xx",
        100.0 * rate / hello_rate
    );
    for (what, tally) in [
        ("section saves", &mut outcome.saves),
        ("report dashboards", &mut outcome.pages),
        ("recommendation searches", &mut outcome.searches),
    ] {
        let count = tally.latencies.len();
        println!(
            "  {what:<24} {:>7.0}/s  median {:>9}  p99 {:>9}",
            count as f64 / outcome.seconds,
            ms(tally.percentile(0.5)),
            ms(tally.percentile(0.99)),
        );
    }
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let shape = if benching {
        Shape {
            editors: 50,
            readers: 200,
            run: Duration::from_secs(20),
        }
    } else {
        Shape {
            editors: 4,
            readers: 8,
            run: Duration::from_secs(2),
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let (mut hello, hello_seconds) = load_hello(shape).await;
        let hello_rate = hello.latencies.len() as f64 / hello_seconds;
        assert_eq!(hello.server_errors, 0);
        println!(
            "{} editors and {} readers for {} s on {} cores",
            shape.editors,
            shape.readers,
            shape.run.as_secs(),
            std::thread::available_parallelism().map_or(1, |n| n.get())
        );
        println!(
            "bare axum hello: {hello_rate:.0} requests/s, median {}, p99 {}",
            ms(hello.percentile(0.5)),
            ms(hello.percentile(0.99))
        );

        let dir = tempfile::tempdir().expect("temp dir");
        let sqlite = format!("sqlite://{}", dir.path().join("load.db").display());
        let outcome = load_shadowdesk(&sqlite, shape).await;
        report("SQLite", outcome, hello_rate);

        let pg = postgres::PostgresDatabase::create().await;
        let outcome = load_shadowdesk(&pg.url, shape).await;
        report("PostgreSQL", outcome, hello_rate);
    });
}
