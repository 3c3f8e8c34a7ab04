//! Telling the database's own troubles — unreachable, disk full, read-only, failing storage —
//! from a fault of the request, so that people get a clear message (503) instead of an
//! internal error, on SQLite and PostgreSQL alike.

use sea_orm::{DbErr, RuntimeErr, sqlx};

/// What is wrong with the database, when it is not the request's fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageTrouble {
    /// The database server cannot be reached (stopped, restarting, network gone).
    Unreachable,
    /// The disk holding the database is full.
    Full,
    /// The database is read-only (a read-only file or mount, a standby server).
    ReadOnly,
    /// The storage failed to read or write.
    Failing,
}

impl StorageTrouble {
    /// Classifies `error`; `None` for everything else (bugs, constraint violations…).
    pub fn of(error: &DbErr) -> Option<Self> {
        let sqlx = match error {
            // Whatever broke while connecting, the database is out of reach.
            DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => {
                return Some(StorageTrouble::Unreachable);
            }
            DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => e,
            _ => return None,
        };
        match sqlx.as_ref() {
            sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::Protocol(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::WorkerCrashed => Some(StorageTrouble::Unreachable),
            sqlx::Error::Database(database) => {
                let code = database.code()?;
                if database
                    .try_downcast_ref::<sqlx::sqlite::SqliteError>()
                    .is_some()
                {
                    Self::of_sqlite(code.parse().ok()?)
                } else {
                    Self::of_sqlstate(&code)
                }
            }
            _ => None,
        }
    }

    /// Classifies an SQLite result code (extended codes keep the primary one in their low
    /// byte).
    fn of_sqlite(code: u32) -> Option<Self> {
        match code & 0xff {
            13 => Some(StorageTrouble::Full),
            8 => Some(StorageTrouble::ReadOnly),
            // I/O error, corrupt file, cannot open.
            10 | 11 | 14 => Some(StorageTrouble::Failing),
            _ => None,
        }
    }

    /// Classifies a PostgreSQL SQLSTATE.
    fn of_sqlstate(code: &str) -> Option<Self> {
        match code {
            "53100" => Some(StorageTrouble::Full),
            "25006" => Some(StorageTrouble::ReadOnly),
            "58030" => Some(StorageTrouble::Failing),
            // Shutting down, crashed, starting up; connection failures.
            "57P01" | "57P02" | "57P03" => Some(StorageTrouble::Unreachable),
            _ if code.starts_with("08") => Some(StorageTrouble::Unreachable),
            _ => None,
        }
    }

    /// The message that tells people, under this key in every language.
    pub fn message_key(self) -> &'static str {
        match self {
            StorageTrouble::Unreachable => "storage-unreachable",
            StorageTrouble::Full => "storage-full",
            StorageTrouble::ReadOnly => "storage-read-only",
            StorageTrouble::Failing => "storage-failing",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_and_postgresql_codes_are_told_apart() {
        assert_eq!(StorageTrouble::of_sqlite(13), Some(StorageTrouble::Full));
        // SQLITE_READONLY_DBMOVED (8 | 4 << 8) is still read-only.
        assert_eq!(
            StorageTrouble::of_sqlite(1032),
            Some(StorageTrouble::ReadOnly)
        );
        assert_eq!(
            StorageTrouble::of_sqlite(3338),
            Some(StorageTrouble::Failing)
        );
        assert_eq!(StorageTrouble::of_sqlite(2067), None, "a unique violation");
        assert_eq!(
            StorageTrouble::of_sqlstate("53100"),
            Some(StorageTrouble::Full)
        );
        assert_eq!(
            StorageTrouble::of_sqlstate("25006"),
            Some(StorageTrouble::ReadOnly)
        );
        assert_eq!(
            StorageTrouble::of_sqlstate("57P01"),
            Some(StorageTrouble::Unreachable)
        );
        assert_eq!(
            StorageTrouble::of_sqlstate("08006"),
            Some(StorageTrouble::Unreachable)
        );
        assert_eq!(
            StorageTrouble::of_sqlstate("23505"),
            None,
            "a unique violation"
        );
    }

    #[test]
    fn pool_and_connection_failures_are_unreachable() {
        let timeout = DbErr::ConnectionAcquire(sea_orm::error::ConnAcquireErr::Timeout);
        assert_eq!(
            StorageTrouble::of(&timeout),
            Some(StorageTrouble::Unreachable)
        );
        assert_eq!(StorageTrouble::of(&DbErr::RecordNotFound("x".into())), None);
    }
}
