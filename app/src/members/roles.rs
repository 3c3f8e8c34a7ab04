//! Changing a member's coalition role or removing them from the coalition (server only).

use chrono::Utc;
use entities::{coalition_role, user};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, sea_query::Expr,
};

use crate::{
    auth::{
        audit,
        policy::{self, Action, Actor, Resource, Role},
        server::client_info,
        visibility::authorize,
    },
    error::AppError,
    states::Named,
};

/// What to do with the member's role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoleChange {
    /// Give them the role of this stored name, as asked for (checked once the asker may).
    Set(String),
    /// Take them out of the coalition.
    Remove,
}

/// Applies `change` to `user_id`'s role in `coalition_id` (coordinators of the coalition and
/// administrators). The coalition always keeps at least one coordinator. One transaction with
/// its audit entry.
pub async fn change(
    db: &DatabaseConnection,
    actor: &Actor,
    coalition_id: i32,
    user_id: i32,
    change: RoleChange,
) -> Result<(), AppError> {
    authorize(
        actor,
        Action::Manage,
        Resource::Coalition { id: coalition_id },
    )?;
    let Actor::User { id: actor_id, .. } = actor else {
        return Err(AppError::Unauthenticated);
    };
    let new_role = match &change {
        RoleChange::Set(name) => {
            Some(Role::parse(name).ok_or_else(|| AppError::invalid("invite-error-role"))?)
        }
        RoleChange::Remove => None,
    };
    let txn = crate::transaction::begin(db).await?;
    let current = coalition_role::Entity::find_by_id((coalition_id, user_id))
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::invalid("member-error-not-member"))?;
    // A coalition is never left without someone to run it.
    if policy::runs_the_coalition(current.role) && !new_role.is_some_and(policy::runs_the_coalition)
    {
        let runners = Role::ALL
            .iter()
            .copied()
            .filter(|role| policy::runs_the_coalition(*role));
        let coordinators = coalition_role::Entity::find()
            .filter(coalition_role::Column::CoalitionId.eq(coalition_id))
            .filter(coalition_role::Column::Role.is_in(runners))
            .count(&txn)
            .await?;
        if coordinators <= 1 {
            return Err(AppError::invalid("member-error-last-coordinator"));
        }
    }
    let detail = match new_role {
        Some(role) => {
            coalition_role::Entity::update_many()
                .col_expr(coalition_role::Column::Role, Expr::value(role))
                .filter(coalition_role::Column::CoalitionId.eq(coalition_id))
                .filter(coalition_role::Column::UserId.eq(user_id))
                .exec(&txn)
                .await?;
            format!("{} → {role}", current.role)
        }
        None => {
            coalition_role::Entity::delete_by_id((coalition_id, user_id))
                .exec(&txn)
                .await?;
            format!("{} removed", current.role)
        }
    };
    let email = user::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .map(|u| u.email)
        .unwrap_or_default();
    let client = client_info();
    let action = match change {
        RoleChange::Set(_) => audit::action::ROLE_CHANGED,
        RoleChange::Remove => audit::action::MEMBER_REMOVED,
    };
    let entry = audit::Entry {
        actor_user_id: Some(*actor_id),
        action,
        subject: Some(&email),
        detail: &detail,
        client_address: client.address.as_deref(),
    };
    audit::record_in_coalition(&txn, entry, Some(coalition_id), Utc::now()).await?;
    txn.commit().await?;
    Ok(())
}
