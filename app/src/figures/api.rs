//! Server functions and DTOs of monitoring figures in reports.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::ApiError,
    monitoring::api::{Breakdown, MonitoringCounts},
};

/// A section the viewer may put a table into, with the tables it carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionChoice {
    pub id: i32,
    pub report: String,
    pub title: String,
    pub tables: Vec<Breakdown>,
}

/// One coalition's counts and the sections of its open reports the viewer may write in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionFigures {
    pub coalition_id: i32,
    pub name: String,
    pub counts: MonitoringCounts,
    pub sections: Vec<SectionChoice>,
}

/// What an insertion did: the section's new version, and whether it replaced the table the
/// section carried (a refresh).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inserted {
    pub version: i32,
    pub refreshed: bool,
}

/// The viewer's coalitions with their counts and the sections they may put tables into.
#[server(endpoint = "monitoring_figures")]
pub async fn monitoring_figures() -> Result<Vec<CoalitionFigures>, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::figures(&db, &actor).await?)
}

/// Puts the `breakdown` table of the section's coalition's counts into section `section_id`,
/// in the report's language — in place of the one it carries, else at its end; those who may
/// edit the section. A new version of the section.
#[server(endpoint = "insert_monitoring_table")]
pub async fn insert_monitoring_table(
    section_id: i32,
    breakdown: Breakdown,
) -> Result<Inserted, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::insert(&db, &actor, section_id, breakdown).await?)
}
