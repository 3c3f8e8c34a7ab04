//! Server functions and DTOs for submission profiles.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// Front-matter items a profile can require, in the order a submission carries them.
pub const FRONT_MATTER: &[&str] = &[
    "cover",
    "coalition_members",
    "coalition_description",
    "keywords",
    "publication_statement",
    "table_of_contents",
    "executive_summary",
];

/// A profile as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileSummary {
    pub id: i32,
    pub code: String,
    pub mechanism: String,
    pub stage: String,
    pub name: String,
    pub word_limit: Option<i32>,
    pub notes_counted: bool,
    pub languages: Vec<String>,
    /// Sections in its outline template.
    pub sections: usize,
}

/// A profile's editable fields, as the form sends them (`id` 0 for a new profile).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileDetails {
    pub id: i32,
    #[serde(default)]
    pub version: i32,
    pub code: String,
    pub mechanism: String,
    pub stage: String,
    pub name: String,
    /// A whole number of words, or empty for no limit.
    #[serde(default)]
    pub word_limit: String,
    #[serde(default)]
    pub notes_counted: bool,
    /// Comma-separated language codes, e.g. `en,fr,es`.
    pub languages: String,
    /// Comma-separated items of [`FRONT_MATTER`].
    #[serde(default)]
    pub front_matter: String,
    /// Where the export puts notes: `footnotes` (also when empty) or `endnotes`.
    #[serde(default)]
    pub notes_placement: String,
    pub outline_template: String,
}

/// One section of a template's outline: depth (1–3) and title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateRow {
    pub level: usize,
    pub title: String,
    pub guidance: String,
}

/// A profile with its outline as it would be created, and whether the viewer may edit it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub details: ProfileDetails,
    pub outline: Vec<TemplateRow>,
    pub can_edit: bool,
    /// A reference document's styles replace the export's defaults.
    pub has_reference_styles: bool,
}

/// The profiles and whether the viewer may add one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileCatalogue {
    pub profiles: Vec<ProfileSummary>,
    pub can_create: bool,
}

/// Sets the reference document of a profile (administrators): the uploaded `.docx`'s styles
/// replace the export's defaults; `clear=true` with no file goes back to the defaults.
#[server(input = leptos::server_fn::codec::MultipartFormData, endpoint = "set_reference_document")]
pub async fn set_reference_document(
    data: leptos::server_fn::codec::MultipartData,
) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::reference::set(&db, &actor, data).await?)
}

/// Every profile, by mechanism and stage (signed-in people).
#[server(endpoint = "list_profiles")]
pub async fn list_profiles() -> Result<ProfileCatalogue, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::summaries(&db, &actor).await?)
}

/// Profile `id` (0: a blank one to fill in, for administrators).
#[server(endpoint = "submission_profile")]
pub async fn submission_profile(id: i32) -> Result<ProfileView, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::view(&db, &actor, id).await?)
}

/// Creates (id 0) or updates a profile; administrators only. Returns its id.
#[server(endpoint = "save_profile")]
pub async fn save_profile(details: ProfileDetails) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::save(&db, &actor, details).await?)
}
