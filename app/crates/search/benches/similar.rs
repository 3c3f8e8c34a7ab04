//! Benchmark of "did the UN listen?": a report's 500 proposals matched against 250,000 issued
//! recommendations (the size of the Universal Human Rights Index; `SHADOWDESK_BENCH_RECOMMENDATIONS`
//! changes it), all of them candidates at once — the worst case, where the uptake page limits
//! the candidates to one body's documents on one State. Texts come from the same generator as
//! the tracker benchmark's export, so every term is common and every posting long. Run with
//! `cargo bench -p shadowdesk-search --bench similar`; the README quotes the figure.
//! `cargo test --all-targets` runs it once on 2,000 recommendations.

// The tracker benchmark uses the generator's files; this one its texts.
#[allow(dead_code)]
#[path = "../../../../tests/common/uhri_generator.rs"]
mod uhri_generator;

use std::time::{Duration, Instant};

use criterion::Criterion;
use shadowdesk_search::index::{Index, Indexed, sort_key};

/// Proposals in the report.
const PROPOSALS: usize = 500;
/// Candidates shown per proposal, as on the uptake page.
const CANDIDATES: usize = 5;

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let count: usize = std::env::var("SHADOWDESK_BENCH_RECOMMENDATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if benching { 250_000 } else { 2_000 });
    let started = Instant::now();
    let index = Index::build(
        uhri_generator::texts(count, 0x9e37_79b9_7f4a_7c15)
            .into_iter()
            .enumerate()
            .map(|(n, text)| Indexed {
                id: n as i32 + 1,
                coalition_id: 1,
                text,
                sort_key: sort_key(None, n as i32 + 1),
                facets: Vec::new(),
                coalition_level: None,
                state_level: None,
            }),
    );
    println!(
        "similar: indexed {count} recommendations in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let proposals = uhri_generator::texts(PROPOSALS, 0x2545_f491_4f6c_dd1d);
    let proposals: Vec<&str> = proposals.iter().map(String::as_str).collect();
    let everything = index.visible(None);
    let found = index.similar_each(&proposals, &everything, CANDIDATES);
    assert_eq!(found.len(), PROPOSALS);
    assert!(found.iter().all(|alike| alike.len() == CANDIDATES));

    if !benching {
        return;
    }
    let mut criterion = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20))
        .configure_from_args();
    criterion.bench_function(
        &format!("similar_each: {PROPOSALS} proposals x {count} recommendations"),
        |b| b.iter(|| index.similar_each(&proposals, &everything, CANDIDATES)),
    );
    criterion.final_summary();
}
