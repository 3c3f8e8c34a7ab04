//! Beginning write transactions so they queue instead of failing, and ending them
//! explicitly, so a refused write releases its connection and locks at once instead of
//! whenever the pool next touches the connection (server only).

use sea_orm::{
    DatabaseTransaction, DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

use crate::error::AppError;

/// Begins a transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`) and so waits its turn within the busy timeout; a deferred transaction
/// that read first would instead fail with "database is locked" (`SQLITE_BUSY_SNAPSHOT`) the
/// moment it tried to write after another writer had committed. Elsewhere a plain `BEGIN`.
pub async fn begin<C: TransactionTrait>(db: &C) -> Result<C::Transaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// Commits `txn` if `result` is a success and rolls it back otherwise; returns `result`.
pub async fn finish<T>(
    txn: DatabaseTransaction,
    result: Result<T, AppError>,
) -> Result<T, AppError> {
    match result {
        Ok(value) => {
            txn.commit().await?;
            Ok(value)
        }
        Err(error) => {
            txn.rollback().await?;
            Err(error)
        }
    }
}
