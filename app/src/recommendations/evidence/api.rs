//! Evidence for a recommendation's follow-up: links and uploaded files (size-capped and
//! type-checked, with their SHA-256), each public, for the coalition, or private to the
//! organisation that added it. Files download from `/evidence/<id>`.

use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// A link as the form sends it (fields `link[...]`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceLinkInput {
    pub recommendation_id: i32,
    /// The assessment it supports (0: the recommendation as a whole).
    #[serde(default)]
    pub assessment_id: i32,
    pub title: String,
    pub url: String,
    #[serde(default)]
    pub source: String,
    /// `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub dated_on: String,
    /// `public`, `coalition` or `private`.
    pub visibility: String,
}

/// Adds a link as evidence (the lead organisation, coordinators, or an NGO for its own
/// assessment); answers its id.
#[server(endpoint = "add_evidence_link")]
pub async fn add_evidence_link(link: EvidenceLinkInput) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::add_link(&db, &actor, link).await?)
}

/// Uploads a file as evidence: form fields `recommendation_id`, `assessment_id`, `title`,
/// `source`, `dated_on`, `visibility` and `file`. Answers its id.
#[server(input = MultipartFormData, endpoint = "upload_evidence")]
pub async fn upload_evidence(data: MultipartData) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let upload = super::server::read_upload(data).await?;
    Ok(super::server::add_file(&db, &actor, upload).await?)
}

/// Removes evidence `id` (whoever added it, coordinators).
#[server(endpoint = "remove_evidence")]
pub async fn remove_evidence(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::remove(&db, &actor, id).await?)
}
