//! Server functions and DTOs for members and invitations.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// A person in a coalition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberRow {
    pub display_name: String,
    pub email: String,
    pub organisation: String,
    pub role: String,
}

/// An invitation as coordinators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationRow {
    pub email: String,
    pub organisation: String,
    pub role: String,
    /// `pending`, `accepted` or `expired`.
    pub status: String,
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
    pub role: String,
}

/// The people of every coalition the viewer may see.
#[server(endpoint = "coalition_members")]
pub async fn coalition_members() -> Result<Vec<CoalitionPeople>, ApiError> {
    let db = crate::error::db()?;
    let actor = crate::auth::visibility::current_actor(&db).await?;
    Ok(super::server::coalition_people(&db, &actor).await?)
}

/// Invites `email` into `organisation_id` with `role` in `coalition_id`; returns the link to
/// give them (it works once, for seven days).
#[server(endpoint = "invite")]
pub async fn invite(
    coalition_id: i32,
    organisation_id: i32,
    email: String,
    role: String,
) -> Result<String, ApiError> {
    let db = crate::error::db()?;
    let actor = crate::auth::visibility::current_actor(&db).await?;
    let request = super::server::NewInvitation {
        coalition_id,
        organisation_id,
        email,
        role,
    };
    let token = super::server::create_invitation(&db, &actor, request).await?;
    Ok(format!(
        "{}/invitations/{token}",
        super::server::site_origin()
    ))
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
