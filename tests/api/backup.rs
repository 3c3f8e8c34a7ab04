//! Backups: `shadowdesk backup` of a running server's SQLite database restores with
//! `shadowdesk restore` into a fresh instance holding every report, revision, recommendation and
//! file; a damaged archive or an occupied target changes nothing; and the README's pg_dump path
//! brings a PostgreSQL instance back the same way.

use std::{
    collections::BTreeMap,
    path::Path,
    process::{Command, Output},
};

use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use sha2::{Digest, Sha256};

use crate::{
    helpers::{Backend, PostgresDatabase, TestApp, spawn_app_on, spawn_on},
    paths::server_binary,
};

/// A minimal PDF (the evidence type check reads the signature), made unique by its comment.
fn pdf(marker: &str) -> Vec<u8> {
    format!("%PDF-1.4\n% {marker}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").into_bytes()
}

fn shadowdesk(args: &[&str], database_url: &str) -> Output {
    Command::new(server_binary())
        .args(args)
        .env_clear()
        .env("SHADOWDESK_DATABASE_URL", database_url)
        .env("SHADOWDESK_LOG", "warn")
        .output()
        .expect("run shadowdesk")
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The demonstration section that LIFT writes.
async fn lift_section(db: &DatabaseConnection) -> i64 {
    scalar(
        db,
        "SELECT CAST(s.id AS BIGINT) FROM report_sections s JOIN organisations o \
         ON o.id = s.assigned_organisation_id WHERE o.short_name = 'LIFT' ORDER BY s.id LIMIT 1",
    )
    .await
}

/// Adds work on top of the demonstration data: a section saved twice and an uploaded
/// evidence file. Returns the evidence's id and bytes.
async fn add_work(app: &TestApp) -> (i32, Vec<u8>) {
    let editor = app.sign_in("editor@lift.example").await;
    let section = lift_section(&app.db).await.to_string();
    let mut base = scalar(
        &app.db,
        &format!("SELECT CAST(version AS BIGINT) FROM report_sections WHERE id = {section}"),
    )
    .await;
    for text in ["Backed-up text, first.", "Backed-up text, second."] {
        let response = app
            .post_form(
                "/api/save_section",
                &[
                    ("id", &section),
                    ("base_version", &base.to_string()),
                    ("body", text),
                ],
                &[("cookie", &editor)],
            )
            .await;
        assert_eq!(response.status(), 200);
        let outcome: serde_json::Value = response.json().await.unwrap();
        base = outcome["Saved"]["version"].as_i64().expect("saved");
    }
    let recommendation: i64 = scalar(
        &app.db,
        "SELECT CAST(MIN(id) AS BIGINT) FROM recommendations",
    )
    .await;
    let bytes = pdf(&format!("evidence of {}", app.database_url));
    let id = recommendation.to_string();
    let fields = [
        ("recommendation_id", id.as_str()),
        ("title", "Monitoring visit notes"),
        ("source", "LIFT monitors"),
        ("dated_on", "2026-05-02"),
        ("visibility", "private"),
    ];
    let response = app
        .post_multipart(
            "/api/upload_evidence",
            &fields,
            ("visit.pdf", bytes.clone()),
            &[("cookie", &editor)],
        )
        .await;
    assert_eq!(response.status(), 200);
    let evidence_id: i32 = response.text().await.unwrap().parse().unwrap();
    (evidence_id, bytes)
}

async fn scalar(db: &DatabaseConnection, sql: &str) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index(0).unwrap()
}

/// Tables the application owns and every instance must carry over.
const TABLES: [&str; 14] = [
    "coalitions",
    "users",
    "organisations",
    "reports",
    "report_sections",
    "section_revisions",
    "section_comments",
    "recommendations",
    "assessments",
    "evidence",
    "evidence_files",
    "report_exports",
    "audit_events",
    "tags",
];

async fn counts(db: &DatabaseConnection) -> BTreeMap<&'static str, i64> {
    let mut counts = BTreeMap::new();
    for table in TABLES {
        counts.insert(
            table,
            scalar(db, &format!("SELECT COUNT(*) FROM {table}")).await,
        );
    }
    counts
}

/// The restored instance serves the same data: sign-in, the section's text, the file.
async fn serves_the_same(restored: &TestApp, evidence_id: i32, bytes: &[u8]) {
    let editor = restored.sign_in("editor@lift.example").await;
    let section = lift_section(&restored.db).await.to_string();
    let read = restored
        .post_form("/api/section", &[("id", &section)], &[("cookie", &editor)])
        .await;
    assert_eq!(read.status(), 200);
    assert!(
        read.text()
            .await
            .unwrap()
            .contains("Backed-up text, second.")
    );
    let file = restored
        .get(&format!("/evidence/{evidence_id}"), &[("cookie", &editor)])
        .await;
    assert_eq!(file.status(), 200);
    let served = file.bytes().await.unwrap();
    assert_eq!(Sha256::digest(&served), Sha256::digest(bytes));
}

