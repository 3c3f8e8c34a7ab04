//! Ending transactions explicitly, so a refused write releases its connection and locks at
//! once instead of whenever the pool next touches the connection (server only).

use sea_orm::DatabaseTransaction;

use crate::error::AppError;

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
