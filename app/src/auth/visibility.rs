//! The request's [`Actor`] and what it may see: administrators every coalition, everyone else
//! only the coalitions they hold a role in. Members of other coalitions see nothing of them.

use std::collections::HashMap;

use entities::{coalition, coalition_role, organisation_member, user};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Select,
    sea_query::IntoCondition,
};

use super::policy::{Action, Actor, Resource, can};
use crate::error::AppError;

/// The coalitions a request may read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Visibility {
    /// An instance administrator: every coalition.
    All,
    /// The coalitions the user may read.
    Coalitions(Vec<i32>),
}

impl Visibility {
    /// What `actor` may read; anonymous visitors read nothing.
    pub fn of(actor: &Actor) -> Result<Self, AppError> {
        match actor {
            Actor::Anonymous => Err(AppError::Unauthenticated),
            Actor::User { is_admin: true, .. } => Ok(Visibility::All),
            Actor::User { roles, .. } => Ok(Visibility::Coalitions(
                roles
                    .keys()
                    .copied()
                    .filter(|&id| can(actor, Action::Read, Resource::Coalition { id }))
                    .collect(),
            )),
        }
    }

    /// Restricts `query` to rows whose `coalition_column` is visible.
    pub fn restrict<E: EntityTrait>(
        &self,
        query: Select<E>,
        coalition_column: impl ColumnTrait,
    ) -> Select<E> {
        match self {
            Visibility::All => query,
            Visibility::Coalitions(ids) => {
                query.filter(coalition_column.is_in(ids.iter().copied()).into_condition())
            }
        }
    }
}

/// The actor for a signed-in `user`: their coalition roles and organisations. Roles in
/// coalitions that require a second factor count only once the user has one.
pub async fn actor_for(db: &impl ConnectionTrait, user: &user::Model) -> Result<Actor, DbErr> {
    let mut roles = coalition_role::Entity::find()
        .filter(coalition_role::Column::UserId.eq(user.id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.coalition_id, r.role))
        .collect::<HashMap<_, _>>();
    if user.totp_secret.is_none() && !roles.is_empty() {
        for (id, _) in super::account::coalitions_requiring_second_factor(db, user.id).await? {
            roles.remove(&id);
        }
    }
    let memberships = organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.eq(user.id))
        .all(db)
        .await?;
    let case_work = memberships
        .iter()
        .filter(|m| m.case_worker)
        .map(|m| m.organisation_id)
        .collect();
    let organisations = memberships.iter().map(|m| m.organisation_id).collect();
    Ok(Actor::User {
        id: user.id,
        is_admin: user.is_admin,
        roles,
        organisations,
        case_work,
        archived: archived_coalitions(db).await?,
    })
}

/// Ids of the archived coalitions (few: archiving is rare).
pub async fn archived_coalitions(db: &impl ConnectionTrait) -> Result<Vec<i32>, DbErr> {
    Ok(coalition::Entity::find()
        .filter(coalition::Column::ArchivedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect())
}

/// The actor making the current request.
pub async fn current_actor(db: &impl ConnectionTrait) -> Result<Actor, DbErr> {
    match super::server::current_session(db).await? {
        Some((_, user)) => actor_for(db, &user).await,
        None => Ok(Actor::Anonymous),
    }
}

/// The request's database and who is asking: what nearly every server function starts with.
pub async fn db_and_actor() -> Result<(DatabaseConnection, Actor), AppError> {
    let db = crate::error::db()?;
    let actor = current_actor(&db).await?;
    Ok((db, actor))
}

/// What the current request may read; `Unauthenticated` without a live session.
pub async fn require_visibility(db: &impl ConnectionTrait) -> Result<Visibility, AppError> {
    Visibility::of(&current_actor(db).await?)
}

/// Refuses unless `actor` may do `action` on `resource`: `Unauthenticated` for anonymous
/// visitors, `Forbidden` for everyone else.
pub fn authorize(actor: &Actor, action: Action, resource: Resource<'_>) -> Result<(), AppError> {
    if can(actor, action, resource) {
        Ok(())
    } else if *actor == Actor::Anonymous {
        Err(AppError::Unauthenticated)
    } else {
        Err(AppError::Forbidden)
    }
}
