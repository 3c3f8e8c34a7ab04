//! Where the built artefacts are: the `shadowdesk` binary that `cargo leptos build` wrote next
//! to this test binary, and the site bundle in the workspace.

// Each test binary uses part of this module.
#![allow(dead_code)]
use std::path::PathBuf;

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// `<target>/<profile>`: the directory whose `deps/` holds this test or benchmark binary, and
/// where `cargo leptos build` of that profile wrote the server binary and its `hash.txt`.
pub fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current test binary");
    exe.parent()
        .and_then(|deps| deps.parent())
        .expect("test binary sits in <target>/<profile>/deps")
        .to_path_buf()
}

/// `<target>/debug/shadowdesk`: the test binary lives in `<target>/debug/deps/`.
pub fn server_binary() -> PathBuf {
    let binary = profile_dir().join("shadowdesk");
    assert!(
        binary.is_file(),
        "{} is missing: build it first with `cargo leptos build` (scripts/test does)",
        binary.display()
    );
    binary
}

/// The site that `cargo leptos build` wrote (`target/site` in the workspace).
pub fn built_site() -> PathBuf {
    let site = workspace_root().join("target/site");
    assert!(
        site.join("pkg").is_dir(),
        "{} has no pkg/: build it first with `cargo leptos build` (scripts/test does)",
        site.display()
    );
    site
}
