//! Server function and DTOs for organisations.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::states::OrganisationKind;
use crate::{error::ApiError, states::Role};

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
    /// Left out of a form: unchanged.
    #[serde(default)]
    pub kind: Option<OrganisationKind>,
    /// The organisation this one is a branch of (0: none; left out of a form: unchanged).
    #[serde(default)]
    pub parent_id: Option<i32>,
}

/// A person of the organisation and their roles in the viewer's coalitions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationPerson {
    pub display_name: String,
    pub email: String,
    pub roles: Vec<Role>,
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
    /// Organisations it may become a branch of: (id, name); empty unless `can_edit`.
    pub parent_choices: Vec<(i32, String)>,
    /// Organisations it may be merged into (administrators): (id, name).
    pub merge_targets: Vec<(i32, String)>,
}

/// One organisation, if it belongs to a coalition the viewer can see.
#[server(endpoint = "organisation_profile")]
pub async fn organisation_profile(id: i32) -> Result<OrganisationView, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::profile::profile(&db, &actor, id).await?)
}

/// Saves an organisation's details (coordinators of its coalitions and administrators). The
/// form names its fields `details[name]`, `details[version]`, ….
#[server(endpoint = "update_organisation")]
pub async fn update_organisation(details: OrganisationDetails) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::profile::update(&db, &actor, details).await?)
}

/// What the creation form offers: the coalitions the new organisation may join (those the
/// viewer coordinates; administrators may also create it outside any), possible parents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOrganisationChoices {
    /// (id, name).
    pub coalitions: Vec<(i32, String)>,
    /// Whether it may be created outside any coalition (administrators).
    pub without_coalition: bool,
    /// (id, name).
    pub parents: Vec<(i32, String)>,
}

/// What the viewer may choose when creating an organisation; `Forbidden` for those who may
/// create none.
#[server(endpoint = "organisation_choices")]
pub async fn organisation_choices() -> Result<NewOrganisationChoices, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::admin::choices(&db, &actor).await?)
}

/// Creates an organisation (or a branch, with `details[parent_id]`) and adds it to coalition
/// `coalition_id` (its coordinators; administrators may give 0 for none). Answers the id.
#[server(endpoint = "create_organisation")]
pub async fn create_organisation(
    details: OrganisationDetails,
    coalition_id: i32,
) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::admin::create(&db, &actor, details, coalition_id).await?)
}

/// Merges the duplicate `from_id` into `into_id` (administrators): its people, coalitions,
/// branches, sections, comments, assessments, evidence and invitations move over, then the
/// duplicate is deleted; one transaction. Answers the kept organisation's id.
#[server(endpoint = "merge_organisations")]
pub async fn merge_organisations(from_id: i32, into_id: i32) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::admin::merge(&db, &actor, from_id, into_id).await?)
}
