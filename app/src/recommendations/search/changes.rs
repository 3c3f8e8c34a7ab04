//! Telling every app server's search index what changed: a writer bumps the one generation
//! row inside its transaction — whose row lock makes generations commit in order — and logs
//! the recommendations it changed under the new generation (server only).

use entities::{search_change, search_generation};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait},
};

/// Above this many changed recommendations a writer asks for a whole rebuild instead.
pub const MAX_LOGGED: usize = 1000;

/// What changed since a generation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Changed {
    /// These recommendations (added, changed or deleted).
    Some(Vec<i32>),
    /// Too much to list: rebuild.
    Everything,
}

/// Records, in the caller's transaction, that `ids` changed (`None`: everything).
pub async fn touch(db: &impl ConnectionTrait, ids: Option<&[i32]>) -> Result<(), DbErr> {
    search_generation::Entity::update_many()
        .col_expr(
            search_generation::Column::Value,
            Expr::col(search_generation::Column::Value).add(1),
        )
        .filter(search_generation::Column::Id.eq(1))
        .exec(db)
        .await?;
    let generation = current(db).await?;
    let rows: Vec<Option<i32>> = match ids {
        Some(ids) if ids.len() <= MAX_LOGGED => ids.iter().copied().map(Some).collect(),
        _ => vec![None],
    };
    if rows.is_empty() {
        return Ok(());
    }
    search_change::Entity::insert_many(rows.into_iter().map(|id| search_change::ActiveModel {
        generation: Set(generation),
        recommendation_id: Set(id),
        ..Default::default()
    }))
    .exec(db)
    .await?;
    Ok(())
}

/// The generation the committed data is at.
pub async fn current(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    Ok(search_generation::Entity::find_by_id(1)
        .one(db)
        .await?
        .map_or(0, |g| g.value))
}

/// What changed after generation `since` up to `until`.
pub async fn since(db: &impl ConnectionTrait, since: i64, until: i64) -> Result<Changed, DbErr> {
    let rows = search_change::Entity::find()
        .filter(search_change::Column::Generation.gt(since))
        .filter(search_change::Column::Generation.lte(until))
        .order_by_asc(search_change::Column::Id)
        .limit(MAX_LOGGED as u64 + 1)
        .all(db)
        .await?;
    if rows.len() > MAX_LOGGED || rows.iter().any(|r| r.recommendation_id.is_none()) {
        return Ok(Changed::Everything);
    }
    let mut ids: Vec<i32> = rows
        .into_iter()
        .filter_map(|r| r.recommendation_id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(Changed::Some(ids))
}
