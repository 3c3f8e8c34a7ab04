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