#[tokio::test]
async fn an_online_sqlite_backup_restores_into_a_fresh_instance() {
    let app = spawn_app_on(Backend::Sqlite).await;
    let (evidence_id, bytes) = add_work(&app).await;
    let stale_session = app.sign_in("coordinator@sbhr.example").await;
    let original = counts(&app.db).await;
    assert!(original["section_revisions"] >= 2 && original["evidence_files"] >= 1);

    // Taken while the server runs; the archive appears whole or not at all.
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("nightly.zip");
    let out = shadowdesk(
        &["backup", "--out", archive.to_str().unwrap()],
        &app.database_url,
    );
    assert!(out.status.success(), "{}", said(&out));
    assert!(said(&out).contains("evidence files"), "{}", said(&out));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, vec!["nightly.zip"], "no scratch files left");
    let again = shadowdesk(
        &["backup", "--out", archive.to_str().unwrap()],
        &app.database_url,
    );
    assert!(!again.status.success());
    assert!(said(&again).contains("already exists"), "{}", said(&again));

    // Restored into a new instance.
    let target = format!(
        "sqlite://{}",
        dir.path().join("restored/shadowdesk.db").display()
    );
    let out = shadowdesk(&["restore", archive.to_str().unwrap()], &target);
    assert!(out.status.success(), "{}", said(&out));
    let restored = spawn_on(&target).await;
    assert_eq!(counts(&restored.db).await, original);
    serves_the_same(&restored, evidence_id, &bytes).await;

    // Sessions are not carried over.
    let section = lift_section(&restored.db).await.to_string();
    let read = restored
        .post_form(
            "/api/section",
            &[("id", &section)],
            &[("cookie", &stale_session)],
        )
        .await;
    assert_eq!(
        read.status(),
        401,
        "a session from before the backup opens nothing"
    );
}

#[tokio::test]
async fn a_damaged_archive_or_an_occupied_database_changes_nothing() {
    let app = spawn_app_on(Backend::Sqlite).await;
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("backup.zip");
    let out = shadowdesk(
        &["backup", "--out", archive.to_str().unwrap()],
        &app.database_url,
    );
    assert!(out.status.success(), "{}", said(&out));

    // Restoring over a database that holds accounts needs --force.
    let occupied = shadowdesk(&["restore", archive.to_str().unwrap()], &app.database_url);
    assert!(!occupied.status.success());
    assert!(said(&occupied).contains("--force"), "{}", said(&occupied));

    // One byte changed inside the stored database: refused, the target never created.
    let damaged = dir.path().join("damaged.zip");
    std::fs::write(&damaged, corrupt_database_entry(&archive)).unwrap();
    let target_path = dir.path().join("fresh/shadowdesk.db");
    let target = format!("sqlite://{}", target_path.display());
    let out = shadowdesk(&["restore", damaged.to_str().unwrap()], &target);
    assert!(!out.status.success());
    assert!(said(&out).contains("damaged"), "{}", said(&out));
    assert!(!target_path.exists(), "nothing restored");

    // Not a backup at all.
    let stray = dir.path().join("notes.zip");
    std::fs::write(&stray, b"PK not really").unwrap();
    let out = shadowdesk(&["restore", stray.to_str().unwrap()], &target);
    assert!(!out.status.success());
    assert!(
        said(&out).contains("not a Shadowdesk backup"),
        "{}",
        said(&out)
    );

    // With --force the occupied database is replaced and kept beside the new one.
    let forced = shadowdesk(
        &["restore", "--force", archive.to_str().unwrap()],
        &app.database_url,
    );
    assert!(forced.status.success(), "{}", said(&forced));
    assert!(said(&forced).contains("kept as"), "{}", said(&forced));
}

/// The archive with one byte of its database entry changed (stored without compression so
/// the flip survives unpacking and only the checksum can catch it).
fn corrupt_database_entry(archive: &Path) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut zip = zip::ZipArchive::new(std::fs::File::open(archive).unwrap()).unwrap();
    let mut manifest = Vec::new();
    zip.by_name("manifest.json")
        .unwrap()
        .read_to_end(&mut manifest)
        .unwrap();
    let mut database = Vec::new();
    zip.by_name("shadowdesk.db")
        .unwrap()
        .read_to_end(&mut database)
        .unwrap();
    let middle = database.len() / 2;
    database[middle] ^= 0x5a;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file("manifest.json", stored).unwrap();
    out.write_all(&manifest).unwrap();
    out.start_file("shadowdesk.db", stored).unwrap();
    out.write_all(&database).unwrap();
    out.finish().unwrap().into_inner()
}

#[tokio::test]
async fn the_pg_dump_path_restores_a_postgresql_instance() {
    let app = spawn_app_on(Backend::Postgres).await;
    let (evidence_id, bytes) = add_work(&app).await;
    let original = counts(&app.db).await;

    // `shadowdesk backup` points PostgreSQL users at pg_dump.
    let dir = tempfile::tempdir().unwrap();
    let refused = shadowdesk(
        &[
            "backup",
            "--out",
            dir.path().join("x.zip").to_str().unwrap(),
        ],
        &app.database_url,
    );
    assert!(!refused.status.success());
    assert!(said(&refused).contains("pg_dump"), "{}", said(&refused));

    // The README's commands, while the server runs.
    let dump = dir.path().join("shadowdesk.dump");
    let out = Command::new("pg_dump")
        .args(["--format=custom", "--file", dump.to_str().unwrap()])
        .arg(&app.database_url)
        .output()
        .expect("pg_dump runs");
    assert!(out.status.success(), "{}", said(&out));
    let fresh = PostgresDatabase::create().await;
    let out = Command::new("pg_restore")
        .args(["--no-owner", "--exit-on-error", "--dbname"])
        .arg(&fresh.url)
        .arg(&dump)
        .output()
        .expect("pg_restore runs");
    assert!(out.status.success(), "{}", said(&out));

    let restored = spawn_on(&fresh.url).await;
    assert_eq!(counts(&restored.db).await, original);
    serves_the_same(&restored, evidence_id, &bytes).await;
}
