//! Creating organisations and branches, and merging duplicates (server only).

use chrono::Utc;
use entities::{
    assessment, cluster, coalition, coalition_member, evidence, invitation, organisation,
    organisation_member, recommendation, report_section, section_comment, section_contributor,
    section_revision, section_suggestion,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};

use super::api::{NewOrganisationChoices, OrganisationDetails};
use crate::{
    auth::{
        audit::{self, action},
        policy::{Action, Actor, Resource, can},
        visibility::authorize,
    },
    error::AppError,
    recommendations::search::changes,
};

/// Every organisation but `id`, as (id, name) sorted by name.
pub async fn all_except(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Vec<(i32, String)>, AppError> {
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.ne(id))
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

/// Organisations `id` may become a branch of: any but itself and its own branches (at any
/// depth), so the tree never loops.
pub async fn possible_parents(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Vec<(i32, String)>, AppError> {
    let all = organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?;
    Ok(all
        .iter()
        .filter(|o| !descends_from(&all, o, id))
        .map(|o| (o.id, o.name.clone()))
        .collect())
}

/// Whether `org` is `ancestor` or one of its branches at any depth (a loop counts as yes).
fn descends_from<'a>(
    all: &'a [organisation::Model],
    mut org: &'a organisation::Model,
    ancestor: i32,
) -> bool {
    for _ in 0..=all.len() {
        if org.id == ancestor {
            return true;
        }
        match org.parent_id.and_then(|p| all.iter().find(|o| o.id == p)) {
            Some(parent) => org = parent,
            None => return false,
        }
    }
    true
}

/// Refuses `parent` (0: none) for organisation `id` (0: a new one) unless it exists and is
/// not `id` or one of its branches.
pub async fn check_parent(db: &impl ConnectionTrait, id: i32, parent: i32) -> Result<(), AppError> {
    if parent == 0 {
        return Ok(());
    }
    let allowed = if id == 0 {
        organisation::Entity::find_by_id(parent)
            .one(db)
            .await?
            .is_some()
    } else {
        possible_parents(db, id)
            .await?
            .iter()
            .any(|(o, _)| *o == parent)
    };
    if allowed {
        Ok(())
    } else {
        Err(AppError::invalid("organisation-error-parent"))
    }
}

/// What the creation form offers `actor`.
pub async fn choices(
    db: &DatabaseConnection,
    actor: &Actor,
) -> Result<NewOrganisationChoices, AppError> {
    let without_coalition = can(actor, Action::Manage, Resource::Instance);
    let coalitions: Vec<(i32, String)> = coalition::Entity::find()
        .filter(coalition::Column::ArchivedAt.is_null())
        .order_by_asc(coalition::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .filter(|c| can(actor, Action::Manage, Resource::Coalition { id: c.id }))
        .map(|c| (c.id, c.name))
        .collect();
    if coalitions.is_empty() && !without_coalition {
        authorize(actor, Action::Manage, Resource::Instance)?;
    }
    Ok(NewOrganisationChoices {
        coalitions,
        without_coalition,
        parents: all_except(db, 0).await?,
    })
}

/// Creates an organisation in coalition `coalition_id` (0: none, administrators only); one
/// transaction with the membership and the audit entry. Answers the id.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    details: OrganisationDetails,
    coalition_id: i32,
) -> Result<i32, AppError> {
    if coalition_id == 0 {
        authorize(actor, Action::Manage, Resource::Instance)?;
    } else {
        authorize(
            actor,
            Action::Manage,
            Resource::Coalition { id: coalition_id },
        )?;
    }
    let Actor::User { id: user_id, .. } = actor else {
        return Err(AppError::Unauthenticated);
    };
    let details = super::profile::validated(details)?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let parent = details.parent_id.unwrap_or_default();
        check_parent(&txn, 0, parent).await?;
        let clash = organisation::Entity::find()
            .filter(organisation::Column::Name.eq(&details.name))
            .one(&txn)
            .await?;
        if clash.is_some() {
            return Err(AppError::invalid("organisation-error-name-taken"));
        }
        if coalition_id != 0
            && coalition::Entity::find_by_id(coalition_id)
                .one(&txn)
                .await?
                .is_none()
        {
            return Err(AppError::invalid("coalition-error-unknown"));
        }
        let optional = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let now = Utc::now();
        let created = organisation::ActiveModel {
            name: Set(details.name.clone()),
            short_name: Set(details.short_name.clone()),
            parent_id: Set((parent != 0).then_some(parent)),
            country: Set(details.country.clone()),
            region: Set(optional(&details.region)),
            description: Set(details.description.clone()),
            website: Set(optional(&details.website)),
            contact_email: Set(optional(&details.contact_email)),
            kind: Set(details.kind.unwrap_or_default()),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let filed_under = (coalition_id != 0).then_some(coalition_id);
        if let Some(coalition_id) = filed_under {
            coalition_member::ActiveModel {
                coalition_id: Set(coalition_id),
                organisation_id: Set(created.id),
                joined_at: Set(now),
            }
            .insert(&txn)
            .await?;
        }
        let what = action::ORGANISATION_CREATED;
        audit::record_action(&txn, *user_id, what, &created.name, "", filed_under).await?;
        Ok(created.id)
    }
    .await;
    crate::transaction::finish(txn, result).await
}

/// Merges organisation `from_id` into `into_id` (administrators): everything that names the
/// duplicate names the organisation kept, then the duplicate is deleted; one transaction.
pub async fn merge(
    db: &DatabaseConnection,
    actor: &Actor,
    from_id: i32,
    into_id: i32,
) -> Result<i32, AppError> {
    authorize(actor, Action::Manage, Resource::Instance)?;
    let Actor::User { id: user_id, .. } = actor else {
        return Err(AppError::Unauthenticated);
    };
    if from_id == into_id {
        return Err(AppError::invalid("organisation-error-merge-self"));
    }
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let find = |id| organisation::Entity::find_by_id(id).one(&txn);
        let (Some(from), Some(into)) = (find(from_id).await?, find(into_id).await?) else {
            return Err(AppError::invalid("organisation-error-unknown"));
        };
        if into.parent_id == Some(from.id) {
            // The kept organisation was a branch of the duplicate: it takes its place.
            organisation::Entity::update_many()
                .col_expr(organisation::Column::ParentId, Expr::value(from.parent_id))
                .filter(organisation::Column::Id.eq(into.id))
                .exec(&txn)
                .await?;
        }
        move_references(&txn, from.id, into.id).await?;
        organisation::Entity::delete_by_id(from.id)
            .exec(&txn)
            .await?;
        changes::touch(&txn, None).await?;
        let what = action::ORGANISATIONS_MERGED;
        audit::record_action(&txn, *user_id, what, &into.name, &from.name, None).await?;
        Ok(into.id)
    }
    .await;
    crate::transaction::finish(txn, result).await
}

