//! Recording assessments of a recommendation: a draft is saved, changed while it is a draft,
//! then approved by a coordinator, after which it never changes (a newer assessment
//! supersedes it and the older one stays in the history).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// An assessment as the form sends it (fields `assessment[...]`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentInput {
    /// 0 for a new assessment, else the draft to change.
    #[serde(default)]
    pub id: i32,
    pub recommendation_id: i32,
    /// The draft's version the form showed (ignored for a new one).
    #[serde(default)]
    pub version: i32,
    /// `coalition`, `ngo`, `state`, `nhri` or `committee`.
    pub assessor: String,
    /// The assessing NGO, for `ngo` (0: none).
    #[serde(default)]
    pub organisation_id: i32,
    /// Who exactly ("Ministry of Justice"); may be empty.
    #[serde(default)]
    pub assessor_name: String,
    /// `upr_info`, `hrc`, `hrc_subgrades` or `custom`.
    pub scale: String,
    /// A level of the scale, or the custom label.
    #[serde(default)]
    pub label: String,
    /// For a custom label: `0`–`4`, or empty for no information.
    #[serde(default)]
    pub custom_ordinal: String,
    /// `YYYY-MM-DD`.
    pub assessed_on: String,
    #[serde(default)]
    pub narrative: String,
}

/// Saves a new assessment as a draft, or changes a draft; answers its id. Coordinators and
/// the lead organisation record any assessor; other partner NGOs their own (`ngo`).
#[server(endpoint = "save_assessment")]
pub async fn save_assessment(assessment: AssessmentInput) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::save(&db, &actor, assessment).await?)
}

/// Approves draft `id` as it was at `version` (coordinators). It never changes afterwards.
#[server(endpoint = "approve_assessment")]
pub async fn approve_assessment(id: i32, version: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::approve(&db, &actor, id, version).await?)
}

/// Deletes draft `id` (whoever may change it); approved assessments cannot be deleted.
#[server(endpoint = "discard_assessment")]
pub async fn discard_assessment(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::discard(&db, &actor, id).await?)
}
