//! One recommendation's page: what the UN said, who follows it up, every assessment with its
//! history, the evidence, and links to other recommendations; and the coordinator's planning
//! of it (lead organisation, follow-up deadline, clusters, links).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::ApiError,
    states::{
        AssessmentScale, AssessmentStatus, Assessor, EvidenceKind, EvidenceVisibility, LinkKind,
        UprPosition,
    },
};

/// An organisation or cluster to choose or name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    pub id: i32,
    pub name: String,
}

/// One assessment as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentView {
    pub id: i32,
    pub assessor: Assessor,
    /// The assessing NGO, for [`Assessor::Ngo`].
    pub organisation: Option<Named>,
    pub assessor_name: String,
    pub scale: AssessmentScale,
    /// The original label.
    pub label: String,
    /// 0 contrary … 4 fully implemented; `None` for no information.
    pub ordinal: Option<i16>,
    /// `YYYY-MM-DD`.
    pub assessed_on: String,
    pub narrative: String,
    pub status: AssessmentStatus,
    pub author: Option<String>,
    pub approved_by: Option<String>,
    /// UTC, `YYYY-MM-DD HH:MM`.
    pub approved_at: Option<String>,
    pub version: i32,
    /// The viewer may change this draft.
    pub can_edit: bool,
    /// The viewer may approve this draft (coordinators).
    pub can_approve: bool,
}

/// One piece of evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceView {
    pub id: i32,
    pub kind: EvidenceKind,
    pub title: String,
    pub url: String,
    pub source: String,
    /// `YYYY-MM-DD`.
    pub dated_on: Option<String>,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    /// SHA-256 of the file, hex.
    pub sha256: String,
    pub visibility: EvidenceVisibility,
    /// The assessment it supports, if any.
    pub assessment_id: Option<i32>,
    pub added_by: Option<String>,
    pub organisation: Option<String>,
    /// UTC, `YYYY-MM-DD`.
    pub added_on: String,
    /// The viewer may remove it (whoever added it, coordinators).
    pub can_remove: bool,
}

/// A link to another recommendation, seen from this one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkView {
    pub id: i32,
    pub other_id: i32,
    /// `CCPR/C/KAZ/CO/2, para. 20(b)`.
    pub reference: String,
    pub kind: LinkKind,
    /// Whether this recommendation is the link's `from` side ("repeats …") or its target
    /// ("repeated by …").
    pub outgoing: bool,
}

/// A report section that cites the recommendation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitingSection {
    pub section_id: i32,
    pub section_title: String,
    pub report_title: String,
}

/// Everything the recommendation's page shows, and what the viewer may do there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecommendationDetail {
    pub id: i32,
    pub version: i32,
    pub mechanism: String,
    pub symbol: String,
    pub paragraph: String,
    /// `CCPR/C/KAZ/CO/2, para. 20(b)`, as a report cites it.
    pub citation: String,
    pub text: String,
    pub recommending_states: String,
    pub upr_position: Option<UprPosition>,
    pub session: String,
    pub state_under_review: String,
    /// `YYYY-MM-DD`.
    pub published_on: Option<String>,
    /// The document's follow-up or mid-term date, `YYYY-MM-DD`.
    pub document_follow_up_due: Option<String>,
    pub themes: Vec<String>,
    pub affected_persons: Vec<String>,
    pub sdgs: Vec<String>,
    pub clusters: Vec<Named>,
    pub lead_organisation: Option<Named>,
    /// Leads of its clusters, who follow it up too.
    pub cluster_leads: Vec<Named>,
    pub follow_up: bool,
    /// `YYYY-MM-DD`.
    pub follow_up_due: Option<String>,
    /// Newest first.
    pub assessments: Vec<AssessmentView>,
    /// Ids of the current assessments: the latest approved one of each assessor.
    pub current: Vec<i32>,
    /// The State's current ordinal minus the coalition's, when both are known and differ.
    pub divergence: Option<i16>,
    pub evidence: Vec<EvidenceView>,
    pub links: Vec<LinkView>,
    /// Sections of the coalition's reports that cite it.
    pub addressed_in: Vec<CitingSection>,
    /// The coalition's organisations, for the forms.
    pub organisations: Vec<Named>,
    /// The coalition's clusters, for the planning form.
    pub coalition_clusters: Vec<Named>,
    /// The labels known in each vocabulary (`theme`, `affected_persons`, `sdg`), for the
    /// planning form (coordinators only).
    pub vocabularies: Vec<(String, Vec<String>)>,
    /// The viewer's organisations in the coalition (an NGO assessment is theirs).
    pub own_organisations: Vec<Named>,
    /// The viewer may record assessments of every kind and add evidence (lead organisation,
    /// coordinators).
    pub can_follow_up: bool,
    /// The viewer may record their own organisation's assessment (editors of other NGOs).
    pub can_assess_as_ngo: bool,
    /// The viewer may plan it and approve assessments (coordinators).
    pub can_manage: bool,
}

/// Recommendation `id`, for members of its coalition.
#[server(endpoint = "recommendation")]
pub async fn recommendation(id: i32) -> Result<RecommendationDetail, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::detail::detail(&db, &actor, id).await?)
}

/// A coordinator's planning of a recommendation. The form names its fields `plan[id]`, ….
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecommendationPlan {
    pub id: i32,
    /// The version the form showed; an outdated one is refused.
    pub version: i32,
    /// 0: none.
    #[serde(default)]
    pub lead_organisation_id: i32,
    /// `on` (a checked box) or absent.
    #[serde(default)]
    pub follow_up: Option<String>,
    /// `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub follow_up_due: String,
    /// Cluster names, comma-separated; new names create clusters.
    #[serde(default)]
    pub clusters: String,
    /// Themes, one per line (absent: unchanged).
    #[serde(default)]
    pub themes: Option<String>,
    /// Affected persons, one per line (absent: unchanged).
    #[serde(default)]
    pub affected_persons: Option<String>,
    /// SDG targets, one per line (absent: unchanged).
    #[serde(default)]
    pub sdgs: Option<String>,
}

/// Saves the planning of a recommendation (coordinators), in one transaction.
#[server(endpoint = "plan_recommendation")]
pub async fn plan_recommendation(plan: RecommendationPlan) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::planning::plan(&db, &actor, plan).await?)
}

/// Links recommendation `id` to the one `reference` names (`A/HRC/43/10, para. 128.45`, or
/// its number in Shadowdesk) as `kind` (`repeats`, `duplicate`, `related`). Coordinators.
#[server(endpoint = "link_recommendation")]
pub async fn link_recommendation(id: i32, reference: String, kind: String) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::planning::link(&db, &actor, id, &reference, &kind).await?)
}

/// Removes link `id` (coordinators).
#[server(endpoint = "unlink_recommendation")]
pub async fn unlink_recommendation(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::planning::unlink(&db, &actor, id).await?)
}
