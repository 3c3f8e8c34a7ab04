//! Server functions and DTOs for changing an outline (coordinators of the report's coalition).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// A section's plan as the form sends it; 0 means "none" for the ids.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionPlan {
    pub id: i32,
    pub title: String,
    #[serde(default)]
    pub lead_organisation_id: i32,
    /// Comma-separated organisation ids writing with the lead organisation.
    #[serde(default)]
    pub contributor_ids: String,
    #[serde(default)]
    pub lead_editor_id: i32,
    /// `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub due_date: String,
    /// A whole number of words or empty.
    #[serde(default)]
    pub word_budget: String,
    #[serde(default)]
    pub coordination_notes: String,
    /// The section is an annex: exported after the body, outside the word count.
    #[serde(default)]
    pub annex: bool,
}

/// Adds a section titled `title` at the end of the report (or of section `parent_id`'s
/// subsections when it is not 0). Returns its id.
#[server(endpoint = "add_section")]
pub async fn add_section(
    report_id: i32,
    title: String,
    #[server(default)] parent_id: i32,
) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let parent = (parent_id > 0).then_some(parent_id);
    Ok(super::server::add(&db, &actor, report_id, parent, &title).await?)
}

/// Moves a section one step: `up`, `down`, `in` (into the section above) or `out`.
#[server(endpoint = "move_section")]
pub async fn move_section(id: i32, direction: String) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let destination =
        super::tree::Direction::parse(&direction).map(super::server::Destination::Step);
    Ok(super::server::relocate(&db, &actor, id, destination).await?)
}

/// Places a section (dragged and dropped) under `parent_id` (0: top level) at `index` among
/// its new siblings.
#[server(endpoint = "place_section")]
pub async fn place_section(id: i32, parent_id: i32, index: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let destination = Some(super::server::Destination::At {
        parent: (parent_id > 0).then_some(parent_id),
        index: usize::try_from(index).unwrap_or(0),
    });
    Ok(super::server::relocate(&db, &actor, id, destination).await?)
}

/// Puts a section and its subsections in the report's bin.
#[server(endpoint = "remove_section")]
pub async fn remove_section(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::remove(&db, &actor, id).await?)
}

/// Takes a section out of the bin.
#[server(endpoint = "restore_section")]
pub async fn restore_section(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::restore(&db, &actor, id).await?)
}

/// Saves a section's plan (see [`SectionPlan`]).
#[server(endpoint = "plan_section")]
pub async fn plan_section(plan: SectionPlan) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::plan::save(&db, &actor, plan).await?)
}
