//! Benchmarks for the recommendation tracker on a data set the size of the Universal Human
//! Rights Index (250,000 recommendations; `SHADOWDESK_BENCH_RECOMMENDATIONS` changes it):
//! importing its export — time and peak memory, in a child process of its own, on SQLite and
//! on PostgreSQL — then, over HTTP on the SQLite copy, building the search index, a search with
//! facets and the dashboard. Run with `cargo bench -p tests --bench tracker`; the README
//! quotes the figures.

#[path = "../common/bench_server.rs"]
mod bench_server;
#[path = "../common/peak_memory.rs"]
mod peak_memory;
// The search crate's benchmark uses the generator's texts; this one its files.
#[allow(dead_code)]
#[path = "../common/uhri_generator.rs"]
mod uhri_generator;

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::{Duration, Instant},
};

use criterion::Criterion;
use sea_orm::{ConnectionTrait, Database, Statement};
use server::Application;

const CHILD: &str = "SHADOWDESK_BENCH_IMPORT_CHILD";

/// In the child: imports the file into the database, then prints the time and peak memory.
fn import_child(database: &str, file: &Path) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let settings = bench_server::settings(database, "unused", &[]);
        let db = server::database::connect(&settings.database_url, 2)
            .await
            .expect("connect");
        let started = Instant::now();
        let summary = server::recommendation_import::import_file(
            &db,
            1,
            file,
            "uhri-json",
            "coordinator@sbhr.example",
            false,
        )
        .await
        .expect("import");
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "created={} refused={} seconds={seconds:.1} peak_mib={:.0}",
            summary.created,
            summary.refused,
            peak_memory::peak_kib() as f64 / 1024.0
        );
    });
}

/// Imports `file` into `database` in a child process; answers what it printed.
fn import_in_child(database: &str, file: &Path) -> String {
    let output = Command::new(std::env::current_exe().expect("bench binary"))
        .env(CHILD, "1")
        .env("SHADOWDESK_BENCH_DATABASE", database)
        .env("SHADOWDESK_BENCH_FILE", file)
        .output()
        .expect("run the import child");
    assert!(
        output.status.success(),
        "import child failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// A fresh PostgreSQL database on the test server, if it answers.
fn postgres_database(runtime: &tokio::runtime::Runtime) -> Option<String> {
    let admin = std::env::var("SHADOWDESK_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string());
    let name = format!("shadowdesk_bench_{}", std::process::id());
    runtime.block_on(async {
        let db = Database::connect(&admin).await.ok()?;
        db.execute_raw(Statement::from_string(
            db.get_database_backend(),
            format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        ))
        .await
        .ok()?;
        db.execute_raw(Statement::from_string(
            db.get_database_backend(),
            format!("CREATE DATABASE {name}"),
        ))
        .await
        .ok()?;
        let base = admin.rsplit_once('/').map(|(b, _)| b.to_string())?;
        Some(format!("{base}/{name}"))
    })
}

/// Starts a server on `database` (migrated, with the demonstration coalition); its address.
fn start(runtime: &tokio::runtime::Runtime, database: &str, site: &str) -> String {
    runtime.block_on(async {
        let app = Application::build(bench_server::settings(database, site, &[]))
            .await
            .expect("server builds");
        let address = format!("http://{}", app.address());
        tokio::spawn(app.run_until_stopped());
        address
    })
}

async fn call(
    client: &reqwest::Client,
    address: &str,
    cookie: &str,
    path: &str,
    query: &str,
) -> serde_json::Value {
    client
        .post(format!("{address}{path}"))
        .header("origin", address)
        .header("cookie", cookie)
        .form(&[("query_string", query)])
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json")
}

fn main() {
    if std::env::var_os(CHILD).is_some() {
        let database = std::env::var("SHADOWDESK_BENCH_DATABASE").expect("database");
        let file = PathBuf::from(std::env::var("SHADOWDESK_BENCH_FILE").expect("file"));
        import_child(&database, &file);
        return;
    }
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this once, as a test, on a
    // small data set.
    let benching = std::env::args().any(|a| a == "--bench");
    let count: usize = std::env::var("SHADOWDESK_BENCH_RECOMMENDATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(if benching { 250_000 } else { 2_000 });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("site");
    let site = site.display().to_string();
    let file = dir.path().join("uhri-export.json");
    let started = Instant::now();
    uhri_generator::write_export(
        count,
        std::io::BufWriter::new(std::fs::File::create(&file).expect("export file")),
    )
    .expect("write the export");
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    println!(
        "tracker: generated {count} recommendations ({:.0} MiB) in {:.1} s",
        size as f64 / 1048576.0,
        started.elapsed().as_secs_f64()
    );

    // The import, on SQLite and then PostgreSQL, each into a fresh database.
    let sqlite = format!("sqlite://{}", dir.path().join("tracker.db").display());
    let address = start(&runtime, &sqlite, &site);
    println!(
        "tracker: import on SQLite: {}",
        import_in_child(&sqlite, &file)
    );
    if let Some(postgres) = postgres_database(&runtime) {
        runtime.block_on(async {
            let app = Application::build(bench_server::settings(&postgres, &site, &[]))
                .await
                .expect("migrate");
            app.db().clone().close().await.ok();
        });
        println!(
            "tracker: import on PostgreSQL: {}",
            import_in_child(&postgres, &file)
        );
    }

    // Search and dashboard over HTTP on the SQLite copy.
    let client = reqwest::Client::new();
    let cookie = runtime.block_on(bench_server::sign_in(
        &client,
        &address,
        "coordinator@sbhr.example",
    ));
    let started = Instant::now();
    let all = runtime.block_on(call(
        &client,
        &address,
        &cookie,
        "/api/list_recommendations",
        "",
    ));
    println!(
        "tracker: first search (builds the index of {} recommendations) in {:.1} s",
        all["total"],
        started.elapsed().as_secs_f64()
    );
    let queries = [
        "q=torture+detention&mechanism=CAT",
        "q=%22peaceful+assembly%22&position=supported",
        "q=tortur*+OR+disappear*&mechanism=UPR&mechanism=CCPR",
        "q=%D0%BF%D1%8B%D1%82%D0%BA%D0%B8",
        "q=education+-disabilities&level=unassessed",
    ];
    let mut criterion = Criterion::default()
        .sample_size(30)
        .measurement_time(Duration::from_secs(10))
        .configure_from_args();
    let mut group = criterion.benchmark_group("tracker");
    let mut next = 0;
    group.bench_function("search_with_facets", |b| {
        b.iter(|| {
            let query = queries[next % queries.len()];
            next += 1;
            let list = runtime.block_on(call(
                &client,
                &address,
                &cookie,
                "/api/list_recommendations",
                query,
            ));
            assert!(list["total"].is_u64(), "{query}: {list}");
        })
    });
    group.bench_function("dashboard", |b| {
        b.iter(|| {
            let dashboard = runtime.block_on(call(
                &client,
                &address,
                &cookie,
                "/api/recommendation_dashboard",
                "",
            ));
            assert!(dashboard["total"].as_u64().unwrap_or(0) >= count as u64);
        })
    });
    group.bench_function("dashboard_filtered", |b| {
        b.iter(|| {
            let dashboard = runtime.block_on(call(
                &client,
                &address,
                &cookie,
                "/api/recommendation_dashboard",
                "mechanism=UPR&q=ensure",
            ));
            assert!(dashboard["total"].is_u64());
        })
    });
    group.finish();
    criterion.final_summary();
}
