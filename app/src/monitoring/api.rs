//! Server functions and DTOs of field monitoring.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::ApiError,
    states::{
        ActType, AgeGroup, InterventionKind, InterventionOutcome, MonitoringStatus, PersonRole,
        Reliability, VictimGroup, VictimSex,
    },
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

/// A coalition's list of regions, and whether the viewer keeps it (its coordinators).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionList {
    pub coalition_id: i32,
    pub coalition: String,
    pub names: Vec<String>,
    pub can_edit: bool,
}

/// The monitoring page: the counts, the events the viewer may read, where they may record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonitoringView {
    pub counts: MonitoringCounts,
    pub events: Vec<EventRow>,
    /// Empty for those who may not record (observers, reviewers).
    pub recording_for: Vec<RecordingFor>,
    /// Regions offered: the coalitions' lists, and those already used.
    pub regions: Vec<String>,
    /// The coalitions' lists of regions.
    pub region_lists: Vec<RegionList>,
}

/// A recommendation an event is evidence for: its id and the start of its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedRecommendation {
    pub id: i32,
    pub text: String,
}

/// One event's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDetail {
    pub form: EventForm,
    pub organisation: String,
    pub acts: Vec<ActRow>,
    /// The people, by pseudonym: never their identities.
    pub persons: Vec<PersonRow>,
    /// What the organisation did about the event.
    pub interventions: Vec<InterventionRow>,
    /// The recommendations it is linked to as evidence.
    pub recommendations: Vec<LinkedRecommendation>,
    pub can_edit: bool,
    /// Whether the viewer is a case worker of the event's organisation (opens identities).
    pub can_open: bool,
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

/// A person to add to an event: a pseudonym always; the identity fields are optional and
/// sealed before they are stored. A form names them `person[pseudonym]`, ….
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonForm {
    pub event_id: i32,
    pub role: PersonRole,
    pub pseudonym: String,
    pub sex: VictimSex,
    pub age_group: AgeGroup,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub contacts: String,
    #[serde(default)]
    pub identity_numbers: String,
}

/// A person as the event's page lists them: never their identity, only whether one is
/// sealed (or was destroyed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRow {
    pub id: i32,
    pub role: PersonRole,
    pub pseudonym: String,
    pub sex: VictimSex,
    pub age_group: AgeGroup,
    pub sealed: bool,
    pub destroyed: bool,
}

/// A person's identity fields, as a case worker opens them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub name: String,
    pub contacts: String,
    pub identity_numbers: String,
}

/// A member of an organisation whose identities the viewer keeps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Keeper {
    pub user_id: i32,
    pub name: String,
    pub case_worker: bool,
}

/// An organisation whose sealed identities the viewer keeps: its members with the
/// case-worker right or not, and how many identities it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Keeping {
    pub organisation_id: i32,
    pub organisation: String,
    pub short_name: String,
    pub sealed: i64,
    pub members: Vec<Keeper>,
}

/// The instance's key store, which the server provides to every request.
#[cfg(feature = "ssr")]
fn key_store() -> Result<std::sync::Arc<shadowdesk_seal::KeyStore>, ApiError> {
    use_context::<std::sync::Arc<shadowdesk_seal::KeyStore>>().ok_or_else(|| {
        crate::error::AppError::Sealing("no key store in the request context".into()).into()
    })
}

/// Adds a person to an event, sealing any identity fields under the event's organisation's
/// key; that organisation's writers. Answers the person's id.
#[server(endpoint = "add_person")]
pub async fn add_person(person: PersonForm) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let keys = key_store()?;
    Ok(super::persons::add(&db, &actor, &keys, person).await?)
}

/// Removes person `id`, identity and all; their event's organisation's writers.
#[server(endpoint = "remove_person")]
pub async fn remove_person(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::persons::remove(&db, &actor, id).await?)
}

/// Opens person `id`'s identity; case workers of their event's organisation alone. Every
/// opening is audited.
#[server(endpoint = "open_identity")]
pub async fn open_identity(id: i32) -> Result<Identity, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let keys = key_store()?;
    Ok(super::persons::open_identity(&db, &actor, &keys, id).await?)
}

/// The organisations whose identities the viewer keeps (its case workers, and coordinators
/// of the coalitions it belongs to).
#[server(endpoint = "identity_keeping")]
pub async fn identity_keeping() -> Result<Vec<Keeping>, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::persons::keeping(&db, &actor).await?)
}

/// Grants (`case_worker`) or withdraws the case-worker right of a member of an organisation;
/// its keepers.
#[server(endpoint = "set_case_worker")]
pub async fn set_case_worker(
    organisation_id: i32,
    user_id: i32,
    #[server(default)] case_worker: bool,
) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::persons::set_case_worker(&db, &actor, organisation_id, user_id, case_worker).await?)
}

/// Destroys an organisation's key, once `confirm` repeats its short name: its identities
/// become unreadable everywhere, backups included; its keepers. Answers how many went.
#[server(endpoint = "destroy_identities")]
pub async fn destroy_identities(organisation_id: i32, confirm: String) -> Result<i64, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let keys = key_store()?;
    Ok(super::persons::destroy(&db, &actor, &keys, organisation_id, &confirm).await?)
}

/// An intervention to add to an event. A form names its fields `intervention[body]`, ….
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterventionForm {
    pub event_id: i32,
    pub kind: InterventionKind,
    pub body: String,
    /// `YYYY-MM-DD`, not before the event.
    pub submitted_on: String,
    #[serde(default)]
    pub response: String,
    pub outcome: InterventionOutcome,
}

/// An intervention as the event's page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterventionRow {
    pub id: i32,
    pub kind: InterventionKind,
    pub body: String,
    pub submitted_on: String,
    pub response: String,
    pub outcome: InterventionOutcome,
}

/// Adds an intervention (a complaint, an appeal, …) to an event; its organisation's writers.
/// Answers its id.
#[server(endpoint = "add_intervention")]
pub async fn add_intervention(intervention: InterventionForm) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::interventions::add(&db, &actor, intervention).await?)
}

/// Removes intervention `id`; its event's organisation's writers.
#[server(endpoint = "remove_intervention")]
pub async fn remove_intervention(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::interventions::remove(&db, &actor, id).await?)
}

/// Adds `name` to coalition `coalition_id`'s list of regions (`listed`), or takes it off; its
/// coordinators. Once a coalition has a list, its events must name one of its regions.
#[server(endpoint = "set_region")]
pub async fn set_region(
    coalition_id: i32,
    name: String,
    #[server(default)] listed: bool,
) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::regions::set(&db, &actor, coalition_id, &name, listed).await?)
}
