//! The `shadowdesk` binary's commands and its graceful shutdown.

use std::{
    io::{BufRead, BufReader},
    process::{Command, Stdio},
    time::Duration,
};

use crate::{helpers::make_site, paths::server_binary};

fn shadowdesk(args: &[&str], vars: &[(&str, &str)]) -> (bool, String) {
    let output = Command::new(server_binary())
        .args(args)
        .env_clear()
        .envs(vars.iter().copied())
        .env("SHADOWDESK_LOG", "warn")
        .output()
        .expect("run shadowdesk");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

/// `shadowdesk serve` on the SQLite `db` and the site at `site`, on a free port, logging only
/// warnings.
fn serve(db: &str, site: &str) -> Command {
    let mut command = Command::new(server_binary());
    command
        .arg("serve")
        .env_clear()
        .env("SHADOWDESK_DATABASE_URL", db)
        .env("SHADOWDESK_SITE_ROOT", site)
        .env("SHADOWDESK_BIND", "127.0.0.1:0")
        .env("SHADOWDESK_LOG", "warn");
    command
}

#[test]
fn migrate_and_seed_demo_work_on_a_new_sqlite_file_and_seed_only_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}/data/shadowdesk.db", dir.path().display());
    let vars = [("SHADOWDESK_DATABASE_URL", db.as_str())];
    let (ok, out) = shadowdesk(&["migrate"], &vars);
    assert!(ok && out.contains("Migrations applied"), "{out}");
    let (ok, out) = shadowdesk(&["seed-demo"], &vars);
    assert!(ok && out.contains("Demonstration data loaded"), "{out}");
    let (ok, out) = shadowdesk(&["seed-demo"], &vars);
    assert!(ok && out.contains("already present"), "{out}");
}

/// A bundle built without `--split` has pages whose code was never written out: the server
/// says so and how to build it, instead of serving pages that never become interactive.
#[test]
fn serve_refuses_a_bundle_built_without_split() {
    let dir = tempfile::tempdir().unwrap();
    let site = make_site(dir.path());
    let pkg = std::path::Path::new(&site).join("pkg");
    std::fs::write(pkg.join("shadowdesk.abc123.wasm"), b"\0asm").unwrap();
    let db = format!("sqlite://{}/app.db", dir.path().display());
    let output = serve(&db, &site).output().expect("run shadowdesk");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(
        stderr.contains("without `--split`") && stderr.contains("cargo leptos build --split"),
        "{stderr}"
    );

    // With the chunks' loader beside it, the same site is served.
    std::fs::write(pkg.join("__wasm_split.abc123.js"), b"").unwrap();
    let mut child = serve(&db, &site)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start shadowdesk");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let listening = lines.next().expect("a first line").expect("readable");
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        listening.starts_with("Shadowdesk is listening on"),
        "{listening}"
    );
}

#[test]
fn serve_stops_gracefully_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let site = make_site(dir.path());
    let db = format!("sqlite://{}/app.db", dir.path().display());
    let mut child = serve(&db, &site)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start shadowdesk");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let listening = lines.next().expect("a first line").expect("readable");
    assert!(
        listening.starts_with("Shadowdesk is listening on http://127.0.0.1:"),
        "{listening}"
    );

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "server did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "graceful shutdown exits 0, got {exit}");
}
