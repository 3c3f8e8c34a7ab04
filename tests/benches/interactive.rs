//! Time to interactive of the report page (`/reports/1`, signed in as a partner; and once the
//! sign-in page, before signing in) in headless
//! Chromium: from the start of navigation until the wasm bundle has hydrated the page, read from
//! the page's own Performance API (the `shadowdesk:hydrated` mark that `hydrate()` records), next
//! to when the first bytes arrived and when the server-rendered page was first painted.
//!
//! `cargo bench -p tests --bench interactive` measures the release bundle (`scripts/release
//! --frontend-only` first, which splits and precompresses it; the benchmark with
//! `scripts/env.sh` sourced, whose `--cfg erase_components` the server needs to render the
//! markup the bundle hydrates) served by the server in this process, built with the
//! `bench` profile, on loopback and on a slow mobile link with a slower CPU, first and return
//! visits. Under `cargo test` one loopback visit to the debug `shadowdesk` binary and bundle
//! that `cargo leptos build` wrote checks that the mark is recorded and that the page then
//! answers to a click without a reload. (A debug bundle only hydrates pages from the debug
//! binary: cargo-leptos builds both with `--cfg erase_components`, which changes the markup.)

#[path = "../common/bench_server.rs"]
mod bench_server;
// The browser harness; this benchmark runs its own server in process.
#[allow(dead_code)]
#[path = "../browser/harness.rs"]
mod harness;
#[path = "../common/paths.rs"]
mod paths;

use fantoccini::{Client, Locator};
use harness::{Browser, WAIT, devtools};
use serde::Deserialize;
use serde_json::json;
use server::Application;

/// The page measured, and who looks at it; and the page before signing in.
const REPORT_PAGE: &str = "/reports/1";
const SIGN_IN_PAGE: &str = "/sign-in";
const PARTNER: &str = "editor@lift.example";

/// A network link to emulate.
#[derive(Clone, Copy)]
struct Link {
    round_trip_ms: f64,
    down_kbit_s: f64,
    up_kbit_s: f64,
}

/// Lighthouse's mobile preset: a slow 4G link and a CPU four times slower than this machine's.
const SLOW_MOBILE: Link = Link {
    round_trip_ms: 150.0,
    down_kbit_s: 1638.4,
    up_kbit_s: 750.0,
};
const SLOW_MOBILE_CPU: f64 = 4.0;

/// What a visit is measured under.
struct Condition {
    name: &'static str,
    link: Option<Link>,
    cpu_slowdown: f64,
    /// First visit (nothing cached) or return visit (the bundle in the browser's cache).
    first_visit: bool,
}

const CONDITIONS: [Condition; 4] = [
    Condition {
        name: "loopback, first visit",
        link: None,
        cpu_slowdown: 1.0,
        first_visit: true,
    },
    Condition {
        name: "loopback, return visit",
        link: None,
        cpu_slowdown: 1.0,
        first_visit: false,
    },
    Condition {
        name: "slow mobile, first visit",
        link: Some(SLOW_MOBILE),
        cpu_slowdown: SLOW_MOBILE_CPU,
        first_visit: true,
    },
    Condition {
        name: "slow mobile, return visit",
        link: Some(SLOW_MOBILE),
        cpu_slowdown: SLOW_MOBILE_CPU,
        first_visit: false,
    },
];

/// One visit's timings in milliseconds from the start of navigation, and the bytes the wasm
/// bundle and the language catalogue took on the wire (0 when they came from the cache).
#[derive(Debug, Deserialize)]
struct Visit {
    first_byte: f64,
    first_paint: f64,
    interactive: f64,
    wasm_transferred: f64,
    catalogue_transferred: f64,
}

/// Reads the visit's timings once the page has hydrated.
const READ_TIMINGS: &str = "
    const navigation = performance.getEntriesByType('navigation')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const hydrated = performance.getEntriesByName(arguments[0], 'mark')[0];
    const resources = performance.getEntriesByType('resource');
    const bytes = (list) => list.reduce((sum, r) => sum + r.transferSize, 0);
    return {
        first_byte: navigation.responseStart,
        first_paint: paint ? paint.startTime : -1,
        interactive: hydrated ? hydrated.startTime : -1,
        wasm_transferred: bytes(resources.filter(r => r.name.endsWith('.wasm'))),
        catalogue_transferred: bytes(resources.filter(r => r.name.includes('/locales/'))),
    };";

