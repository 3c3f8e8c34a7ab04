//! Beginning write transactions so they queue instead of failing, and ending them
//! explicitly, so a refused write releases its connection and locks at once instead of
//! whenever the pool next touches the connection (server only).

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter,
    SqliteTransactionMode, TransactionOptions, TransactionTrait, UpdateMany, sea_query::Expr,
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

/// A table whose rows carry an `id` and a `version` that every save increments, so that two
/// people saving the same row cannot overwrite each other unawares.
pub trait Versioned: EntityTrait {
    /// The primary key column.
    fn id_column() -> Self::Column;
    /// The version column.
    fn version_column() -> Self::Column;
}

macro_rules! versioned {
    ($($entity:ident),*) => {
        $(
            impl Versioned for entities::$entity::Entity {
                fn id_column() -> Self::Column {
                    entities::$entity::Column::Id
                }

                fn version_column() -> Self::Column {
                    entities::$entity::Column::Version
                }
            }
        )*
    };
}

versioned!(
    assessment,
    coalition,
    monitoring_event,
    organisation,
    recommendation,
    report,
    report_section,
    section_translation,
    submission_profile
);

/// Applies `update` to row `id` only if it is still at `version`, and moves it to the next
/// version; refuses with the translated `stale` message when someone saved it first (or it
/// is gone). `update` sets the changed columns and may add conditions of its own.
pub async fn update_if_current<E: Versioned>(
    db: &impl ConnectionTrait,
    update: UpdateMany<E>,
    id: i32,
    version: i32,
    stale: &'static str,
) -> Result<(), AppError> {
    let updated = update
        .col_expr(E::version_column(), Expr::value(version + 1))
        .filter(E::id_column().eq(id))
        .filter(E::version_column().eq(version))
        .exec(db)
        .await?;
    if updated.rows_affected != 1 {
        return Err(AppError::invalid(stale));
    }
    Ok(())
}
