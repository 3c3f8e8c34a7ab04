//! Server functions and DTOs for administering coalitions: create, edit, archive and restore,
//! and which organisations belong to each.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// One coalition in the administration list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionRow {
    pub id: i32,
    pub name: String,
    pub short_name: String,
    pub lead_organisation: String,
    pub member_count: i64,
    /// `YYYY-MM-DD` it was archived, if it is.
    pub archived_on: Option<String>,
}

/// The administration list and what the creation form offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionList {
    pub rows: Vec<CoalitionRow>,
    /// Organisations that may lead a new coalition: (id, name).
    pub organisations: Vec<(i32, String)>,
    pub time_zones: Vec<String>,
}

/// A coalition's editable details; `id` 0 creates a new coalition. A form names its fields
/// `form[name]`, `form[version]`, ….
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionForm {
    pub id: i32,
    /// Bumped at every save; a save based on an older version is refused.
    pub version: i32,
    pub name: String,
    pub short_name: String,
    pub description: String,
    /// `en`, `ru` or `kk`.
    pub default_locale: String,
    /// IANA name, e.g. `Asia/Almaty`.
    pub time_zone: String,
    pub lead_organisation_id: i32,
}

/// The coalition's public follow-up page, as its administration page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publication {
    /// The page's address after `/p/`: the one chosen, else a suggestion from the short name.
    pub address: String,
    /// `YYYY-MM-DD` it was published, while it is.
    pub published_on: Option<String>,
    /// Whether the viewer may publish or withdraw it (coordinators and administrators).
    pub can_publish: bool,
}

/// One coalition's administration page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionSettings {
    pub form: CoalitionForm,
    pub archived_on: Option<String>,
    /// Member organisations: (id, name); the lead is among them.
    pub members: Vec<(i32, String)>,
    /// Organisations that could join: (id, name).
    pub candidates: Vec<(i32, String)>,
    pub time_zones: Vec<String>,
    /// Whether the viewer may change the coalition (coordinators and administrators, while it
    /// is not archived).
    pub can_edit: bool,
    /// Whether the viewer may archive or restore it (administrators).
    pub can_archive: bool,
    pub publication: Publication,
}

/// Coalitions whose name or short name contains `search` (case-insensitive); archived ones
/// only when `archived` (administrators).
#[server(endpoint = "admin_coalitions")]
pub async fn admin_coalitions(search: String, archived: bool) -> Result<CoalitionList, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::list(&db, &actor, &search, archived).await?)
}

/// One coalition's administration page (its coordinators and administrators).
#[server(endpoint = "coalition_admin")]
pub async fn coalition_admin(id: i32) -> Result<CoalitionSettings, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::admin_view(&db, &actor, id).await?)
}

/// Creates a coalition (administrators; `form[id]` 0) with its lead organisation as the first
/// member, or saves an existing one's details (its coordinators too). Answers the id.
#[server(endpoint = "save_coalition")]
pub async fn save_coalition(form: CoalitionForm) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::save(&db, &actor, form).await?)
}

/// Archives a coalition (read-only, hidden from lists, kept whole) or restores it
/// (administrators).
#[server(endpoint = "set_coalition_archived")]
pub async fn set_coalition_archived(id: i32, archived: bool) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::set_archived(&db, &actor, id, archived).await?)
}

/// Adds an existing organisation to a coalition (its coordinators and administrators).
#[server(endpoint = "add_coalition_member")]
pub async fn add_coalition_member(coalition_id: i32, organisation_id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::add_member(&db, &actor, coalition_id, organisation_id).await?)
}

/// Takes an organisation out of a coalition (its coordinators and administrators); its
/// sections, assessments and evidence stay. The lead organisation cannot be removed.
#[server(endpoint = "remove_coalition_member")]
pub async fn remove_coalition_member(
    coalition_id: i32,
    organisation_id: i32,
) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::remove_member(&db, &actor, coalition_id, organisation_id).await?)
}

/// Publishes the coalition's follow-up page at `/p/<address>` for anyone to read without
/// signing in (`published`), or takes it offline (its coordinators and administrators).
#[server(endpoint = "publish_follow_up")]
pub async fn publish_follow_up(
    coalition_id: i32,
    #[server(default)] address: String,
    published: bool,
) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::publication::publish(&db, &actor, coalition_id, &address, published).await?)
}
