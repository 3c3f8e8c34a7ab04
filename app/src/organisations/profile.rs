//! One organisation: its details, branches and people; editing the details (server only).

use chrono::Utc;
use entities::{coalition_member, coalition_role, organisation, organisation_member, user};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};

use super::api::{OrganisationDetails, OrganisationPerson, OrganisationView};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource, Role, can},
        server::{client_info, looks_like_email},
        visibility::authorize,
    },
    error::AppError,
    transaction::update_if_current,
};

/// The coalitions `organisation_id` belongs to.
async fn coalitions_of(
    db: &DatabaseConnection,
    organisation_id: i32,
) -> Result<Vec<i32>, AppError> {
    Ok(coalition_member::Entity::find()
        .filter(coalition_member::Column::OrganisationId.eq(organisation_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.coalition_id)
        .collect())
}

/// Whether `actor` may do `action` on the organisation: through any coalition it belongs to.
fn allowed(actor: &Actor, action: Action, coalitions: &[i32]) -> bool {
    can(actor, action, Resource::Instance)
        || coalitions
            .iter()
            .any(|&id| can(actor, action, Resource::Coalition { id }))
}

/// Refuses like the policy does: 401 for anonymous, 403 (not 404, to say nothing) otherwise.
fn require(actor: &Actor, action: Action, coalitions: &[i32]) -> Result<(), AppError> {
    if allowed(actor, action, coalitions) {
        Ok(())
    } else {
        authorize(actor, action, Resource::Instance)
    }
}

/// The organisation as a member of one of its coalitions (or an administrator) sees it.
pub async fn profile(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<OrganisationView, AppError> {
    let coalitions = coalitions_of(db, id).await?;
    require(actor, Action::Read, &coalitions)?;
    let org = organisation::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    let parent = match org.parent_id {
        Some(parent) => organisation::Entity::find_by_id(parent)
            .one(db)
            .await?
            .map(|p| (p.id, p.name)),
        None => None,
    };
    let branches = organisation::Entity::find()
        .filter(organisation::Column::ParentId.eq(id))
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|b| (b.id, b.name))
        .collect();
    // People of the organisation, with their roles in the coalitions the viewer can see.
    let visible: Vec<i32> = coalitions
        .iter()
        .copied()
        .filter(|&c| can(actor, Action::Read, Resource::Coalition { id: c }))
        .collect();
    let member_ids: Vec<i32> = organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    let roles = coalition_role::Entity::find()
        .filter(coalition_role::Column::UserId.is_in(member_ids.clone()))
        .filter(coalition_role::Column::CoalitionId.is_in(visible))
        .all(db)
        .await?;
    let mut people: Vec<OrganisationPerson> = user::Entity::find()
        .filter(user::Column::Id.is_in(member_ids))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|u| {
            let mut user_roles: Vec<Role> = roles
                .iter()
                .filter(|r| r.user_id == u.id)
                .map(|r| r.role)
                .collect();
            user_roles.dedup();
            let shown = !user_roles.is_empty() || can(actor, Action::Manage, Resource::Instance);
            shown.then_some(OrganisationPerson {
                display_name: u.display_name,
                email: u.email,
                roles: user_roles,
            })
        })
        .collect();
    people.sort_by(|a, b| a.display_name.cmp(&b.display_name));
    let can_edit = allowed(actor, Action::Manage, &coalitions);
    let parent_choices = if can_edit {
        super::admin::possible_parents(db, id).await?
    } else {
        Vec::new()
    };
    let merge_targets = if can(actor, Action::Manage, Resource::Instance) {
        super::admin::all_except(db, id).await?
    } else {
        Vec::new()
    };
    Ok(OrganisationView {
        can_edit,
        parent_choices,
        merge_targets,
        details: OrganisationDetails {
            id: org.id,
            version: org.version,
            name: org.name,
            short_name: org.short_name,
            country: org.country,
            region: org.region.unwrap_or_default(),
            description: org.description,
            website: org.website.unwrap_or_default(),
            contact_email: org.contact_email.unwrap_or_default(),
            kind: Some(org.kind),
            parent_id: Some(org.parent_id.unwrap_or_default()),
        },
        parent,
        branches,
        people,
    })
}

