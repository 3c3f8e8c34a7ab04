//! Saved views of the recommendation list: a name for an address query, kept for its author or
//! shared with the coalition (server only).

use chrono::Utc;
use entities::saved_view;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use super::{api::SavedView, server::search_of};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource, can},
        visibility::{Visibility, authorize},
    },
    error::AppError,
    transaction::finish,
};

/// The longest query a view keeps, in bytes.
const MAX_QUERY: usize = 2000;

/// The views `actor` sees: their own and those shared in their coalitions, by name.
pub async fn visible(db: &impl ConnectionTrait, actor: &Actor) -> Result<Vec<SavedView>, AppError> {
    let Some(user_id) = actor.user_id() else {
        return Ok(Vec::new());
    };
    let visibility = Visibility::of(actor)?;
    let views = visibility
        .restrict(saved_view::Entity::find(), saved_view::Column::CoalitionId)
        .filter(
            Condition::any()
                .add(saved_view::Column::UserId.eq(user_id))
                .add(saved_view::Column::Shared.eq(true)),
        )
        .order_by_asc(saved_view::Column::Name)
        .all(db)
        .await?;
    let authors =
        crate::directory::display_names(db, views.iter().map(|v| v.user_id).collect()).await?;
    Ok(views
        .into_iter()
        .map(|v| SavedView {
            can_delete: may_delete(actor, &v),
            author: authors.get(&v.user_id).cloned(),
            id: v.id,
            name: v.name,
            query: v.query,
            shared: v.shared,
        })
        .collect())
}

fn may_delete(actor: &Actor, view: &saved_view::Model) -> bool {
    actor.user_id() == Some(view.user_id)
        || can(
            actor,
            Action::Manage,
            Resource::Coalition {
                id: view.coalition_id,
            },
        )
}

/// Saves `query_string` as `name` in `coalition_id` for `actor` (shared when `shared`).
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    coalition_id: i32,
    name: &str,
    query_string: &str,
    shared: bool,
) -> Result<i32, AppError> {
    authorize(
        actor,
        Action::Read,
        Resource::Coalition { id: coalition_id },
    )?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        return Err(AppError::invalid("view-error-name"));
    }
    let query = query_string.trim().trim_start_matches('?');
    if query.len() > MAX_QUERY {
        return Err(AppError::invalid("view-error-query"));
    }
    let canonical = canonical(query);
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let id = saved_view::ActiveModel {
            user_id: Set(user_id),
            coalition_id: Set(coalition_id),
            name: Set(name.to_string()),
            query: Set(canonical.clone()),
            shared: Set(shared),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?
        .id;
        audit::record_action(
            &txn,
            user_id,
            audit::action::VIEW_SAVED,
            name,
            &canonical,
            Some(coalition_id),
        )
        .await?;
        Ok(id)
    }
    .await;
    finish(txn, result).await
}

/// What of `query` the list understands, in a canonical order (words, then facets).
fn canonical(query: &str) -> String {
    let (search, _) = search_of(query);
    let mut canonical = url::form_urlencoded::Serializer::new(String::new());
    if !search.query.is_empty() {
        canonical.append_pair("q", &search.query);
    }
    for (facet, values) in &search.filters {
        for value in values {
            canonical.append_pair(facet.code(), value);
        }
    }
    canonical.finish()
}

/// Deletes view `id` for its author or a coordinator of its coalition.
pub async fn delete(db: &DatabaseConnection, actor: &Actor, id: i32) -> Result<(), AppError> {
    let view = saved_view::Entity::find_by_id(id).one(db).await?;
    let Some(view) = view.filter(|v| {
        can(
            actor,
            Action::Read,
            Resource::Coalition { id: v.coalition_id },
        ) && (v.shared || actor.user_id() == Some(v.user_id))
    }) else {
        return Err(crate::recommendations::access::gone(
            actor,
            "view-error-gone",
        ));
    };
    if !may_delete(actor, &view) {
        return Err(AppError::Forbidden);
    }
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        saved_view::Entity::delete_by_id(id).exec(&txn).await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::VIEW_DELETED,
            &view.name,
            &view.query,
            Some(view.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}
