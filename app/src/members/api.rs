//! Server functions and DTOs for members and invitations.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::ApiError,
    states::{InvitationStatus, Role},
};

/// A person in a coalition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberRow {
    pub user_id: i32,
    pub display_name: String,
    pub email: String,
    pub organisation: String,
    pub role: Role,
}

/// An invitation as coordinators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationRow {
    pub email: String,
    pub organisation: String,
    pub role: Role,
    pub status: InvitationStatus,
    /// UTC date the link stops working.
    pub expires_on: String,
}

/// One coalition's people, and what the viewer may do there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionPeople {
    pub id: i32,
    pub name: String,
    /// Whether the viewer may invite and manage members.
    pub can_manage: bool,
    /// Whether members must sign in with a second factor to see the coalition.
    pub require_second_factor: bool,
    pub members: Vec<MemberRow>,
    /// Member organisations (id, name), for the invitation form.
    pub organisations: Vec<(i32, String)>,
    /// Invitations, newest first (coordinators only).
    pub invitations: Vec<InvitationRow>,
}

/// What an invitation link offers, shown before it is accepted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationOffer {
    pub email: String,
    pub coalition: String,
    pub organisation: String,
    pub role: Role,
}

/// The people of every coalition the viewer may see.
#[server(endpoint = "coalition_members")]
pub async fn coalition_members() -> Result<Vec<CoalitionPeople>, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::coalition_people(&db, &actor).await?)
}

/// A new invitation: the link to give, and whether it was also emailed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationCreated {
    pub link: String,
    /// `None` when the instance has no SMTP server configured.
    pub emailed: Option<bool>,
}

/// Invites `email` into `organisation_id` with `role` in `coalition_id`; returns the link to
/// give them (it works once, for seven days) and emails it when SMTP is configured.
#[server(endpoint = "invite")]
pub async fn invite(
    coalition_id: i32,
    organisation_id: i32,
    email: String,
    role: String,
) -> Result<InvitationCreated, ApiError> {
    use sea_orm::EntityTrait;

    use super::{invitation_mail, server};
    use crate::auth::policy::Actor;

    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let request = server::NewInvitation {
        coalition_id,
        organisation_id,
        email: email.clone(),
        role,
    };
    let (token, role) = server::create_invitation(&db, &actor, request).await?;
    let link = format!("{}/invitations/{token}", server::site_origin());
    let emailed = match (use_context::<crate::mail::Mailer>(), &actor) {
        (Some(mailer), Actor::User { id, .. }) => {
            let inviter = entities::user::Entity::find_by_id(*id)
                .one(&db)
                .await
                .map_err(crate::error::AppError::from)?
                .map(|u| u.display_name)
                .unwrap_or_default();
            let mail = invitation_mail::InvitationMail {
                coalition_id,
                organisation_id,
                email: &crate::auth::server::normalise_email(&email),
                role,
                link: &link,
                inviter_id: *id,
                inviter_name: &inviter,
            };
            let locale = crate::i18n::server::request_locale();
            Some(invitation_mail::send(&db, &mailer, locale, mail).await?)
        }
        _ => None,
    };
    Ok(InvitationCreated { link, emailed })
}

/// Gives a member another role in the coalition (coordinators and administrators).
#[server(endpoint = "change_member_role")]
pub async fn change_member_role(
    coalition_id: i32,
    user_id: i32,
    role: String,
) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let change = super::roles::RoleChange::Set(role);
    Ok(super::roles::change(&db, &actor, coalition_id, user_id, change).await?)
}

/// Takes a member out of the coalition (coordinators and administrators); their account stays.
#[server(endpoint = "remove_member")]
pub async fn remove_member(coalition_id: i32, user_id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let change = super::roles::RoleChange::Remove;
    Ok(super::roles::change(&db, &actor, coalition_id, user_id, change).await?)
}

/// Requires (or stops requiring) a second factor of every member of the coalition.
#[server(endpoint = "set_second_factor_requirement")]
pub async fn set_second_factor_requirement(
    coalition_id: i32,
    required: bool,
) -> Result<(), ApiError> {
    let db = crate::error::db()?;
    let (_, user) = crate::auth::api::signed_in_account(&db).await?;
    Ok(
        super::requirement::set_second_factor_requirement(&db, &user, coalition_id, required)
            .await?,
    )
}

/// What the invitation behind `token` offers; refuses used or expired links.
#[server(endpoint = "invitation")]
pub async fn invitation(token: String) -> Result<InvitationOffer, ApiError> {
    let db = crate::error::db()?;
    Ok(super::server::offer(&db, &token).await?)
}

/// Accepts an invitation: creates the account, signs it in and goes home.
#[server(endpoint = "accept_invitation")]
pub async fn accept_invitation(
    token: String,
    display_name: String,
    password: String,
) -> Result<(), ApiError> {
    use crate::auth::server as auth;

    let db = crate::error::db()?;
    let session = super::server::accept(&db, &token, &display_name, &password).await?;
    auth::set_session_cookie(&session);
    leptos_axum::redirect("/");
    Ok(())
}