/// Checks edited details; returns them trimmed.
pub(super) fn validated(details: OrganisationDetails) -> Result<OrganisationDetails, AppError> {
    let trim = |s: String| s.trim().to_string();
    let details = OrganisationDetails {
        name: trim(details.name),
        short_name: trim(details.short_name),
        country: trim(details.country),
        region: trim(details.region),
        description: details.description.trim().to_string(),
        website: trim(details.website),
        contact_email: trim(details.contact_email).to_lowercase(),
        ..details
    };
    let length = |s: &str, max: usize| !s.is_empty() && s.chars().count() <= max;
    if !length(&details.name, 200) {
        return Err(AppError::invalid("organisation-error-name"));
    }
    if !length(&details.short_name, 40) {
        return Err(AppError::invalid("organisation-error-short-name"));
    }
    if !length(&details.country, 100) {
        return Err(AppError::invalid("organisation-error-country"));
    }
    if details.description.chars().count() > 4000 || details.region.chars().count() > 200 {
        return Err(AppError::invalid("organisation-error-too-long"));
    }
    if !details.website.is_empty()
        && !url::Url::parse(&details.website).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
    {
        return Err(AppError::invalid("organisation-error-website"));
    }
    if !details.contact_email.is_empty() && !looks_like_email(&details.contact_email) {
        return Err(AppError::invalid("organisation-error-email"));
    }
    Ok(details)
}

/// Saves edited details if nobody saved in between (`version`); coordinators of one of the
/// organisation's coalitions and administrators only. One transaction with its audit entry.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    details: OrganisationDetails,
) -> Result<(), AppError> {
    let coalitions = coalitions_of(db, details.id).await?;
    require(actor, Action::Manage, &coalitions)?;
    let details = validated(details)?;
    let Actor::User { id: user_id, .. } = actor else {
        return Err(AppError::Unauthenticated);
    };
    if let Some(parent) = details.parent_id {
        super::admin::check_parent(db, details.id, parent).await?;
    }
    let clash = organisation::Entity::find()
        .filter(organisation::Column::Name.eq(&details.name))
        .filter(organisation::Column::Id.ne(details.id))
        .one(db)
        .await?;
    if clash.is_some() {
        return Err(AppError::invalid("organisation-error-name-taken"));
    }
    let optional = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let now = Utc::now();
    let txn = crate::transaction::begin(db).await?;
    let mut update = organisation::Entity::update_many();
    if let Some(kind) = details.kind {
        update = update.col_expr(organisation::Column::Kind, Expr::value(kind));
    }
    if let Some(parent) = details.parent_id {
        update = update.col_expr(
            organisation::Column::ParentId,
            Expr::value((parent != 0).then_some(parent)),
        );
    }
    let update = update
        .col_expr(
            organisation::Column::Name,
            Expr::value(details.name.clone()),
        )
        .col_expr(
            organisation::Column::ShortName,
            Expr::value(details.short_name.clone()),
        )
        .col_expr(
            organisation::Column::Country,
            Expr::value(details.country.clone()),
        )
        .col_expr(
            organisation::Column::Region,
            Expr::value(optional(&details.region)),
        )
        .col_expr(
            organisation::Column::Description,
            Expr::value(details.description.clone()),
        )
        .col_expr(
            organisation::Column::Website,
            Expr::value(optional(&details.website)),
        )
        .col_expr(
            organisation::Column::ContactEmail,
            Expr::value(optional(&details.contact_email)),
        )
        .col_expr(organisation::Column::UpdatedAt, Expr::value(now));
    let stale = "organisation-error-stale";
    update_if_current(&txn, update, details.id, details.version, stale).await?;
    let client = client_info();
    for coalition in &coalitions {
        let entry = audit::Entry {
            actor_user_id: Some(*user_id),
            action: audit::action::ORGANISATION_UPDATED,
            subject: Some(&details.name),
            detail: "",
            client_address: client.address.as_deref(),
        };
        audit::record_in_coalition(&txn, entry, Some(*coalition), now).await?;
    }
    if coalitions.is_empty() {
        let entry = audit::Entry {
            actor_user_id: Some(*user_id),
            action: audit::action::ORGANISATION_UPDATED,
            subject: Some(&details.name),
            detail: "",
            client_address: client.address.as_deref(),
        };
        audit::record(&txn, entry, now).await?;
    }
    txn.commit().await?;
    Ok(())
}
