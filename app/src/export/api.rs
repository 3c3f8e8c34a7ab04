//! Server functions and DTOs of the export page: the pre-submission check, the front matter,
//! and final exports. Drafts and stored files download from `/reports/<id>/export.docx` and
//! `/exports/reports/<export id>.docx` (see the server crate).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use fluent_templates::fluent_bundle::FluentValue;

use crate::{
    error::ApiError,
    i18n::Locale,
    sections::api::WordCount,
    states::{Language, ReportStatus},
};

/// How much a check's finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Severity {
    /// Stops the final export.
    Blocking,
    /// Worth a look; does not stop anything.
    Warning,
    Passed,
}

/// One line of the pre-submission checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckItem {
    /// The message's translation key, e.g. `check-words-over`.
    pub key: String,
    pub severity: Severity,
    /// The message's numeric arguments (`limit`, `count`, …).
    pub numbers: Vec<(String, i64)>,
    /// What the finding is about: section titles, masked personal data, front-matter keys
    /// (`front-matter-…`, translated on the page).
    pub details: Vec<String>,
}

/// The argument names check messages use.
const CHECK_ARGUMENTS: &[&str] = &[
    "body",
    "notes",
    "total",
    "limit",
    "counted",
    "count",
    "threads",
    "suggestions",
    "days",
];

/// The message of check `item` in `locale`.
pub fn check_message(locale: Locale, item: &CheckItem) -> String {
    let args: Vec<(&'static str, FluentValue<'static>)> = item
        .numbers
        .iter()
        .filter_map(|(name, value)| {
            CHECK_ARGUMENTS
                .iter()
                .find(|a| **a == name)
                .map(|a| (*a, FluentValue::from(*value)))
        })
        .collect();
    crate::i18n::translate_with(locale, &item.key, &args)
}

/// A final export as the page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRecord {
    pub id: i32,
    pub name: String,
    pub file_name: String,
    pub sha256: String,
    pub size_bytes: i64,
    pub body_words: i64,
    pub note_words: i64,
    pub exported_by: Option<String>,
    pub exported_at: String,
}

/// The front matter a coordinator sets on the export page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrontMatter {
    pub report_id: i32,
    pub version: i32,
    /// Comma-separated.
    #[serde(default)]
    pub keywords: String,
    /// A [`Publication`](crate::states::Publication)'s stored name.
    #[serde(default)]
    pub publication: String,
}

/// The export page of a report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportView {
    pub report_id: i32,
    pub title: String,
    pub status: ReportStatus,
    pub version: i32,
    pub checks: Vec<CheckItem>,
    /// Some check blocks the final export.
    pub blocking: bool,
    /// Words of the body (annexes apart).
    pub words: WordCount,
    pub word_limit: Option<i32>,
    pub notes_counted: bool,
    /// The name the final file will have.
    pub file_name: String,
    pub front_matter: FrontMatter,
    pub wants_keywords: bool,
    pub wants_publication: bool,
    /// Final exports, newest first.
    pub exports: Vec<ExportRecord>,
    pub submitted_on: Option<String>,
    pub submission_reference: Option<String>,
    /// The viewer coordinates the coalition (front matter, final export, submission).
    pub can_manage: bool,
    /// The languages the report is translated into (a draft and a final export in each).
    pub languages: Vec<Language>,
    /// The translation the page checks and exports (`None`: the report's own language).
    pub language: Option<Language>,
    /// The report's own language.
    pub source_language: String,
}

/// The export page of report `id` in `language` (one it is translated into; empty: its
/// own), for anyone who may read it.
#[server(endpoint = "export_overview")]
pub async fn export_overview(
    id: i32,
    #[server(default)] language: String,
) -> Result<ExportView, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::overview(&db, &actor, id, &language).await?)
}

/// Saves a report's keywords and publication statement (coordinators).
#[server(endpoint = "save_front_matter")]
pub async fn save_front_matter(front: FrontMatter) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::save_front_matter(&db, &actor, front).await?)
}

/// Makes the final export of report `id` in `language` (coordinators; empty: the report's
/// own), refused while the check finds a blocking problem. Returns the export's id.
#[server(endpoint = "export_final")]
pub async fn export_final(id: i32, #[server(default)] language: String) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    crate::auth::rate_limit::take_for(&actor, crate::auth::rate_limit::Operation::Export)?;
    Ok(super::server::final_export(&db, &actor, id, &language).await?)
}