/// Points every row that names organisation `from` at `into`. Memberships (people's and
/// coalitions') and section contributors that `into` already has are dropped, not doubled.
async fn move_references(txn: &impl ConnectionTrait, from: i32, into: i32) -> Result<(), AppError> {
    macro_rules! repoint {
        ($entity:ident, $column:ident) => {
            $entity::Entity::update_many()
                .col_expr($entity::Column::$column, Expr::value(into))
                .filter($entity::Column::$column.eq(from))
                .exec(txn)
                .await?;
        };
    }
    repoint!(organisation, ParentId);
    repoint!(coalition, LeadOrganisationId);
    repoint!(invitation, OrganisationId);
    repoint!(report_section, AssignedOrganisationId);
    repoint!(section_revision, OrganisationId);
    repoint!(section_comment, OrganisationId);
    repoint!(section_suggestion, OrganisationId);
    repoint!(recommendation, LeadOrganisationId);
    repoint!(cluster, LeadOrganisationId);
    repoint!(assessment, OrganisationId);
    repoint!(evidence, OrganisationId);

    for person in organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(from))
        .all(txn)
        .await?
    {
        organisation_member::Entity::delete_by_id((from, person.user_id))
            .exec(txn)
            .await?;
        if organisation_member::Entity::find_by_id((into, person.user_id))
            .one(txn)
            .await?
            .is_none()
        {
            organisation_member::ActiveModel {
                organisation_id: Set(into),
                user_id: Set(person.user_id),
                case_worker: Set(false),
                created_at: Set(person.created_at),
            }
            .insert(txn)
            .await?;
        }
    }
    for membership in coalition_member::Entity::find()
        .filter(coalition_member::Column::OrganisationId.eq(from))
        .all(txn)
        .await?
    {
        coalition_member::Entity::delete_by_id((membership.coalition_id, from))
            .exec(txn)
            .await?;
        if coalition_member::Entity::find_by_id((membership.coalition_id, into))
            .one(txn)
            .await?
            .is_none()
        {
            coalition_member::ActiveModel {
                coalition_id: Set(membership.coalition_id),
                organisation_id: Set(into),
                joined_at: Set(membership.joined_at),
            }
            .insert(txn)
            .await?;
        }
    }
    for contributor in section_contributor::Entity::find()
        .filter(section_contributor::Column::OrganisationId.eq(from))
        .all(txn)
        .await?
    {
        let section = contributor.section_id;
        section_contributor::Entity::delete_by_id((section, from))
            .exec(txn)
            .await?;
        let already = section_contributor::Entity::find_by_id((section, into))
            .one(txn)
            .await?
            .is_some();
        let leads = report_section::Entity::find_by_id(section)
            .one(txn)
            .await?
            .is_some_and(|s| s.assigned_organisation_id == Some(into));
        if !already && !leads {
            section_contributor::ActiveModel {
                section_id: Set(section),
                organisation_id: Set(into),
            }
            .insert(txn)
            .await?;
        }
    }
    Ok(())
}
