//! Server functions and DTOs for reports.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::sections::api::WordCount;
use crate::{
    error::ApiError,
    states::{Language, ReportStatus, SectionStatus, TranslationState},
};

/// One report as listed on the overview and the reports page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportSummary {
    pub id: i32,
    pub title: String,
    pub coalition: String,
    /// Mechanism code such as `CCPR`.
    pub mechanism: String,
    pub state_under_review: String,
    pub session: Option<String>,
    /// Deadline as an ISO date (`YYYY-MM-DD`, UTC).
    pub deadline: Option<String>,
    pub status: ReportStatus,
    pub section_count: i64,
    pub approved_sections: i64,
    /// Words in all section bodies, counted like a word processor.
    pub word_count: i64,
}

/// The reports the viewer can see, and whether they may create one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportList {
    pub reports: Vec<ReportSummary>,
    /// The viewer coordinates a coalition (or administers the instance).
    pub can_create: bool,
}

/// Every report, soonest deadline first.
#[server(endpoint = "list_reports")]
pub async fn list_reports() -> Result<ReportList, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let visibility = crate::auth::visibility::Visibility::of(&actor)?;
    Ok(ReportList {
        reports: super::server::report_summaries(&db, &visibility).await?,
        can_create: super::details::can_create(&actor),
    })
}

/// One section in a report's outline, as the report dashboard shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlineRow {
    pub id: i32,
    pub parent_id: Option<i32>,
    /// 1 for top level, up to 3.
    pub depth: usize,
    /// Its number in reading order, e.g. `2.1`.
    pub number: String,
    pub title: String,
    /// The lead organisation.
    pub organisation: Option<Choice>,
    /// Organisations writing with the lead organisation.
    pub contributors: Vec<Choice>,
    pub lead_editor: Option<Choice>,
    pub status: SectionStatus,
    pub words: WordCount,
    pub word_budget: Option<i32>,
    /// `YYYY-MM-DD`.
    pub due_date: Option<String>,
    /// Due before today and not approved.
    pub overdue: bool,
    /// Coordination notes, for coordinators and the section's writers only.
    pub notes: Option<String>,
    /// One of the viewer's organisations writes it, or the viewer translates it.
    pub mine: bool,
    /// Comment threads not resolved yet.
    pub open_threads: i64,
    /// Suggested edits not decided yet.
    pub open_suggestions: i64,
    /// An annex: outside the word count.
    pub annex: bool,
    /// Its translation into each of [`OutlineView::languages`], in order.
    pub translations: Vec<TranslationCell>,
}

/// A section's translation into one language, as the dashboard shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationCell {
    pub language: Language,
    /// `None`: missing.
    pub state: Option<TranslationState>,
    /// Whom the coordinators assigned to translate it.
    pub translator: Option<String>,
    /// The viewer is that translator.
    pub mine: bool,
}

/// A section in the bin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BinRow {
    pub id: i32,
    pub title: String,
    /// UTC, `YYYY-MM-DD HH:MM`.
    pub removed_at: String,
    pub removed_by: Option<String>,
}

/// What the report's profile asks of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileRules {
    pub id: i32,
    pub name: String,
    pub word_limit: Option<i32>,
    pub notes_counted: bool,
    pub languages: Vec<String>,
    pub front_matter: Vec<String>,
}

/// A report with its outline, totals and what the viewer may do: the report dashboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlineView {
    pub details: ReportDetails,
    pub mechanism: String,
    pub coalition: String,
    pub status: ReportStatus,
    /// The deadline in UTC (`YYYY-MM-DD HH:MM`), beside the local one in `details`.
    pub deadline_utc: Option<String>,
    pub submitted_on: Option<String>,
    pub submission_reference: Option<String>,
    pub profile: Option<ProfileRules>,
    /// The languages the report is translated into.
    pub languages: Vec<Language>,
    /// Words of every section in the outline.
    pub totals: WordCount,
    pub sections: Vec<OutlineRow>,
    pub bin: Vec<BinRow>,
    /// Coordinator: may change the outline, plans, details and status.
    pub can_manage: bool,
    /// Statuses the report may move to next.
    pub next_statuses: Vec<ReportStatus>,
    /// The coalition's organisations and the people who may lead a section (for the plan form).
    pub organisations: Vec<Choice>,
    pub editors: Vec<Choice>,
}

/// One report with its sections, if the viewer's coalition owns it.
#[server(endpoint = "report_outline")]
pub async fn report_outline(id: i32) -> Result<OutlineView, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::outline::outline(&db, &actor, id).await?)
}

/// Something to choose from: id and display name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: i32,
    pub name: String,
}

/// A profile as the new-report form offers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileChoice {
    pub id: i32,
    pub name: String,
    pub mechanism: String,
    pub languages: Vec<String>,
}

/// What a new report can be created for and from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportChoices {
    /// Coalitions the viewer coordinates.
    pub coalitions: Vec<Choice>,
    pub profiles: Vec<ProfileChoice>,
    /// IANA time zone names.
    pub time_zones: Vec<String>,
}

/// A report's details as the form sends them (`id` 0 for a new report).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportDetails {
    #[serde(default)]
    pub id: i32,
    #[serde(default)]
    pub version: i32,
    #[serde(default)]
    pub coalition_id: i32,
    #[serde(default)]
    pub profile_id: i32,
    pub title: String,
    pub state_under_review: String,
    #[serde(default)]
    pub session: String,
    /// Local date `YYYY-MM-DD` in `time_zone`, or empty for none.
    #[serde(default)]
    pub deadline_date: String,
    /// Local time `HH:MM` (23:59 when empty).
    #[serde(default)]
    pub deadline_time: String,
    pub time_zone: String,
    pub language: String,
}

/// The coalitions and profiles a new report can be created for (coordinators).
#[server(endpoint = "new_report_choices")]
pub async fn new_report_choices() -> Result<ReportChoices, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::details::choices(&db, &actor).await?)
}

/// Creates a report from a profile, its outline copied from the profile's template; returns
/// its id.
#[server(endpoint = "create_report")]
pub async fn create_report(details: ReportDetails) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::details::create(&db, &actor, details).await?)
}

/// Changes a report's details, if nobody changed them since `version`.
#[server(endpoint = "update_report")]
pub async fn update_report(details: ReportDetails) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::details::update(&db, &actor, details).await?)
}

/// Moves a report along drafting → review → final → submitted (or back a step); submitting
/// records the date and the reference.
#[server(endpoint = "change_report_status")]
pub async fn change_report_status(
    id: i32,
    version: i32,
    status: String,
    #[server(default)] submitted_on: String,
    #[server(default)] reference: String,
) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let change = super::status::StatusChange {
        report_id: id,
        version,
        status,
        submitted_on,
        reference,
    };
    Ok(super::status::change(&db, &actor, change).await?)
}
