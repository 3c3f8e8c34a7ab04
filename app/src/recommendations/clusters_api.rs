//! The coalition's clusters of recommendations and the organisation leading each one's
//! follow-up (its lead organisation follows up every recommendation in it).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::detail_api::Named;
use crate::error::ApiError;

/// One cluster.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClusterRow {
    pub id: i32,
    pub coalition_id: i32,
    pub name: String,
    pub recommendations: u64,
    pub lead: Option<Named>,
    /// The coalition's organisations, to choose a lead from (coordinators only).
    pub organisations: Vec<Named>,
    pub can_manage: bool,
}

/// The clusters of the viewer's coalitions, by name.
#[server(endpoint = "list_clusters")]
pub async fn list_clusters() -> Result<Vec<ClusterRow>, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::clusters::list(&db, &actor).await?)
}

/// Sets the lead organisation of cluster `id` (0: none). Coordinators of its coalition.
#[server(endpoint = "set_cluster_lead")]
pub async fn set_cluster_lead(id: i32, lead_organisation_id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::clusters::set_lead(&db, &actor, id, lead_organisation_id).await?)
}
