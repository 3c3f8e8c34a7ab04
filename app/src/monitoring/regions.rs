//! The coalition's list of regions (server only): its coordinators add and remove names; the
//! event forms offer them, and once a coalition has a list, its events must name one of them.

use chrono::Utc;
use entities::{coalition, monitoring_region};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};

use super::api::RegionList;
use crate::{
    auth::{
        audit::{self, action},
        policy::{Action, Actor, Resource, can},
        visibility::{Visibility, authorize},
    },
    error::AppError,
    transaction::{begin, finish},
};

const MAX_NAME: usize = 100;

/// The names in coalition `coalition_id`'s list, in order.
pub async fn names(db: &impl ConnectionTrait, coalition_id: i32) -> Result<Vec<String>, AppError> {
    Ok(monitoring_region::Entity::find()
        .filter(monitoring_region::Column::CoalitionId.eq(coalition_id))
        .order_by_asc(monitoring_region::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.name)
        .collect())
}

/// Refuses `region` for an event of `coalition_id` whose list does not name it (a coalition
/// without a list takes any region).
pub async fn check(
    db: &impl ConnectionTrait,
    coalition_id: i32,
    region: &str,
) -> Result<(), AppError> {
    let listed = names(db, coalition_id).await?;
    if listed.is_empty() || listed.iter().any(|name| name == region) {
        Ok(())
    } else {
        Err(AppError::invalid("monitoring-error-region-list"))
    }
}

/// The lists of `actor`'s coalitions, with whether they keep each.
pub async fn lists(db: &DatabaseConnection, actor: &Actor) -> Result<Vec<RegionList>, AppError> {
    let coalitions = Visibility::of(actor)?
        .restrict(coalition::Entity::find(), coalition::Column::Id)
        .order_by_asc(coalition::Column::Name)
        .all(db)
        .await?;
    let mut lists = Vec::with_capacity(coalitions.len());
    for c in coalitions {
        lists.push(RegionList {
            coalition_id: c.id,
            names: names(db, c.id).await?,
            can_edit: can(actor, Action::Manage, Resource::Coalition { id: c.id }),
            coalition: c.name,
        });
    }
    Ok(lists)
}

/// Adds `name` to coalition `coalition_id`'s list, or (`listed` false) takes it off.
pub async fn set(
    db: &DatabaseConnection,
    actor: &Actor,
    coalition_id: i32,
    name: &str,
    listed: bool,
) -> Result<(), AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    authorize(
        actor,
        Action::Manage,
        Resource::Coalition { id: coalition_id },
    )?;
    let name = name.trim().to_string();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(AppError::invalid("monitoring-error-region"));
    }
    let txn = begin(db).await?;
    let result = async {
        use monitoring_region::Column as C;
        if listed {
            monitoring_region::Entity::insert(monitoring_region::ActiveModel {
                coalition_id: sea_orm::ActiveValue::Set(coalition_id),
                name: sea_orm::ActiveValue::Set(name.clone()),
                created_at: sea_orm::ActiveValue::Set(Utc::now()),
                ..Default::default()
            })
            .on_conflict(
                OnConflict::columns([C::CoalitionId, C::Name])
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
        } else {
            monitoring_region::Entity::delete_many()
                .filter(C::CoalitionId.eq(coalition_id))
                .filter(C::Name.eq(name.clone()))
                .exec(&txn)
                .await?;
        }
        let what = if listed {
            action::REGION_LISTED
        } else {
            action::REGION_UNLISTED
        };
        audit::record_action(&txn, user_id, what, &name, "", Some(coalition_id)).await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}
