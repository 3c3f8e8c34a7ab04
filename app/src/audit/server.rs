//! Audit log queries (server only).

use std::collections::HashMap;

use entities::{audit_event, user};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::api::AuditRow;
use crate::{
    auth::{
        policy::{Action, Actor, Resource, can},
        visibility::authorize,
    },
    error::AppError,
};

/// Entries shown at most.
pub const PAGE: u64 = 200;

/// The newest entries `actor` may read: all for administrators; for coordinators, those filed
/// under the coalitions they coordinate; nobody else reads the log.
pub async fn entries(
    db: &DatabaseConnection,
    actor: &Actor,
    action: &str,
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
    if !action.is_empty() {
        query = query.filter(audit_event::Column::Action.eq(action));
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