/// Sets the browser up for `condition`: link, CPU and cache.
async fn emulate(client: &Client, condition: &Condition) {
    devtools(client, "Network.enable", json!({})).await;
    let link = condition.link.unwrap_or(Link {
        round_trip_ms: 0.0,
        down_kbit_s: -1.0,
        up_kbit_s: -1.0,
    });
    let bytes_per_second = |kbit: f64| {
        if kbit < 0.0 {
            -1.0
        } else {
            kbit * 1024.0 / 8.0
        }
    };
    devtools(
        client,
        "Network.emulateNetworkConditions",
        json!({
            "offline": false,
            "latency": link.round_trip_ms,
            "downloadThroughput": bytes_per_second(link.down_kbit_s),
            "uploadThroughput": bytes_per_second(link.up_kbit_s),
        }),
    )
    .await;
    devtools(
        client,
        "Emulation.setCPUThrottlingRate",
        json!({ "rate": condition.cpu_slowdown }),
    )
    .await;
    devtools(
        client,
        "Network.setCacheDisabled",
        json!({ "cacheDisabled": condition.first_visit }),
    )
    .await;
}

/// Opens `page` from a blank one and returns the visit's timings.
async fn visit(browser: &Browser, address: &str, page: &str) -> Visit {
    let client = &browser.client;
    client.goto("about:blank").await.expect("blank page");
    client
        .goto(&format!("{address}{page}"))
        .await
        .unwrap_or_else(|e| panic!("open {page}: {e}"));
    client
        .wait()
        .at_most(WAIT * 3)
        .for_element(Locator::Css("body[data-hydrated]"))
        .await
        .unwrap_or_else(|e| panic!("{page} hydrates: {e}"));
    let timings = client
        .execute(READ_TIMINGS, vec![json!(app::HYDRATED_MARK)])
        .await
        .expect("read the timings");
    let visit: Visit = serde_json::from_value(timings).expect("timings");
    assert!(
        visit.interactive > 0.0,
        "hydrate() recorded no {} mark: {visit:?}",
        app::HYDRATED_MARK
    );
    visit
}

/// Clicks a section in the outline and checks the editor opens in the same document: the
/// router, not a reload, answered, so the page really was interactive.
async fn check_answers_without_reload(browser: &Browser) {
    browser.tag_document().await;
    browser
        .open_outline_section("Right to a fair trial (art. 14)")
        .await;
    assert!(
        browser.still_the_same_document().await,
        "the click reloaded the page"
    );
}

/// Prints one row of the table: a condition, its timings (ms) and bytes on the wire.
fn print_row(name: &str, visit: &Visit) {
    println!(
        "{name:<28} {:>10.0} {:>12.0} {:>12.0} {:>13.0} KB {:>13.0} KB",
        visit.first_byte,
        visit.first_paint,
        visit.interactive,
        visit.wasm_transferred / 1024.0,
        visit.catalogue_transferred / 1024.0
    );
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The wasm files in the built site, to say which build was measured: the main module's size,
/// and how many lazily loaded chunks there are with their total size.
fn bundle_sizes() -> (u64, usize, u64) {
    let pkg = paths::built_site().join("pkg");
    let wasm: Vec<(String, u64)> = std::fs::read_dir(&pkg)
        .expect("read pkg/")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|e| e == "wasm"))
        .filter_map(|entry| {
            let size = entry.metadata().ok()?.len();
            Some((entry.file_name().to_string_lossy().into_owned(), size))
        })
        .collect();
    let main = wasm
        .iter()
        .filter(|(name, _)| name.starts_with("shadowdesk."))
        .map(|(_, size)| *size)
        .max()
        .expect("a main wasm module in pkg/");
    let chunks: Vec<u64> = wasm
        .iter()
        .filter(|(name, _)| !name.starts_with("shadowdesk."))
        .map(|(_, size)| *size)
        .collect();
    (main, chunks.len(), chunks.iter().sum())
}

