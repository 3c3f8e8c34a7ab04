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
    assert_eq!(names, ["docx", "drafts", "search", "sources", "text"]);
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
