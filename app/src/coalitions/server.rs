//! Administering coalitions (server only): the list, creating and editing, archiving and
//! restoring, and member organisations. The policy decides every step.

use std::collections::HashMap;

use chrono::Utc;
use entities::{coalition, coalition_member, organisation};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};

use super::api::{CoalitionForm, CoalitionList, CoalitionRow, CoalitionSettings};
use crate::{
    auth::{
        audit::{self, action},
        policy::{Action, Actor, Resource, can},
        visibility::authorize,
    },
    error::AppError,
    i18n::Locale,
    reports::deadline,
    transaction::update_if_current,
};

/// The longest search, name, short name and description accepted.
const MAX_SEARCH: usize = 200;
const MAX_NAME: usize = 200;
const MAX_SHORT_NAME: usize = 40;
const MAX_DESCRIPTION: usize = 4000;

/// Every organisation as (id, name), sorted by name.
async fn organisation_names(db: &impl ConnectionTrait) -> Result<Vec<(i32, String)>, AppError> {
    Ok(organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

/// The administration list (administrators).
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    search: &str,
    archived: bool,
) -> Result<CoalitionList, AppError> {
    authorize(actor, Action::Manage, Resource::Instance)?;
    if search.chars().count() > MAX_SEARCH {
        return Err(AppError::invalid("coalition-error-search"));
    }
    let needle = search.trim().to_lowercase();
    let mut query = coalition::Entity::find().order_by_asc(coalition::Column::Name);
    query = if archived {
        query.filter(coalition::Column::ArchivedAt.is_not_null())
    } else {
        query.filter(coalition::Column::ArchivedAt.is_null())
    };
    let organisations = organisation_names(db).await?;
    let names: HashMap<i32, String> = organisations.iter().cloned().collect();
    let mut members: HashMap<i32, i64> = HashMap::new();
    for member in coalition_member::Entity::find().all(db).await? {
        *members.entry(member.coalition_id).or_default() += 1;
    }
    let rows = query
        .all(db)
        .await?
        .into_iter()
        .filter(|c| {
            needle.is_empty()
                || c.name.to_lowercase().contains(&needle)
                || c.short_name.to_lowercase().contains(&needle)
        })
        .map(|c| CoalitionRow {
            lead_organisation: names
                .get(&c.lead_organisation_id)
                .cloned()
                .unwrap_or_default(),
            member_count: members.get(&c.id).copied().unwrap_or_default(),
            archived_on: c.archived_at.map(|at| at.format("%Y-%m-%d").to_string()),
            id: c.id,
            name: c.name,
            short_name: c.short_name,
        })
        .collect();
    Ok(CoalitionList {
        rows,
        organisations,
        time_zones: deadline::names(),
    })
}

/// The coalition `id`, or a validation refusal naming it unknown.
pub(super) async fn find(db: &impl ConnectionTrait, id: i32) -> Result<coalition::Model, AppError> {
    coalition::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::invalid("coalition-error-unknown"))
}

