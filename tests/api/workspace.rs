//! The shape of the workspace: the heavy server-only code lives in small crates under
//! `app/crates/` that know nothing of the web framework, the database or the runtime, so they
//! compile once and stay cached while pages change, and the fuzz targets build from them alone.

use std::path::Path;

use crate::paths::workspace_root;

/// Dependencies a pure crate must not have: the web framework, the database, the runtime and
/// the application itself.
const FRAMEWORK: &[&str] = &[
    "app",
    "axum",
    "entities",
    "leptos",
    "leptos_axum",
    "leptos_meta",
    "leptos_router",
    "migrations",
    "sea-orm",
    "server",
    "tokio",
];

/// The names in the `[dependencies]` table of the manifest at `path`.
fn dependencies(path: &Path) -> Vec<String> {
    let manifest = std::fs::read_to_string(path).expect("readable manifest");
    let mut names = Vec::new();
    let mut in_dependencies = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_dependencies = line == "[dependencies]";
            continue;
        }
        if in_dependencies && !line.is_empty() && !line.starts_with('#') {
            let name = line.split(['=', '.', ' ']).next().unwrap_or_default();
            names.push(name.to_string());
        }
    }
    names
}

fn pure_crates() -> Vec<std::path::PathBuf> {
    let mut crates: Vec<_> = std::fs::read_dir(workspace_root().join("app/crates"))
        .expect("app/crates exists")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.join("Cargo.toml").is_file())
        .collect();
    crates.sort();
    crates
}

#[test]
fn the_pure_crates_depend_on_no_framework_database_or_runtime() {
    let crates = pure_crates();
    let names: Vec<_> = crates
        .iter()
        .filter_map(|c| c.file_name()?.to_str().map(str::to_string))
        .collect();
    assert_eq!(
        names,
        ["docx", "drafts", "seal", "search", "sources", "text"]
    );
    for krate in crates {
        let manifest = krate.join("Cargo.toml");
        let deps = dependencies(&manifest);
        assert!(
            !deps.is_empty(),
            "{} names its dependencies",
            manifest.display()
        );
        for dep in deps {
            assert!(
                !FRAMEWORK.contains(&dep.as_str()),
                "{} depends on {dep}",
                manifest.display()
            );
        }
    }
}

#[test]
fn the_fuzz_targets_build_from_the_pure_crates_alone() {
    let deps = dependencies(&workspace_root().join("fuzz/Cargo.toml"));
    assert!(deps.iter().any(|d| d == "shadowdesk-docx"), "{deps:?}");
    for dep in &deps {
        assert!(!FRAMEWORK.contains(&dep.as_str()), "fuzz depends on {dep}");
    }
}

/// The Rust files under `dir`, recursively.
pub fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// Every list is a `layout::DataTable` (scroll wrapper, caption, translated headings), so no
/// page writes that table by hand; a chart's table of figures, headed by computed labels, is
/// the one exception.
#[test]
fn every_list_is_a_data_table() {
    let src = workspace_root().join("app/src");
    let allowed = [
        src.join("layout/data_table.rs"),
        src.join("recommendations/follow_up/pages/stacked_chart.rs"),
    ];
    let by_hand: Vec<String> = rust_files(&src)
        .into_iter()
        .filter(|file| !allowed.contains(file))
        .filter(|file| {
            std::fs::read_to_string(file)
                .expect("readable source")
                .contains("<table class=\"data-table")
        })
        .map(|file| file.display().to_string())
        .collect();
    assert!(
        by_hand.is_empty(),
        "use layout::DataTable for these tables: {by_hand:?}"
    );
}

/// Every page waits for its data through `layout::Loaded` ("Loading…", then the content or the
/// error notice), so no page writes that state by hand; only optional extras that show nothing
/// while waiting or on failure (the user menu, sign-in providers) wait on their own.
#[test]
fn every_load_goes_through_loaded() {
    let src = workspace_root().join("app/src");
    let by_hand: Vec<String> = rust_files(&src)
        .into_iter()
        .filter(|file| *file != src.join("layout/loaded.rs"))
        .filter(|file| {
            std::fs::read_to_string(file)
                .expect("readable source")
                .contains("tr(\"loading\")")
        })
        .map(|file| file.display().to_string())
        .collect();
    assert!(
        by_hand.is_empty(),
        "wait for data with layout::Loaded in these files: {by_hand:?}"
    );
}
