//! Looking inside an SQLite snapshot: its integrity, its rows, its checksum.

use std::{collections::BTreeMap, io::Read, path::Path};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement};
use sha2::{Digest, Sha256};

use super::BackupError;

/// What a snapshot holds.
pub struct Contents {
    pub counts: BTreeMap<String, u64>,
    pub evidence_bytes: u64,
    pub last_migration: String,
}

/// Opens the snapshot at `path` read-only, checks its integrity and counts its rows.
pub async fn inspect(path: &Path) -> Result<Contents, BackupError> {
    let db = Database::connect(format!("sqlite://{}?mode=ro", path.display())).await?;
    let contents = read(&db).await;
    db.close().await?;
    contents
}

async fn read(db: &DatabaseConnection) -> Result<Contents, BackupError> {
    let integrity = single_text(db, "PRAGMA integrity_check").await?;
    if integrity != "ok" {
        return Err(BackupError::Integrity(integrity));
    }
    let tables = db
        .query_all_raw(statement(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             ORDER BY name",
        ))
        .await?;
    let mut counts = BTreeMap::new();
    for row in tables {
        let table: String = row.try_get_by_index(0)?;
        let quoted = table.replace('"', "\"\"");
        let count = single_count(db, &format!("SELECT COUNT(*) FROM \"{quoted}\"")).await?;
        counts.insert(table, count);
    }
    let evidence_bytes = if counts.contains_key("evidence_files") {
        single_count(
            db,
            "SELECT COALESCE(SUM(LENGTH(bytes)), 0) FROM evidence_files",
        )
        .await?
    } else {
        0
    };
    let last_migration = if counts.contains_key("seaql_migrations") {
        single_text(
            db,
            "SELECT COALESCE(MAX(version), '') FROM seaql_migrations",
        )
        .await?
    } else {
        String::new()
    };
    Ok(Contents {
        counts,
        evidence_bytes,
        last_migration,
    })
}

fn statement(sql: &str) -> Statement {
    Statement::from_string(DbBackend::Sqlite, sql.to_string())
}

async fn single_text(db: &DatabaseConnection, sql: &str) -> Result<String, BackupError> {
    let row = db.query_one_raw(statement(sql)).await?;
    Ok(match row {
        Some(row) => row.try_get_by_index(0)?,
        None => String::new(),
    })
}

async fn single_count(db: &DatabaseConnection, sql: &str) -> Result<u64, BackupError> {
    let row = db.query_one_raw(statement(sql)).await?;
    let count: i64 = match row {
        Some(row) => row.try_get_by_index(0)?,
        None => 0,
    };
    Ok(u64::try_from(count).unwrap_or(0))
}

/// SHA-256 (hex) and size of the file at `path`, read in blocks.
pub fn checksum(path: &Path) -> Result<(String, u64), BackupError> {
    let mut file = std::fs::File::open(path).map_err(BackupError::io("cannot read", path))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let read = file
            .read(&mut buffer)
            .map_err(BackupError::io("cannot read", path))?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
        size += read as u64;
    }
    Ok((
        app::recommendations::evidence::server::hex(&hasher.finalize()),
        size,
    ))
}
