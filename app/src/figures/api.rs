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

/// A linked event as a recommendation's page lists it (only those the viewer may read).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedEvent {
    pub id: i32,
    pub title: String,
    pub started_on: String,
    pub region: String,
    pub organisation: String,
    pub acts: i64,
    pub victims: i64,
    /// Whether the viewer may unlink it (they write for its organisation).
    pub can_unlink: bool,
}

/// An event the viewer may link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventChoice {
    pub id: i32,
    pub title: String,
    pub started_on: String,
}

/// A recommendation's monitoring evidence: every linked event counted (shared or not), those
/// the viewer may read listed, and the events they may link.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceOfEvents {
    pub events: i64,
    pub acts: i64,
    pub victims: i64,
    pub listed: Vec<LinkedEvent>,
    pub choices: Vec<EventChoice>,
}

/// The monitoring evidence of recommendation `id`; those who may read it.
#[server(endpoint = "monitoring_evidence")]
pub async fn monitoring_evidence(id: i32) -> Result<EvidenceOfEvents, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::evidence::of_recommendation(&db, &actor, id).await?)
}

/// Links event `event_id` to recommendation `recommendation_id` of the same coalition (or,
/// with `linked` false, unlinks it); the event's organisation's writers.
#[server(endpoint = "link_event")]
pub async fn link_event(
    recommendation_id: i32,
    event_id: i32,
    #[server(default)] linked: bool,
) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::evidence::link(&db, &actor, recommendation_id, event_id, linked).await?)
}
