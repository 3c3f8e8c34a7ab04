//! One recommendation's record as its page shows it — what the UN said, who follows it up,
//! every assessment with its history, the evidence, links to other recommendations, and what
//! the viewer may do there — read by the detail page and each of its panels (both sides).

use serde::{Deserialize, Serialize};

use crate::states::{
    AssessmentScale, AssessmentStatus, Assessor, EvidenceKind, EvidenceVisibility, LinkKind,
    UprPosition, Uptake,
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

/// A proposal of one of the coalition's reports that a coordinator found the recommendation
/// takes up (in full or in part).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReflectedProposal {
    pub section_id: i32,
    pub section_title: String,
    pub report_title: String,
    pub text: String,
    pub uptake: Uptake,
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
    /// The coalition's proposals it takes up, as its coordinators found.
    pub reflects: Vec<ReflectedProposal>,
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
