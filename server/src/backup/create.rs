//! Taking a backup: an online snapshot with `VACUUM INTO`, checked, then archived with its
//! manifest. The archive appears under its name only once it is complete.

use std::{
    fs::File,
    io::{BufWriter, Write},
    path::Path,
};

use chrono::Utc;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use zip::{CompressionMethod, ZipWriter, write::SimpleFileOptions};

use super::{
    BackupError, DATABASE_ENTRY, MANIFEST_ENTRY,
    manifest::{FORMAT, Manifest},
    scratch_beside, snapshot,
};
use crate::database::DatabaseUrl;

/// Writes a backup of the database at `url` (reached through `db`) to `out`, which must not
/// exist yet. The server may keep running: the snapshot is one consistent read.
pub async fn backup(
    db: &DatabaseConnection,
    url: &DatabaseUrl,
    out: &Path,
) -> Result<Manifest, BackupError> {
    if !url.is_sqlite() {
        return Err(BackupError::NotSqlite);
    }
    if out.exists() {
        return Err(BackupError::OutExists(out.to_path_buf()));
    }
    // The snapshot and the half-written archive live beside the target and are removed
    // whatever happens.
    let (dir, scratch) = scratch_beside(out, ".shadowdesk-backup-")?;
    let snapshot_path = scratch.path().join(DATABASE_ENTRY);
    let target = snapshot_path.to_string_lossy().replace('\'', "''");
    db.execute_raw(Statement::from_string(
        DbBackend::Sqlite,
        format!("VACUUM INTO '{target}'"),
    ))
    .await?;

    let contents = snapshot::inspect(&snapshot_path).await?;
    let (database_sha256, database_bytes) = snapshot::checksum(&snapshot_path)?;
    let manifest = Manifest {
        format: FORMAT,
        created_at: Utc::now(),
        shadowdesk_version: env!("CARGO_PKG_VERSION").to_string(),
        last_migration: contents.last_migration,
        database_sha256,
        database_bytes,
        counts: contents.counts,
        evidence_bytes: contents.evidence_bytes,
    };
    let partial = scratch.path().join("backup.zip");
    write_archive(&partial, &snapshot_path, &manifest)?;
    std::fs::rename(&partial, out).map_err(BackupError::io("cannot move the archive to", out))?;
    sync_dir(&dir);
    Ok(manifest)
}

/// Writes the manifest and the snapshot into a zip at `path`, flushed to disk.
fn write_archive(path: &Path, snapshot: &Path, manifest: &Manifest) -> Result<(), BackupError> {
    let archive_error = |e: zip::result::ZipError| BackupError::Io {
        action: "cannot write the archive",
        path: path.to_path_buf(),
        source: std::io::Error::other(e),
    };
    let file = File::create(path).map_err(BackupError::io("cannot create", path))?;
    let mut zip = ZipWriter::new(BufWriter::new(file));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(true);
    let manifest_json = serde_json::to_vec_pretty(manifest).map_err(|e| BackupError::Io {
        action: "cannot write the manifest of",
        path: path.to_path_buf(),
        source: e.into(),
    })?;
    zip.start_file(MANIFEST_ENTRY, options)
        .map_err(archive_error)?;
    zip.write_all(&manifest_json)
        .map_err(BackupError::io("cannot write", path))?;
    zip.start_file(DATABASE_ENTRY, options)
        .map_err(archive_error)?;
    let mut source = File::open(snapshot).map_err(BackupError::io("cannot read", snapshot))?;
    std::io::copy(&mut source, &mut zip).map_err(BackupError::io("cannot write", path))?;
    let writer = zip.finish().map_err(archive_error)?;
    let file = writer
        .into_inner()
        .map_err(|e| BackupError::io("cannot write", path)(e.into_error()))?;
    file.sync_all()
        .map_err(BackupError::io("cannot flush", path))?;
    Ok(())
}

/// Makes a rename in `dir` durable (best effort: not every file system allows it).
pub(super) fn sync_dir(dir: &Path) {
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}
