//! Names of people and organisations by id, for the rows a page shows: one query each,
//! limited to the ids asked for (server only). Ids come as a `Vec` so that callers collect
//! them before the query is awaited (an iterator of closures held across the await would
//! make the server function's future not `Send`).

use std::collections::HashMap;

use entities::{coalition_member, organisation, user};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// Display names of the users among `ids`.
pub async fn display_names(
    db: &impl ConnectionTrait,
    ids: Vec<i32>,
) -> Result<HashMap<i32, String>, DbErr> {
    names::<user::Entity>(db, ids, user::Column::Id, |u| (u.id, u.display_name)).await
}

/// Short names of the organisations among `ids`.
pub async fn short_names(
    db: &impl ConnectionTrait,
    ids: Vec<i32>,
) -> Result<HashMap<i32, String>, DbErr> {
    names::<organisation::Entity>(db, ids, organisation::Column::Id, |o| (o.id, o.short_name)).await
}

/// The member organisations of coalition `coalition_id` as (id, short name), by short name.
pub async fn coalition_organisations(
    db: &impl ConnectionTrait,
    coalition_id: i32,
) -> Result<Vec<(i32, String)>, DbErr> {
    let member_ids: Vec<i32> = coalition_member::Entity::find()
        .filter(coalition_member::Column::CoalitionId.eq(coalition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.organisation_id)
        .collect();
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(member_ids))
        .order_by_asc(organisation::Column::ShortName)
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.short_name))
        .collect())
}

/// `name` of each row of `E` whose `id_column` is among `ids`.
async fn names<E: EntityTrait>(
    db: &impl ConnectionTrait,
    mut ids: Vec<i32>,
    id_column: E::Column,
    name: fn(E::Model) -> (i32, String),
) -> Result<HashMap<i32, String>, DbErr> {
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(E::find()
        .filter(id_column.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(name)
        .collect())
}
