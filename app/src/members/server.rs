//! Members and invitations (server only).

use std::collections::HashMap;

use chrono::{Duration, Utc};
use entities::{
    coalition, coalition_member, coalition_role, invitation, organisation, organisation_member,
    user,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};

use super::api::{CoalitionPeople, InvitationOffer, InvitationRow, MemberRow};
use crate::{
    auth::{
        audit, password,
        policy::{Action, Actor, Resource, Role, can},
        server::{client_info, looks_like_email, normalise_email, session_policy},
        session,
        visibility::{Visibility, authorize},
    },
    error::AppError,
    i18n::server::request_locale,
    states::{InvitationStatus, Named},
};

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 7;

/// `scheme://host` of the current request, for links shown to people.
pub fn site_origin() -> String {
    let Some(parts) = leptos::prelude::use_context::<http::request::Parts>() else {
        return String::new();
    };
    let host = parts
        .headers
        .get(http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    let scheme = if crate::cookies::request_is_https() {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}")
}

/// The people of every coalition `actor` may see.
pub async fn coalition_people(
    db: &DatabaseConnection,
    actor: &Actor,
) -> Result<Vec<CoalitionPeople>, AppError> {
    let visibility = Visibility::of(actor)?;
    let coalitions = visibility
        .restrict(coalition::Entity::find(), coalition::Column::Id)
        .filter(coalition::Column::ArchivedAt.is_null())
        .order_by_asc(coalition::Column::Name)
        .all(db)
        .await?;
    let organisations: HashMap<i32, String> = organisation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let memberships = organisation_member::Entity::find().all(db).await?;
    let mut people = Vec::new();
    for c in coalitions {
        let can_manage = can(actor, Action::Manage, Resource::Coalition { id: c.id });
        let member_orgs: Vec<i32> = coalition_member::Entity::find()
            .filter(coalition_member::Column::CoalitionId.eq(c.id))
            .all(db)
            .await?
            .into_iter()
            .map(|m| m.organisation_id)
            .collect();
        let roles = coalition_role::Entity::find()
            .filter(coalition_role::Column::CoalitionId.eq(c.id))
            .find_also_related(user::Entity)
            .all(db)
            .await?;
        let mut members: Vec<MemberRow> = roles
            .into_iter()
            .filter_map(|(role, user)| user.map(|u| (role, u)))
            .map(|(role, u)| {
                let organisation = memberships
                    .iter()
                    .filter(|m| m.user_id == u.id && member_orgs.contains(&m.organisation_id))
                    .filter_map(|m| organisations.get(&m.organisation_id).cloned())
                    .next()
                    .unwrap_or_default();
                MemberRow {
                    user_id: u.id,
                    display_name: u.display_name,
                    email: u.email,
                    organisation,
                    role: role.role,
                }
            })
            .collect();
        members.sort_by(|a, b| a.display_name.cmp(&b.display_name));
        let invitations = if can_manage {
            let now = Utc::now();
            invitation::Entity::find()
                .filter(invitation::Column::CoalitionId.eq(c.id))
                .order_by_desc(invitation::Column::CreatedAt)
                .all(db)
                .await?
                .into_iter()
                .map(|i| InvitationRow {
                    status: match (i.accepted_at, i.expires_at <= now) {
                        (Some(_), _) => InvitationStatus::Accepted,
                        (None, true) => InvitationStatus::Expired,
                        (None, false) => InvitationStatus::Pending,
                    },
                    organisation: organisations
                        .get(&i.organisation_id)
                        .cloned()
                        .unwrap_or_default(),
                    expires_on: i.expires_at.format("%Y-%m-%d").to_string(),
                    email: i.email,
                    role: i.role,
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut org_choices: Vec<(i32, String)> = member_orgs
            .iter()
            .filter_map(|id| organisations.get(id).map(|name| (*id, name.clone())))
            .collect();
        org_choices.sort_by(|a, b| a.1.cmp(&b.1));
        people.push(CoalitionPeople {
            id: c.id,
            name: c.name,
            can_manage,
            require_second_factor: c.require_second_factor,
            members,
            organisations: if can_manage { org_choices } else { Vec::new() },
            invitations,
        });
    }
    Ok(people)
}

/// What a coordinator asks for when inviting someone.
pub struct NewInvitation {
    pub coalition_id: i32,
    pub organisation_id: i32,
    pub email: String,
    pub role: String,
}

/// Creates an invitation (coordinators of the coalition and administrators only) and returns
/// the token for the link (the database keeps only its hash) and the role offered.
pub async fn create_invitation(
    db: &DatabaseConnection,
    actor: &Actor,
    request: NewInvitation,
) -> Result<(String, Role), AppError> {
    authorize(
        actor,
        Action::Manage,
        Resource::Coalition {
            id: request.coalition_id,
        },
    )?;
    let Actor::User { id: inviter, .. } = actor else {
        return Err(AppError::Unauthenticated);
    };
    let email = normalise_email(&request.email);
    if !looks_like_email(&email) {
        return Err(AppError::invalid("invite-error-email"));
    }
    let role = Role::parse(&request.role).ok_or_else(|| AppError::invalid("invite-error-role"))?;
    let is_member =
        coalition_member::Entity::find_by_id((request.coalition_id, request.organisation_id))
            .one(db)
            .await?
            .is_some();
    if !is_member {
        return Err(AppError::invalid("invite-error-organisation"));
    }
    if user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(db)
        .await?
        .is_some()
    {
        return Err(AppError::invalid("invite-error-existing"));
    }
    let now = Utc::now();
    let token = session::new_token();
    let txn = crate::transaction::begin(db).await?;
    invitation::ActiveModel {
        token_hash: Set(session::token_id(&token)),
        email: Set(email.clone()),
        organisation_id: Set(request.organisation_id),
        coalition_id: Set(request.coalition_id),
        role: Set(role),
        invited_by: Set(*inviter),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(INVITATION_DAYS)),
        accepted_at: Set(None),
        accepted_user_id: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let client = client_info();
    let detail = format!("role {role} in organisation {}", request.organisation_id);
    let entry = audit::Entry {
        actor_user_id: Some(*inviter),
        action: audit::action::INVITATION_CREATED,
        subject: Some(&email),
        detail: &detail,
        client_address: client.address.as_deref(),
    };
    audit::record_in_coalition(&txn, entry, Some(request.coalition_id), now).await?;
    txn.commit().await?;
    Ok((token, role))
}

/// The open invitation behind `token`, or why there is none.
async fn open_invitation(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<invitation::Model, AppError> {
    let found = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(session::token_id(token)))
        .one(db)
        .await?
        .ok_or_else(|| AppError::invalid("invitation-not-found"))?;
    if found.accepted_at.is_some() {
        return Err(AppError::invalid("invitation-used"));
    }
    if found.expires_at <= Utc::now() {
        return Err(AppError::invalid("invitation-expired"));
    }
    Ok(found)
}

/// What the link offers.
pub async fn offer(db: &DatabaseConnection, token: &str) -> Result<InvitationOffer, AppError> {
    let found = open_invitation(db, token).await?;
    let coalition = coalition::Entity::find_by_id(found.coalition_id)
        .one(db)
        .await?;
    let organisation = organisation::Entity::find_by_id(found.organisation_id)
        .one(db)
        .await?;
    Ok(InvitationOffer {
        email: found.email,
        coalition: coalition.map(|c| c.name).unwrap_or_default(),
        organisation: organisation.map(|o| o.name).unwrap_or_default(),
        role: found.role,
    })
}

/// Accepts the invitation in one transaction — account, organisation membership, coalition
/// role, the invitation marked used (only if still unused), audit entry — and opens a session.
pub async fn accept(
    db: &DatabaseConnection,
    token: &str,
    display_name: &str,
    new_password: &str,
) -> Result<String, AppError> {
    let display_name = crate::auth::account::valid_display_name(display_name)
        .map_err(|_| AppError::invalid("account-error-name"))?;
    let txn = crate::transaction::begin(db).await?;
    let found = open_invitation(&txn, token).await?;
    password::check_new_password(new_password, &found.email)
        .map_err(|rule| AppError::invalid(rule.message_key()))?;
    let hash = password::hash(new_password).map_err(|e| {
        AppError::Database(sea_orm::DbErr::Custom(format!("password hashing: {e}")))
    })?;
    let now = Utc::now();
    let client = client_info();
    let created = admit(&txn, &found, display_name, Some(hash), &client, now)
        .await?
        .ok_or_else(|| AppError::invalid("invitation-used"))?;
    let token = session::create(&txn, created.id, session_policy(), &client, now).await?;
    txn.commit().await?;
    Ok(token)
}

/// The newest open invitation for `email`, if any (for sign-in through a provider).
pub async fn open_invitation_for(
    db: &impl ConnectionTrait,
    email: &str,
    now: chrono::DateTime<Utc>,
) -> Result<Option<invitation::Model>, sea_orm::DbErr> {
    invitation::Entity::find()
        .filter(invitation::Column::Email.eq(email))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .order_by_desc(invitation::Column::CreatedAt)
        .one(db)
        .await
}

/// Brings the person invited by `found` in: account (with `password_hash`, or none for
/// provider-only sign-in), organisation membership, coalition role, the invitation marked
/// used and the audit entry. Run it inside the caller's transaction. `None` when another
/// request used the invitation first.
pub async fn admit(
    txn: &impl ConnectionTrait,
    found: &invitation::Model,
    display_name: &str,
    password_hash: Option<String>,
    client: &session::ClientInfo,
    now: chrono::DateTime<Utc>,
) -> Result<Option<user::Model>, sea_orm::DbErr> {
    let created = user::ActiveModel {
        email: Set(found.email.clone()),
        display_name: Set(display_name.to_string()),
        locale: Set(request_locale().code().to_string()),
        password_hash: Set(password_hash),
        totp_secret: Set(None),
        totp_last_step: Set(None),
        is_admin: Set(false),
        disabled: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    organisation_member::ActiveModel {
        organisation_id: Set(found.organisation_id),
        user_id: Set(created.id),
        case_worker: Set(false),
        created_at: Set(now),
    }
    .insert(txn)
    .await?;
    coalition_role::ActiveModel {
        coalition_id: Set(found.coalition_id),
        user_id: Set(created.id),
        role: Set(found.role),
        created_at: Set(now),
    }
    .insert(txn)
    .await?;
    // Single use even under a race: only the request that flips accepted_at wins.
    let flipped = invitation::Entity::update_many()
        .col_expr(invitation::Column::AcceptedAt, Expr::value(now))
        .col_expr(invitation::Column::AcceptedUserId, Expr::value(created.id))
        .filter(invitation::Column::Id.eq(found.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .exec(txn)
        .await?;
    if flipped.rows_affected != 1 {
        return Ok(None);
    }
    let entry = audit::Entry {
        actor_user_id: Some(created.id),
        action: audit::action::INVITATION_ACCEPTED,
        subject: Some(&found.email),
        detail: found.role.name(),
        client_address: client.address.as_deref(),
    };
    audit::record_in_coalition(txn, entry, Some(found.coalition_id), now).await?;
    Ok(Some(created))
}
