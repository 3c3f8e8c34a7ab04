//! Server function and DTOs for organisations.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// One organisation as listed on the organisations page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationSummary {
    pub id: i32,
    pub name: String,
    pub short_name: String,
    pub country: String,
    pub region: Option<String>,
    /// Name of the organisation this one is a branch of.
    pub branch_of: Option<String>,
}

/// Every organisation, each followed by its branches.
#[server(endpoint = "list_organisations")]
pub async fn list_organisations() -> Result<Vec<OrganisationSummary>, ApiError> {
    let db = crate::error::db()?;
    let visibility = crate::auth::visibility::require_visibility(&db).await?;
    Ok(super::server::organisation_summaries(&db, &visibility).await?)
}

/// An organisation's editable details.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationDetails {
    pub id: i32,
    /// Bumped at every save; a save based on an older version is refused.
    pub version: i32,
    pub name: String,
    pub short_name: String,
    pub country: String,
    /// City or region (empty: none).
    pub region: String,
    pub description: String,
    pub website: String,
    pub contact_email: String,
}

/// A person of the organisation and their roles in the viewer's coalitions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationPerson {
    pub display_name: String,
    pub email: String,
    pub roles: Vec<String>,
}

/// One organisation's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationView {
    pub details: OrganisationDetails,
    /// The organisation this one is a branch of: (id, name).
    pub parent: Option<(i32, String)>,
    /// Its branches: (id, name).
    pub branches: Vec<(i32, String)>,
    pub people: Vec<OrganisationPerson>,
    /// Whether the viewer may edit the details.
    pub can_edit: bool,
}

/// One organisation, if it belongs to a coalition the viewer can see.
#[server(endpoint = "organisation_profile")]
pub async fn organisation_profile(id: i32) -> Result<OrganisationView, ApiError> {
    let db = crate::error::db()?;
    let actor = crate::auth::visibility::current_actor(&db).await?;
    Ok(super::profile::profile(&db, &actor, id).await?)
}

/// Saves an organisation's details (coordinators of its coalitions and administrators). The
/// form names its fields `details[name]`, `details[version]`, ….
#[server(endpoint = "update_organisation")]
pub async fn update_organisation(details: OrganisationDetails) -> Result<(), ApiError> {
    let db = crate::error::db()?;
    let actor = crate::auth::visibility::current_actor(&db).await?;
    Ok(super::profile::update(&db, &actor, details).await?)
}
