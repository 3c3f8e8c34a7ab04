//! Server functions and DTOs for a section's proposals.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::ApiError,
    states::{Addressee, ProposalKind},
};

/// One proposal of a section.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalRow {
    pub id: i32,
    pub kind: ProposalKind,
    pub addressee: Addressee,
    pub text: String,
    /// Ids of its themes (tags of the `theme` vocabulary).
    pub themes: Vec<i32>,
}

/// A theme a proposal can take.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    pub id: i32,
    pub label: String,
}

/// A section's proposals and what the viewer may do with them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalsView {
    pub section_id: i32,
    pub proposals: Vec<ProposalRow>,
    /// The themes to choose from.
    pub themes: Vec<Theme>,
    /// The organisations writing the section: the proposals' authors.
    pub authors: Vec<String>,
    /// Words the proposals add to the section, with their headings, as the export counts them.
    pub words: i64,
    pub can_edit: bool,
}

/// The proposals of section `section_id`, for those who may read it.
#[server(endpoint = "section_proposals")]
pub async fn section_proposals(section_id: i32) -> Result<ProposalsView, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::view(&db, &actor, section_id).await?)
}

/// Adds a proposal to section `section_id` (`id` 0) or changes proposal `id` of it, as a new
/// version of the section; those who may write the section. Answers the proposal's id.
#[server(endpoint = "save_proposal")]
pub async fn save_proposal(
    section_id: i32,
    #[server(default)] id: i32,
    kind: ProposalKind,
    addressee: Addressee,
    text: String,
    #[server(default)] themes: Vec<i32>,
) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let edit = super::server::ProposalEdit {
        section_id,
        id,
        kind,
        addressee,
        text,
        themes,
    };
    Ok(super::server::save(&db, &actor, edit).await?)
}

/// Removes proposal `id` from its section, as a new version of the section; those who may
/// write the section.
#[server(endpoint = "remove_proposal")]
pub async fn remove_proposal(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::remove(&db, &actor, id).await?)
}
