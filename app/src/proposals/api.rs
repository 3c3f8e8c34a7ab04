//! Server functions and DTOs for a section's proposals.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::ApiError,
    states::{Addressee, ProposalKind, Uptake},
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

/// An issued recommendation likely to take up a proposal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub recommendation_id: i32,
    /// "CCPR/C/KAZ/CO/3, para. 20".
    pub citation: String,
    /// Its text cut into runs, those it shares with the proposal marked.
    pub parts: Vec<(String, bool)>,
    /// How alike, in per cent.
    pub alike: u8,
    /// What a coordinator confirmed, if anything.
    pub uptake: Option<Uptake>,
}

/// A proposal with the recommendations most like it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalUptake {
    pub proposal_id: i32,
    pub section: String,
    pub kind: ProposalKind,
    pub text: String,
    pub candidates: Vec<Candidate>,
}

/// A report's proposals beside what the UN issued after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UptakeView {
    pub report_id: i32,
    pub report_title: String,
    /// The documents searched: the report's mechanism and State, issued since it was submitted.
    pub documents: Vec<String>,
    pub proposals: Vec<ProposalUptake>,
    /// Whether the viewer may confirm (coordinators).
    pub can_confirm: bool,
}

/// Report `report_id`'s proposals, each with the five issued recommendations most like it,
/// for members of its coalition.
#[server(endpoint = "report_uptake")]
pub async fn report_uptake(report_id: i32) -> Result<UptakeView, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::uptake::view(&db, &actor, report_id).await?)
}

/// Records whether recommendation `recommendation_id` takes up proposal `proposal_id`
/// (`uptake`: a stored uptake name; empty clears it); coordinators of the report's coalition.
#[server(endpoint = "confirm_uptake")]
pub async fn confirm_uptake(
    proposal_id: i32,
    recommendation_id: i32,
    #[server(default)] uptake: Option<Uptake>,
) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::uptake::confirm(&db, &actor, proposal_id, recommendation_id, uptake).await?)
}

/// How many proposals of one group the UN took up.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UptakeCounts {
    /// The group: a report's title, an organisation, a theme, a body or a cycle.
    pub label: String,
    /// Taken up in full, in part, not taken up, not yet confirmed.
    pub counts: [u64; 4],
}

impl UptakeCounts {
    /// Proposals in the group.
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// Proposals taken up in full or in part.
    pub fn taken_up(&self) -> u64 {
        self.counts[0] + self.counts[1]
    }
}

/// The uptake of a coalition's proposals, in all and per group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UptakeRates {
    pub total: UptakeCounts,
    pub by_report: Vec<UptakeCounts>,
    pub by_organisation: Vec<UptakeCounts>,
    pub by_theme: Vec<UptakeCounts>,
    pub by_body: Vec<UptakeCounts>,
    pub by_cycle: Vec<UptakeCounts>,
}

/// The uptake rates of every proposal of the coalition report `report_id` belongs to, for its
/// members.
#[server(endpoint = "uptake_rates")]
pub async fn uptake_rates_of(report_id: i32) -> Result<UptakeRates, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::rates::for_reader(&db, &actor, report_id).await?)
}
