//! `shadowdesk backup` and `shadowdesk restore` for the embedded SQLite database.
//!
//! A backup is one zip archive holding a consistent snapshot of the database, taken online
//! with `VACUUM INTO` while the server keeps serving, and a manifest of what it holds. The
//! snapshot holds everything: reports, revisions, recommendations, the uploaded evidence files
//! and the kept final exports are all rows of the database. PostgreSQL is backed up with its
//! own tools (`pg_dump`, see the README), which this refuses with that advice.

mod create;
mod manifest;
mod restore;
mod snapshot;

use std::path::{Path, PathBuf};

pub use create::backup;
pub use manifest::Manifest;
pub use restore::restore;

/// The manifest's name inside the archive.
pub const MANIFEST_ENTRY: &str = "manifest.json";
/// The database snapshot's name inside the archive.
pub const DATABASE_ENTRY: &str = "shadowdesk.db";

/// Why a backup or a restore failed. Nothing is left half-written either way.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "backup and restore work on the SQLite database; back up PostgreSQL with pg_dump \
         (pg_dump --format=custom --file=shadowdesk.dump \"$SHADOWDESK_DATABASE_URL\") and \
         restore it with pg_restore, as the README describes"
    )]
    NotSqlite,
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("the archive {path} is not a Shadowdesk backup: {reason}")]
    NotABackup { path: PathBuf, reason: String },
    #[error(
        "the archive {path} is damaged: its database does not match the manifest ({reason}); \
         nothing was restored"
    )]
    Damaged { path: PathBuf, reason: String },
    #[error(
        "the database {0} already holds data; stop the server and add --force to replace it \
         (the current file is kept beside it)"
    )]
    TargetInUse(PathBuf),
    #[error("{0} already exists; choose another --out file")]
    OutExists(PathBuf),
    #[error("the database failed its integrity check: {0}")]
    Integrity(String),
}

impl BackupError {
    fn io(action: &'static str, path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.into();
        move |source| BackupError::Io {
            action,
            path,
            source,
        }
    }
}

/// A scratch directory (removed when dropped) beside `file`, whose directory is created if
/// missing: what is made there moves into place with one rename, on one file system.
fn scratch_beside(file: &Path, prefix: &str) -> Result<(PathBuf, tempfile::TempDir), BackupError> {
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    std::fs::create_dir_all(&dir).map_err(BackupError::io("cannot create", &dir))?;
    let scratch = tempfile::Builder::new()
        .prefix(prefix)
        .tempdir_in(&dir)
        .map_err(BackupError::io(
            "cannot create a scratch directory in",
            &dir,
        ))?;
    Ok((dir, scratch))
}

/// What a restore put in place, for the command's summary line.
#[derive(Debug)]
pub struct Restored {
    pub manifest: Manifest,
    /// Where the database that was replaced (with `--force`) was moved.
    pub replaced: Option<PathBuf>,
}

/// The summary line of a backup or a restore.
pub fn describe(manifest: &Manifest) -> String {
    let count = |table: &str| manifest.counts.get(table).copied().unwrap_or(0);
    format!(
        "{} reports, {} section revisions, {} recommendations, {} evidence files ({} bytes), \
         {} kept exports, {} accounts; taken {} at migration {}",
        count("reports"),
        count("section_revisions"),
        count("recommendations"),
        count("evidence_files"),
        manifest.evidence_bytes,
        count("report_exports"),
        count("users"),
        manifest.created_at.format("%Y-%m-%d %H:%M:%S UTC"),
        manifest.last_migration,
    )
}