/// One coalition's administration page: administrators (archived ones too) and the
/// coalition's coordinators.
pub async fn admin_view(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<CoalitionSettings, AppError> {
    let can_archive = can(actor, Action::Manage, Resource::Instance);
    if !can_archive {
        authorize(actor, Action::Manage, Resource::Coalition { id })?;
    }
    let can_edit = can(actor, Action::Manage, Resource::Coalition { id });
    let found = find(db, id).await?;
    let member_ids: Vec<i32> = coalition_member::Entity::find()
        .filter(coalition_member::Column::CoalitionId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.organisation_id)
        .collect();
    let (members, candidates) = organisation_names(db)
        .await?
        .into_iter()
        .partition(|(org, _)| member_ids.contains(org));
    let publication = super::publication::publication_of(&found, actor);
    Ok(CoalitionSettings {
        publication,
        form: CoalitionForm {
            id: found.id,
            version: found.version,
            name: found.name,
            short_name: found.short_name,
            description: found.description,
            default_locale: found.default_locale,
            time_zone: found.time_zone,
            lead_organisation_id: found.lead_organisation_id,
        },
        archived_on: found
            .archived_at
            .map(|at| at.format("%Y-%m-%d").to_string()),
        members,
        candidates,
        time_zones: deadline::names(),
        can_edit,
        can_archive,
    })
}

/// Checks a coalition's details; returns them trimmed.
fn validated(form: CoalitionForm) -> Result<CoalitionForm, AppError> {
    let form = CoalitionForm {
        name: form.name.trim().to_string(),
        short_name: form.short_name.trim().to_string(),
        description: form.description.trim().to_string(),
        default_locale: form.default_locale.trim().to_string(),
        time_zone: form.time_zone.trim().to_string(),
        ..form
    };
    let name_length = form.name.chars().count();
    if name_length == 0 || name_length > MAX_NAME {
        return Err(AppError::invalid("coalition-error-name"));
    }
    if form.short_name.chars().count() > MAX_SHORT_NAME {
        return Err(AppError::invalid("coalition-error-short-name"));
    }
    if form.description.chars().count() > MAX_DESCRIPTION {
        return Err(AppError::invalid("coalition-error-description"));
    }
    if !Locale::ALL.iter().any(|l| l.code() == form.default_locale) {
        return Err(AppError::invalid("coalition-error-locale"));
    }
    if form.time_zone.parse::<chrono_tz::Tz>().is_err() {
        return Err(AppError::invalid("coalition-error-time-zone"));
    }
    Ok(form)
}

/// Creates (`form.id` 0, administrators) or updates (coordinators and administrators, while
/// not archived) a coalition; one transaction with its audit entry. Answers the id.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    form: CoalitionForm,
) -> Result<i32, AppError> {
    if form.id == 0 {
        authorize(actor, Action::Manage, Resource::Instance)?;
    } else {
        authorize(actor, Action::Manage, Resource::Coalition { id: form.id })?;
    }
    let Actor::User { id: user_id, .. } = actor else {
        return Err(AppError::Unauthenticated);
    };
    let form = validated(form)?;
    let txn = crate::transaction::begin(db).await?;
    let result = save_in(&txn, *user_id, form).await;
    crate::transaction::finish(txn, result).await
}

