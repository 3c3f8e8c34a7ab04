//! Database URLs, connections (SQLite tuned for a web server, or PostgreSQL) and migrations.

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DbErr,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};

/// A validated database URL: an SQLite file or a PostgreSQL server. Its `Debug` and `Display`
/// never show the password.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// An SQLite database in a file (created if missing).
    Sqlite { path: PathBuf },
    /// A PostgreSQL server; `url` keeps the password, `display` hides it.
    Postgres { url: String, display: String },
}

impl DatabaseUrl {
    /// Parses `sqlite://path`, `sqlite:path` or `postgres://…` / `postgresql://…`.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        if let Some(rest) = raw
            .strip_prefix("sqlite://")
            .or_else(|| raw.strip_prefix("sqlite:"))
        {
            let path = rest.split('?').next().unwrap_or_default();
            if path.is_empty() {
                return Err(
                    "an SQLite URL needs a file path, e.g. sqlite://data/shadowdesk.db".into(),
                );
            }
            return Ok(DatabaseUrl::Sqlite {
                path: PathBuf::from(path),
            });
        }
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            let mut url =
                url::Url::parse(raw).map_err(|e| format!("not a valid PostgreSQL URL ({e})"))?;
            if url.host_str().is_none_or(str::is_empty) {
                return Err(
                    "a PostgreSQL URL needs a host, e.g. postgres://user@127.0.0.1:5432/db".into(),
                );
            }
            let full = url.to_string();
            if url.password().is_some() {
                let _ = url.set_password(Some("***"));
            }
            return Ok(DatabaseUrl::Postgres {
                url: full,
                display: url.to_string(),
            });
        }
        let scheme = raw.split(':').next().unwrap_or_default();
        Err(format!(
            "unsupported database {scheme:?}: use sqlite://path/to/file.db or postgres://user@host/db"
        ))
    }

    /// Whether this is the embedded SQLite database.
    pub fn is_sqlite(&self) -> bool {
        matches!(self, DatabaseUrl::Sqlite { .. })
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DatabaseUrl({self})")
    }
}

impl std::fmt::Display for DatabaseUrl {
    /// Shows the URL without its password, safe for logs and error messages.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DatabaseUrl::Sqlite { path } => write!(f, "sqlite://{}", path.display()),
            DatabaseUrl::Postgres { display, .. } => f.write_str(display),
        }
    }
}

/// Why the database could not be opened or migrated.
#[derive(Debug, thiserror::Error)]
pub enum DatabaseError {
    #[error("cannot create the directory {dir} for the SQLite database: {source}")]
    CreateDir {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the SQLite database {path} is read-only ({source}): Shadowdesk writes to it and to its \
         directory (for its write-ahead log); mount or grant them writable"
    )]
    ReadOnly {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot connect to the database at {url}: {source}")]
    Connect { url: String, source: DbErr },
    #[error("cannot apply migrations to {url}: {source}")]
    Migrate { url: String, source: DbErr },
}

/// Opens a connection pool. SQLite runs in WAL mode with foreign keys on and a busy timeout;
/// the file and its directory are created when missing.
pub async fn connect(
    url: &DatabaseUrl,
    max_connections: u32,
) -> Result<DatabaseConnection, DatabaseError> {
    let mut options = match url {
        DatabaseUrl::Sqlite { path } => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|source| DatabaseError::CreateDir {
                    dir: dir.to_path_buf(),
                    source,
                })?;
            }
            check_writable(path)?;
            let mut options = ConnectOptions::new(format!("sqlite://{}", path.display()));
            options.map_sqlx_sqlite_opts(|o| {
                o.create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(5))
            });
            options
        }
        DatabaseUrl::Postgres { url, .. } => ConnectOptions::new(url.clone()),
    };
    options
        .max_connections(max_connections)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5))
        .sqlx_logging(false);
    Database::connect(options)
        .await
        .map_err(|source| DatabaseError::Connect {
            url: url.to_string(),
            source,
        })
}

/// Refuses an SQLite file, or a directory, that cannot be written, before SQLite opens it
/// read-only without a word and fails later, on the first change.
fn check_writable(path: &Path) -> Result<(), DatabaseError> {
    let read_only = |source| DatabaseError::ReadOnly {
        path: path.to_path_buf(),
        source,
    };
    if path.exists() {
        std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(read_only)?;
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let probe = dir.join(format!(".shadowdesk-write-check-{}", std::process::id()));
    std::fs::File::create(&probe).map_err(read_only)?;
    let _ = std::fs::remove_file(probe);
    Ok(())
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection, url: &DatabaseUrl) -> Result<(), DatabaseError> {
    Migrator::up(db, None)
        .await
        .map_err(|source| DatabaseError::Migrate {
            url: url.to_string(),
            source,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_accept_both_spellings_and_drop_query() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://data/x.db?mode=rwc").unwrap(),
            DatabaseUrl::Sqlite {
                path: "data/x.db".into()
            }
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:/tmp/x.db").unwrap(),
            DatabaseUrl::Sqlite {
                path: "/tmp/x.db".into()
            }
        );
        assert!(DatabaseUrl::parse("sqlite://").is_err());
    }

    #[test]
    fn postgres_passwords_never_show() {
        let url = DatabaseUrl::parse("postgres://app:s3cret@db.internal:5432/shadowdesk").unwrap();
        assert!(!url.to_string().contains("s3cret"), "{url}");
        assert!(url.to_string().contains("db.internal:5432/shadowdesk"));
        assert!(!format!("{url:?}").contains("s3cret"));
    }

    #[test]
    fn malformed_and_foreign_urls_are_refused_with_a_reason() {
        assert!(
            DatabaseUrl::parse("postgres://")
                .unwrap_err()
                .contains("host")
        );
        assert!(
            DatabaseUrl::parse("mysql://root@localhost/x")
                .unwrap_err()
                .contains("unsupported")
        );
        assert!(
            DatabaseUrl::parse("not a url")
                .unwrap_err()
                .contains("unsupported")
        );
    }
}
