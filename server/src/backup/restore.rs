//! Restoring a backup: the archive is unpacked beside the target, its database checked
//! against the manifest (checksum, integrity, every table's rows), and only then moved into
//! place. A damaged archive changes nothing.

use std::{
    fs::File,
    io::Read,
    path::{Path, PathBuf},
};

use chrono::Utc;
use sea_orm::{ConnectionTrait, Database, DbBackend, Statement};
use zip::ZipArchive;

use super::{
    BackupError, DATABASE_ENTRY, MANIFEST_ENTRY, Restored, create::sync_dir, manifest::Manifest,
    scratch_beside, snapshot,
};
use crate::database::DatabaseUrl;

/// The SQLite files that belong to a database: itself, its write-ahead log and its index.
const COMPANIONS: [&str; 3] = ["", "-wal", "-shm"];

/// Restores the archive at `archive` as the database at `url`. A database that already holds
/// accounts is replaced only with `force` (and then kept beside it as `*.replaced-<time>`).
/// Sessions are not restored: everyone signs in again.
pub async fn restore(
    archive: &Path,
    url: &DatabaseUrl,
    force: bool,
) -> Result<Restored, BackupError> {
    let DatabaseUrl::Sqlite { path: target } = url else {
        return Err(BackupError::NotSqlite);
    };
    let not_a_backup = |reason: String| BackupError::NotABackup {
        path: archive.to_path_buf(),
        reason,
    };
    let file = File::open(archive).map_err(BackupError::io("cannot open", archive))?;
    let mut zip = ZipArchive::new(file).map_err(|e| not_a_backup(format!("not a zip ({e})")))?;
    let manifest = {
        let mut entry = zip
            .by_name(MANIFEST_ENTRY)
            .map_err(|_| not_a_backup(format!("it has no {MANIFEST_ENTRY}")))?;
        let mut bytes = Vec::new();
        entry
            .read_to_end(&mut bytes)
            .map_err(|e| not_a_backup(format!("its manifest is unreadable ({e})")))?;
        Manifest::parse(&bytes).map_err(not_a_backup)?
    };
    let holds_data = target.exists() && holds_accounts(target).await?;
    if holds_data && !force {
        return Err(BackupError::TargetInUse(target.clone()));
    }

    let (dir, scratch) = scratch_beside(target, ".shadowdesk-restore-")?;
    let unpacked = scratch.path().join(DATABASE_ENTRY);
    {
        let mut entry = zip
            .by_name(DATABASE_ENTRY)
            .map_err(|_| not_a_backup(format!("it has no {DATABASE_ENTRY}")))?;
        let mut out =
            File::create(&unpacked).map_err(BackupError::io("cannot create", &unpacked))?;
        std::io::copy(&mut entry, &mut out).map_err(|e| BackupError::Damaged {
            path: archive.to_path_buf(),
            reason: format!("unpacking failed: {e}"),
        })?;
        out.sync_all()
            .map_err(BackupError::io("cannot flush", &unpacked))?;
    }
    verify(archive, &unpacked, &manifest).await?;
    end_sessions(&unpacked).await?;

    let replaced = if target.exists() {
        set_aside(target, holds_data)?
    } else {
        None
    };
    std::fs::rename(&unpacked, target)
        .map_err(BackupError::io("cannot move into place", target))?;
    sync_dir(&dir);
    Ok(Restored { manifest, replaced })
}

/// Checks the unpacked database against the manifest: checksum, size, integrity, and the
/// row count of every table.
async fn verify(archive: &Path, unpacked: &Path, manifest: &Manifest) -> Result<(), BackupError> {
    let damaged = |reason: String| BackupError::Damaged {
        path: archive.to_path_buf(),
        reason,
    };
    let (sha256, size) = snapshot::checksum(unpacked)?;
    if size != manifest.database_bytes || sha256 != manifest.database_sha256 {
        return Err(damaged(format!(
            "{size} bytes with SHA-256 {sha256}, the manifest says {} bytes with {}",
            manifest.database_bytes, manifest.database_sha256
        )));
    }
    let contents = snapshot::inspect(unpacked).await.map_err(|e| match e {
        BackupError::Integrity(reason) => damaged(reason),
        other => other,
    })?;
    if contents.counts != manifest.counts {
        return Err(damaged("its tables' row counts differ".into()));
    }
    Ok(())
}

/// Whether the database at `path` has any accounts (an empty or fresh one may be replaced).
async fn holds_accounts(path: &Path) -> Result<bool, BackupError> {
    let contents = snapshot::inspect(path).await?;
    Ok(contents.counts.get("users").copied().unwrap_or(0) > 0)
}

/// Sessions and presence are not carried over: a restored instance starts with nobody signed
/// in, so a session token taken with the backup opens nothing.
async fn end_sessions(path: &Path) -> Result<(), BackupError> {
    let db = Database::connect(format!("sqlite://{}", path.display())).await?;
    for table in ["sessions", "section_presence"] {
        let exists = db
            .query_one_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                [table.into()],
            ))
            .await?
            .is_some();
        if exists {
            db.execute_raw(Statement::from_string(
                DbBackend::Sqlite,
                format!("DELETE FROM {table}"),
            ))
            .await?;
        }
    }
    db.close().await?;
    Ok(())
}

/// Moves the database at `target` and its companions out of the way: kept beside it when it
/// held data, deleted when it did not. Returns where it was kept.
fn set_aside(target: &Path, keep: bool) -> Result<Option<PathBuf>, BackupError> {
    let stamp = Utc::now().format("%Y%m%dT%H%M%SZ");
    let kept = PathBuf::from(format!("{}.replaced-{stamp}", target.display()));
    for suffix in COMPANIONS {
        let from = PathBuf::from(format!("{}{suffix}", target.display()));
        if !from.exists() {
            continue;
        }
        if keep {
            let to = PathBuf::from(format!("{}{suffix}", kept.display()));
            std::fs::rename(&from, &to).map_err(BackupError::io("cannot move aside", &from))?;
        } else {
            std::fs::remove_file(&from).map_err(BackupError::io("cannot remove", &from))?;
        }
    }
    Ok(keep.then_some(kept))
}
