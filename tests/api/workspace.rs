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

/// The top-level modules of `app/src` (folders and single files).
fn app_modules(src: &Path) -> Vec<String> {
    let mut modules: Vec<String> = std::fs::read_dir(src)
        .expect("app/src exists")
        .map(|entry| entry.expect("directory entry").path())
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?.to_string();
            if path.is_dir() {
                Some(name)
            } else {
                name.strip_suffix(".rs")
                    .filter(|stem| *stem != "lib")
                    .map(str::to_string)
            }
        })
        .collect();
    modules.sort();
    modules.dedup();
    modules
}

/// The first segments of the paths `source` takes from `crate`: `crate::a::b` gives `a`, and
/// `use crate::{a::b, c}` gives `a` and `c`.
fn crate_paths(source: &str) -> Vec<String> {
    let ident = |text: &str| -> String {
        text.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found = Vec::new();
    for (at, _) in source.match_indices("crate::") {
        let rest = &source[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && !c.is_whitespace() => {
                        found.push(ident(&group[i..]));
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.push(ident(rest));
        }
    }
    found
}

/// Every `(importer, imported)` pair of distinct top-level modules of `app/src`.
fn module_imports(src: &Path, modules: &[String]) -> std::collections::BTreeSet<(String, String)> {
    let mut edges = std::collections::BTreeSet::new();
    for file in rust_files(src) {
        let relative = file.strip_prefix(src).expect("under app/src");
        let first = relative
            .iter()
            .next()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let importer = first.strip_suffix(".rs").unwrap_or(first).to_string();
        let source = std::fs::read_to_string(&file).expect("readable source");
        for imported in crate_paths(&source) {
            if imported != importer && modules.contains(&imported) {
                edges.insert((importer.clone(), imported));
            }
        }
    }
    edges
}

/// Features and the layers below them form a hierarchy: no two top-level modules of `app/src`
/// import from each other (what two features share moves below both; what composes two
/// features, such as the section page with its review panel, lives above both).
#[test]
fn no_two_features_import_from_each_other() {
    let src = workspace_root().join("app/src");
    let modules = app_modules(&src);
    assert!(
        modules.contains(&"recommendations".to_string()),
        "{modules:?}"
    );
    let edges = module_imports(&src, &modules);
    let mutual: Vec<(String, String)> = edges
        .iter()
        .filter(|(a, b)| a < b && edges.contains(&(b.clone(), a.clone())))
        .cloned()
        .collect();
    assert!(
        mutual.is_empty(),
        "these modules import from each other; move what they share below both: {mutual:?}"
    );
}

#[test]
fn crate_paths_are_read_from_plain_and_grouped_imports() {
    let source = "use crate::{a::b, c::{d, e}, f};\nlet x = crate::g::h();\n";
    assert_eq!(crate_paths(source), ["a", "c", "f", "g"]);
}

/// Every list is a `layout::DataTable` (scroll wrapper, caption, translated headings), so no
/// page writes that table by hand; a chart's table of figures, headed by computed labels, is
/// the one exception.
#[test]
fn every_list_is_a_data_table() {
    let src = workspace_root().join("app/src");
    let allowed = [
        src.join("layout/data_table.rs"),
        src.join("recommendations/pages/level_chart.rs"),
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