/// Points the in-process server at the release build's hash file, which names the bundle files
/// (the server looks for it beside its own executable, here this benchmark in `deps/`), after
/// checking that the site holds the bundle it names.
fn use_release_bundle() {
    let hash_file = paths::profile_dir().join("hash.txt");
    let wasm = std::fs::read_to_string(&hash_file)
        .ok()
        .and_then(|hashes| {
            hashes
                .lines()
                .find_map(|line| line.strip_prefix("wasm:").map(|h| h.trim().to_string()))
        })
        .map(|hash| paths::built_site().join(format!("pkg/shadowdesk.{hash}.wasm")));
    assert!(
        wasm.as_ref().is_some_and(|wasm| wasm.is_file()),
        "the site holds no release bundle named by {}: run `scripts/release --frontend-only` \
         first",
        hash_file.display()
    );
    // SAFETY: called before the runtime or any other thread starts.
    unsafe { std::env::set_var("LEPTOS_HASH_FILE_NAME", hash_file) };
}

/// Starts the release bundle's server in this process; its address.
async fn serve_in_process(dir: &std::path::Path) -> String {
    let database = format!("sqlite://{}", dir.join("interactive.db").display());
    let site = paths::built_site().display().to_string();
    let app = Application::build(bench_server::settings(&database, &site, &[]))
        .await
        .expect("server builds");
    let address = format!("http://{}", app.address());
    tokio::spawn(app.run_until_stopped());
    address
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    if benching {
        use_release_bundle();
    }
    let runs = if benching { 7 } else { 1 };
    let conditions = if benching {
        &CONDITIONS[..]
    } else {
        &CONDITIONS[..1]
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temp dir");
        let (address, _binary) = if benching {
            (serve_in_process(dir.path()).await, None)
        } else {
            let binary = harness::Server::start();
            (binary.url.clone(), Some(binary))
        };

        let browser = Browser::start().await;
        let (main, chunks, chunk_bytes) = bundle_sizes();
        println!(
            "wasm: main module {:.2} MB, {chunks} lazily loaded chunks {:.2} MB in all",
            main as f64 / 1e6,
            chunk_bytes as f64 / 1e6
        );
        println!(
            "{:<28} {:>10} {:>12} {:>12} {:>16} {:>16}",
            "condition",
            "first byte",
            "first paint",
            "interactive",
            "wasm on the wire",
            "catalogue"
        );
        // The sign-in page, first visit on loopback: what it costs on the wire before anyone
        // has signed in.
        emulate(&browser.client, &CONDITIONS[0]).await;
        let sign_in = visit(&browser, &address, SIGN_IN_PAGE).await;
        print_row("sign-in page, first visit", &sign_in);
        browser.sign_in_at(&address, PARTNER).await;
        println!("{REPORT_PAGE}, medians of {runs} visits (ms from the start of navigation)");
        for condition in conditions {
            emulate(&browser.client, condition).await;
            if !condition.first_visit {
                visit(&browser, &address, REPORT_PAGE).await;
            }
            let mut visits = Vec::new();
            for _ in 0..runs {
                visits.push(visit(&browser, &address, REPORT_PAGE).await);
            }
            if let Some(link) = condition.link {
                // The bundle cannot arrive faster than the emulated link carries it.
                let bytes_per_ms = link.down_kbit_s * 1024.0 / 8.0 / 1000.0;
                assert!(
                    visits
                        .iter()
                        .all(|v| v.interactive >= v.wasm_transferred / bytes_per_ms),
                    "the link emulation did not take: {visits:?}"
                );
            }
            let pick = |f: fn(&Visit) -> f64| median(visits.iter().map(f).collect());
            let medians = Visit {
                first_byte: pick(|v| v.first_byte),
                first_paint: pick(|v| v.first_paint),
                interactive: pick(|v| v.interactive),
                wasm_transferred: pick(|v| v.wasm_transferred),
                catalogue_transferred: pick(|v| v.catalogue_transferred),
            };
            print_row(condition.name, &medians);
        }
        check_answers_without_reload(&browser).await;
        browser.close().await;
    });
}
