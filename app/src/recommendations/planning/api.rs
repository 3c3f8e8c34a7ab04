//! A coordinator's planning of a recommendation — lead organisation, follow-up deadline,
//! themes, links to other recommendations — and the coalition's clusters of recommendations with
//! the organisation leading each one's follow-up (its lead follows up every recommendation in
//! it).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{error::ApiError, recommendations::record::Named};

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

/// A coordinator's planning of a recommendation. The form names its fields `plan[id]`, ….
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecommendationPlan {
    pub id: i32,
    /// The version the form showed; an outdated one is refused.
    pub version: i32,
    /// 0: none.
    #[serde(default)]
    pub lead_organisation_id: i32,
    /// `on` (a checked box) or absent.
    #[serde(default)]
    pub follow_up: Option<String>,
    /// `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub follow_up_due: String,
    /// Cluster names, comma-separated; new names create clusters.
    #[serde(default)]
    pub clusters: String,
    /// Themes, one per line (absent: unchanged).
    #[serde(default)]
    pub themes: Option<String>,
    /// Affected persons, one per line (absent: unchanged).
    #[serde(default)]
    pub affected_persons: Option<String>,
    /// SDG targets, one per line (absent: unchanged).
    #[serde(default)]
    pub sdgs: Option<String>,
}

/// Saves the planning of a recommendation (coordinators), in one transaction.
#[server(endpoint = "plan_recommendation")]
pub async fn plan_recommendation(plan: RecommendationPlan) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::plan(&db, &actor, plan).await?)
}

/// Links recommendation `id` to the one `reference` names (`A/HRC/43/10, para. 128.45`, or
/// its number in Shadowdesk) as `kind` (`repeats`, `duplicate`, `related`). Coordinators.
#[server(endpoint = "link_recommendation")]
pub async fn link_recommendation(id: i32, reference: String, kind: String) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::link(&db, &actor, id, &reference, &kind).await?)
}

/// Removes link `id` (coordinators).
#[server(endpoint = "unlink_recommendation")]
pub async fn unlink_recommendation(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::unlink(&db, &actor, id).await?)
}
