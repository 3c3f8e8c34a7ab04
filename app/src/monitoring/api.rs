//! Server functions and DTOs of field monitoring.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::ApiError,
    states::{ActType, AgeGroup, MonitoringStatus, Reliability, VictimGroup, VictimSex},
};

/// An event's editable fields; `id` 0 records a new one. A form names them `event[title]`, ….
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventForm {
    #[serde(default)]
    pub id: i32,
    /// Bumped at every save; a save based on an older version is refused.
    #[serde(default)]
    pub version: i32,
    /// The coalition and the recording organisation (fixed once recorded).
    #[serde(default)]
    pub coalition_id: i32,
    #[serde(default)]
    pub organisation_id: i32,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub started_on: String,
    /// `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub ended_on: String,
    pub region: String,
    #[serde(default)]
    pub locality: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub source: String,
    pub reliability: Reliability,
    pub status: MonitoringStatus,
    /// A checkbox: present when the coalition may read the record.
    #[serde(default)]
    pub shared: bool,
}

/// An act to add to event `event_id`. A form names its fields `act[victims]`, ….
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActForm {
    pub event_id: i32,
    pub act_type: ActType,
    #[serde(default)]
    pub ground: String,
    pub victims: i32,
    pub sex: VictimSex,
    pub age_group: AgeGroup,
    pub victim_group: VictimGroup,
}

/// An act as its event's page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActRow {
    pub id: i32,
    pub act_type: ActType,
    pub ground: String,
    pub victims: i32,
    pub sex: VictimSex,
    pub age_group: AgeGroup,
    pub victim_group: VictimGroup,
}

/// An event the viewer may read, in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRow {
    pub id: i32,
    pub title: String,
    pub started_on: String,
    pub region: String,
    pub organisation: String,
    pub status: MonitoringStatus,
    pub shared: bool,
    pub acts: i64,
    pub victims: i64,
}

/// How many acts and victims one group counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountRow {
    /// A region or a year as written, or a stored type or group name when `named`.
    pub label: String,
    pub named: bool,
    pub acts: i64,
    pub victims: i64,
}

/// The acts of one year, counted per type of act in the order of the types' list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearTypes {
    pub year: String,
    pub acts: Vec<u64>,
}

/// The coalition's counts over every event of its members, shared or not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonitoringCounts {
    pub events: i64,
    pub by_type: Vec<CountRow>,
    pub by_region: Vec<CountRow>,
    pub by_year: Vec<CountRow>,
    pub by_group: Vec<CountRow>,
    /// Acts by year (newest first) and type, for the chart.
    pub by_year_type: Vec<YearTypes>,
}

/// A choice of coalition and organisation to record for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordingFor {
    pub coalition_id: i32,
    pub coalition: String,
    pub organisation_id: i32,
    pub organisation: String,
}

/// The monitoring page: the counts, the events the viewer may read, where they may record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonitoringView {
    pub counts: MonitoringCounts,
    pub events: Vec<EventRow>,
    /// Empty for those who may not record (observers, reviewers).
    pub recording_for: Vec<RecordingFor>,
    /// Regions already used, offered as suggestions.
    pub regions: Vec<String>,
}

/// One event's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDetail {
    pub form: EventForm,
    pub organisation: String,
    pub acts: Vec<ActRow>,
    pub can_edit: bool,
}

/// The monitoring of the viewer's coalitions.
#[server(endpoint = "monitoring")]
pub async fn monitoring() -> Result<MonitoringView, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::overview(&db, &actor).await?)
}

/// Records an event (`event[id]` 0) for one of the viewer's organisations, or saves one of
/// their organisation's; writers (editors, coordinators) of that organisation. Answers its id.
#[server(endpoint = "save_event")]
pub async fn save_event(event: EventForm) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::save(&db, &actor, event).await?)
}

/// Event `id`, for those who may read it.
#[server(endpoint = "monitoring_event")]
pub async fn monitoring_event(id: i32) -> Result<EventDetail, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::detail(&db, &actor, id).await?)
}

/// Adds an act to an event; its organisation's writers. Answers the act's id.
#[server(endpoint = "add_act")]
pub async fn add_act(act: ActForm) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::add_act(&db, &actor, act).await?)
}

/// Removes act `id` from its event; its organisation's writers.
#[server(endpoint = "remove_act")]
pub async fn remove_act(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::remove_act(&db, &actor, id).await?)
}

/// A table of counts a report can carry ("Insert into section").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Breakdown {
    /// Acts and victims by type of act.
    #[serde(rename = "by-type")]
    Types,
    /// Acts and victims by region.
    #[serde(rename = "by-region")]
    Regions,
    /// Acts and victims by year.
    #[serde(rename = "by-year")]
    Years,
    /// Acts and victims by victim group.
    #[serde(rename = "by-group")]
    Groups,
    /// Acts of each type by year, a column per year.
    #[serde(rename = "type-by-year")]
    TypesByYear,
}

impl Breakdown {
    /// Every table, in the order they are offered.
    pub const ALL: [Breakdown; 5] = [
        Breakdown::Years,
        Breakdown::TypesByYear,
        Breakdown::Types,
        Breakdown::Regions,
        Breakdown::Groups,
    ];

    /// The name a section's text marks the table with (and forms send).
    pub fn name(self) -> &'static str {
        match self {
            Breakdown::Types => "by-type",
            Breakdown::Regions => "by-region",
            Breakdown::Years => "by-year",
            Breakdown::Groups => "by-group",
            Breakdown::TypesByYear => "type-by-year",
        }
    }

    /// The message id of the table's title.
    pub fn title(self) -> &'static str {
        match self {
            Breakdown::Types => "monitoring-table-types",
            Breakdown::Regions => "monitoring-table-regions",
            Breakdown::Years => "monitoring-table-years",
            Breakdown::Groups => "monitoring-table-groups",
            Breakdown::TypesByYear => "monitoring-table-types-by-year",
        }
    }
}
