//! Benchmark of the DOCX export: a 150-section, 60,000-word report with 600 notes and 20
//! tables, written by Shadowdesk's writer (time with criterion; peak memory in a child process
//! of its own), next to `pandoc -f markdown -t docx` on the same Markdown in the same run
//! (time and peak memory of the pandoc process). Run with `cargo bench -p tests --bench
//! export`; the README quotes the figures. Under `cargo test` it runs once on a small report.

#[path = "../common/peak_memory.rs"]
mod peak_memory;
#[path = "../common/report_generator.rs"]
mod report_generator;

use std::{
    process::Command,
    time::{Duration, Instant},
};

use app::export::texts::ReportTexts;
use criterion::Criterion;
use report_generator::{FULL, Shape};
use shadowdesk_docx::{Mode, write};

const CHILD: &str = "SHADOWDESK_BENCH_EXPORT_CHILD";

/// The peak resident memory of the children this process waited for, in KiB.
fn children_peak_kib() -> u64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given; RUSAGE_CHILDREN is a valid target.
    let ok = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()) } == 0;
    if ok {
        // SAFETY: initialised by the successful call above.
        unsafe { usage.assume_init() }.ru_maxrss as u64
    } else {
        0
    }
}

fn shape(benching: bool) -> Shape {
    if benching {
        FULL
    } else {
        Shape {
            sections: 15,
            words: 6_000,
            notes: 60,
            tables: 2,
        }
    }
}

/// In a child: one export, then its time and this process's peak memory.
fn export_child(benching: bool) {
    let submission = report_generator::submission(&shape(benching));
    let texts = ReportTexts::new(&submission.language);
    let started = Instant::now();
    let written = write(&submission, Mode::Final, chrono::Utc::now(), &texts).expect("export");
    println!(
        "seconds={:.3} peak_mib={:.1} bytes={} paragraphs={} notes={}",
        started.elapsed().as_secs_f64(),
        peak_memory::peak_kib() as f64 / 1024.0,
        written.bytes.len(),
        written.numbered_paragraphs,
        written.notes
    );
}

/// In a child: pandoc on the Markdown, then its time and the pandoc process's peak memory.
fn pandoc_child(markdown: &str, out: &str) {
    let started = Instant::now();
    let status = Command::new("pandoc")
        .args(["-f", "markdown", "-t", "docx", "-o", out, markdown])
        .status()
        .expect("run pandoc");
    assert!(status.success(), "pandoc failed");
    println!(
        "seconds={:.3} peak_mib={:.1}",
        started.elapsed().as_secs_f64(),
        children_peak_kib() as f64 / 1024.0
    );
}

fn in_child(mode: &str, args: &[(&str, &str)]) -> String {
    let mut command = Command::new(std::env::current_exe().expect("bench binary"));
    command.env(CHILD, mode);
    for (k, v) in args {
        command.env(k, v);
    }
    if std::env::args().any(|a| a == "--bench") {
        command.arg("--bench");
    }
    let output = command.output().expect("child");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

fn figure(line: &str, name: &str) -> f64 {
    line.split_whitespace()
        .find_map(|w| w.strip_prefix(&format!("{name}=")))
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    match std::env::var(CHILD).as_deref() {
        Ok("export") => return export_child(benching),
        Ok("pandoc") => {
            return pandoc_child(
                &std::env::var("SHADOWDESK_BENCH_MARKDOWN").expect("markdown"),
                &std::env::var("SHADOWDESK_BENCH_OUT").expect("out"),
            );
        }
        _ => {}
    }
    let shape = shape(benching);
    let submission = report_generator::submission(&shape);
    let texts = ReportTexts::new(&submission.language);
    let words: i64 = submission
        .sections
        .iter()
        .map(|s| shadowdesk_text::words::count(&s.body).body)
        .sum();
    println!(
        "export: {} sections, {words} body words, {} notes, {} tables",
        shape.sections, shape.notes, shape.tables
    );

    let ours = in_child("export", &[]);
    println!("export: Shadowdesk in a child process: {ours}");

    let mut criterion = Criterion::default()
        .sample_size(20)
        .measurement_time(Duration::from_secs(10))
        .configure_from_args();
    criterion.bench_function("export/docx", |b| {
        b.iter(|| write(&submission, Mode::Final, chrono::Utc::now(), &texts).expect("export"))
    });

    let has_pandoc = Command::new("pandoc").arg("--version").output().is_ok();
    if !has_pandoc {
        assert!(
            !benching,
            "pandoc is missing: scripts/setup --test installs it"
        );
        println!("export: pandoc not found; skipped the comparison");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let markdown = dir.path().join("report.md");
    std::fs::write(&markdown, report_generator::markdown(&submission)).expect("markdown");
    let out = dir.path().join("pandoc.docx");
    let runs: Vec<String> = (0..if benching { 3 } else { 1 })
        .map(|_| {
            in_child(
                "pandoc",
                &[
                    ("SHADOWDESK_BENCH_MARKDOWN", markdown.to_str().unwrap()),
                    ("SHADOWDESK_BENCH_OUT", out.to_str().unwrap()),
                ],
            )
        })
        .collect();
    let mut seconds: Vec<f64> = runs.iter().map(|r| figure(r, "seconds")).collect();
    seconds.sort_by(f64::total_cmp);
    let pandoc_seconds = seconds[seconds.len() / 2];
    let pandoc_mib = runs
        .iter()
        .map(|r| figure(r, "peak_mib"))
        .fold(0.0, f64::max);
    let our_seconds = figure(&ours, "seconds");
    let our_mib = figure(&ours, "peak_mib");
    println!(
        "export: pandoc median {pandoc_seconds:.3} s, peak {pandoc_mib:.1} MiB; Shadowdesk {our_seconds:.3} s, \
         peak {our_mib:.1} MiB; {:.1}× faster, {:.1}× less memory",
        pandoc_seconds / our_seconds,
        pandoc_mib / our_mib
    );
}
