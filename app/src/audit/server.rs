//! Audit log queries (server only).

use std::collections::HashMap;

use chrono::NaiveTime;
use entities::{audit_event, user};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::api::{ACTIONS, AuditFilter, AuditRow};
use crate::{
    auth::{
        policy::{Action, Actor, Resource, can},
        visibility::authorize,
    },
    error::AppError,
};

/// A `YYYY-MM-DD` filter day, if given.
fn day(value: &str) -> Result<Option<chrono::NaiveDate>, AppError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| AppError::invalid("audit-error-date"))
}

/// Entries shown at most.
pub const PAGE: u64 = 200;

/// The newest entries `actor` may read: all for administrators; for coordinators, those filed
/// under the coalitions they coordinate; nobody else reads the log.
pub async fn entries(
    db: &DatabaseConnection,
    actor: &Actor,
    filter: &AuditFilter,
) -> Result<Vec<AuditRow>, AppError> {
    let mut query = audit_event::Entity::find();
    if !can(actor, Action::Manage, Resource::Instance) {
        let coordinated: Vec<i32> = match actor {
            Actor::User { roles, .. } => roles
                .keys()
                .copied()
                .filter(|&id| can(actor, Action::Manage, Resource::Coalition { id }))
                .collect(),
            Actor::Anonymous => Vec::new(),
        };
        if coordinated.is_empty() {
            // Anonymous: sign in; anyone else: not allowed.
            authorize(actor, Action::Manage, Resource::Instance)?;
        }
        query = query.filter(audit_event::Column::CoalitionId.is_in(coordinated));
    }
    let action = filter.action.trim();
    if !action.is_empty() {
        if !ACTIONS.contains(&action) {
            return Err(AppError::invalid("audit-error-action"));
        }
        query = query.filter(audit_event::Column::Action.eq(action));
    }
    let (from, to) = (day(&filter.from)?, day(&filter.to)?);
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(AppError::invalid("audit-error-range"));
    }
    if let Some(from) = from {
        query = query.filter(audit_event::Column::At.gte(from.and_time(NaiveTime::MIN).and_utc()));
    }
    if let Some(to) = to.and_then(|d| d.succ_opt()) {
        query = query.filter(audit_event::Column::At.lt(to.and_time(NaiveTime::MIN).and_utc()));
    }
    let who = filter.who.trim().to_lowercase();
    if !who.is_empty() {
        let people: Vec<i32> = user::Entity::find()
            .filter(
                Condition::any()
                    .add(user::Column::Email.contains(&who))
                    .add(user::Column::DisplayName.contains(filter.who.trim())),
            )
            .all(db)
            .await?
            .into_iter()
            .map(|u| u.id)
            .collect();
        query = query.filter(
            Condition::any()
                .add(audit_event::Column::ActorUserId.is_in(people))
                .add(audit_event::Column::Subject.contains(&who)),
        );
    }
    let events = query
        .order_by_desc(audit_event::Column::At)
        .order_by_desc(audit_event::Column::Id)
        .limit(PAGE)
        .all(db)
        .await?;
    let actor_ids: Vec<i32> = events.iter().filter_map(|e| e.actor_user_id).collect();
    let names: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(actor_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(events
        .into_iter()
        .map(|e| AuditRow {
            at: e.at.format("%Y-%m-%d %H:%M:%S").to_string(),
            actor: e.actor_user_id.and_then(|id| names.get(&id).cloned()),
            action: e.action,
            subject: e.subject,
            detail: e.detail,
            client_address: e.client_address,
        })
        .collect())
}