async fn save_in(
    txn: &impl ConnectionTrait,
    user_id: i32,
    form: CoalitionForm,
) -> Result<i32, AppError> {
    if organisation::Entity::find_by_id(form.lead_organisation_id)
        .one(txn)
        .await?
        .is_none()
    {
        return Err(AppError::invalid("coalition-error-lead"));
    }
    let clash = coalition::Entity::find()
        .filter(coalition::Column::Name.eq(&form.name))
        .filter(coalition::Column::Id.ne(form.id))
        .one(txn)
        .await?;
    if clash.is_some() {
        return Err(AppError::invalid("coalition-error-name-taken"));
    }
    let now = Utc::now();
    let (id, what) = if form.id == 0 {
        let created = coalition::ActiveModel {
            name: Set(form.name.clone()),
            short_name: Set(form.short_name.clone()),
            description: Set(form.description.clone()),
            lead_organisation_id: Set(form.lead_organisation_id),
            default_locale: Set(form.default_locale.clone()),
            time_zone: Set(form.time_zone.clone()),
            require_second_factor: Set(false),
            archived_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        (created.id, action::COALITION_CREATED)
    } else {
        let update = coalition::Entity::update_many()
            .col_expr(coalition::Column::Name, Expr::value(form.name.clone()))
            .col_expr(
                coalition::Column::ShortName,
                Expr::value(form.short_name.clone()),
            )
            .col_expr(
                coalition::Column::Description,
                Expr::value(form.description.clone()),
            )
            .col_expr(
                coalition::Column::LeadOrganisationId,
                Expr::value(form.lead_organisation_id),
            )
            .col_expr(
                coalition::Column::DefaultLocale,
                Expr::value(form.default_locale.clone()),
            )
            .col_expr(
                coalition::Column::TimeZone,
                Expr::value(form.time_zone.clone()),
            )
            .col_expr(coalition::Column::UpdatedAt, Expr::value(now));
        let saved = update_if_current(txn, update, form.id, form.version, "coalition-error-stale");
        if let Err(stale) = saved.await {
            // A coalition that is gone is not found rather than stale.
            find(txn, form.id).await?;
            return Err(stale);
        }
        (form.id, action::COALITION_UPDATED)
    };
    // The lead organisation is always a member.
    insert_member(txn, id, form.lead_organisation_id, now).await?;
    record(txn, user_id, what, &form.name, "", id).await?;
    Ok(id)
}

/// Adds the membership unless it exists; whether it was added.
async fn insert_member(
    txn: &impl ConnectionTrait,
    coalition_id: i32,
    organisation_id: i32,
    now: chrono::DateTime<Utc>,
) -> Result<bool, AppError> {
    let exists = coalition_member::Entity::find_by_id((coalition_id, organisation_id))
        .one(txn)
        .await?
        .is_some();
    if !exists {
        coalition_member::ActiveModel {
            coalition_id: Set(coalition_id),
            organisation_id: Set(organisation_id),
            joined_at: Set(now),
        }
        .insert(txn)
        .await?;
    }
    Ok(!exists)
}

async fn record(
    txn: &impl ConnectionTrait,
    user_id: i32,
    what: &str,
    subject: &str,
    detail: &str,
    coalition_id: i32,
) -> Result<(), AppError> {
    Ok(audit::record_action(txn, user_id, what, subject, detail, Some(coalition_id)).await?)
}

/// Archives or restores a coalition (administrators); audited.
pub async fn set_archived(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    archived: bool,
) -> Result<(), AppError> {
    authorize(actor, Action::Manage, Resource::Instance)?;
    let Actor::User { id: user_id, .. } = actor else {
        return Err(AppError::Unauthenticated);
    };
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let found = find(&txn, id).await?;
        if found.archived_at.is_some() == archived {
            let key = if archived {
                "coalition-error-already-archived"
            } else {
                "coalition-error-not-archived"
            };
            return Err(AppError::invalid(key));
        }
        let now = Utc::now();
        coalition::Entity::update_many()
            .col_expr(
                coalition::Column::ArchivedAt,
                Expr::value(archived.then_some(now)),
            )
            .col_expr(coalition::Column::UpdatedAt, Expr::value(now))
            .col_expr(coalition::Column::Version, Expr::value(found.version + 1))
            .filter(coalition::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        let what = if archived {
            action::COALITION_ARCHIVED
        } else {
            action::COALITION_RESTORED
        };
        record(&txn, *user_id, what, &found.name, "", id).await
    }
    .await;
    crate::transaction::finish(txn, result).await
}

/// Adds organisation `organisation_id` to coalition `coalition_id`.
pub async fn add_member(
    db: &DatabaseConnection,
    actor: &Actor,
    coalition_id: i32,
    organisation_id: i32,
) -> Result<(), AppError> {
    authorize(
        actor,
        Action::Manage,
        Resource::Coalition { id: coalition_id },
    )?;
    let Actor::User { id: user_id, .. } = actor else {
        return Err(AppError::Unauthenticated);
    };
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        find(&txn, coalition_id).await?;
        let org = organisation::Entity::find_by_id(organisation_id)
            .one(&txn)
            .await?
            .ok_or_else(|| AppError::invalid("coalition-error-organisation"))?;
        if !insert_member(&txn, coalition_id, organisation_id, Utc::now()).await? {
            return Err(AppError::invalid("coalition-error-already-member"));
        }
        let what = action::COALITION_MEMBER_ADDED;
        record(&txn, *user_id, what, &org.name, "", coalition_id).await
    }
    .await;
    crate::transaction::finish(txn, result).await
}

/// Takes organisation `organisation_id` out of coalition `coalition_id`; never its lead.
pub async fn remove_member(
    db: &DatabaseConnection,
    actor: &Actor,
    coalition_id: i32,
    organisation_id: i32,
) -> Result<(), AppError> {
    authorize(
        actor,
        Action::Manage,
        Resource::Coalition { id: coalition_id },
    )?;
    let Actor::User { id: user_id, .. } = actor else {
        return Err(AppError::Unauthenticated);
    };
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let found = find(&txn, coalition_id).await?;
        if found.lead_organisation_id == organisation_id {
            return Err(AppError::invalid("coalition-error-remove-lead"));
        }
        let removed = coalition_member::Entity::delete_by_id((coalition_id, organisation_id))
            .exec(&txn)
            .await?;
        if removed.rows_affected != 1 {
            return Err(AppError::invalid("coalition-error-not-member"));
        }
        let name = organisation::Entity::find_by_id(organisation_id)
            .one(&txn)
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        let what = action::COALITION_MEMBER_REMOVED;
        record(&txn, *user_id, what, &name, "", coalition_id).await
    }
    .await;
    crate::transaction::finish(txn, result).await
}
