//! Following up a recommendation: who assessed it, on which scale, and the evidence's kind and
//! who may see it.

use crate::stored_enum;

stored_enum! {
    /// Who made an assessment.
    pub enum Assessor {
        /// The coalition itself.
        Coalition = ("coalition", "assessor-coalition"),
        /// One of the coalition's NGOs, named by the assessment's organisation.
        Ngo = ("ngo", "assessor-ngo"),
        /// The State under review.
        State = ("state", "assessor-state"),
        /// The national human rights institution.
        Nhri = ("nhri", "assessor-nhri"),
        /// The treaty body or the Human Rights Council.
        Committee = ("committee", "assessor-committee"),
    }
}

stored_enum! {
    /// A scale an assessment is made on.
    pub enum AssessmentScale {
        /// UPR Info's mid-term implementation levels.
        UprInfo = ("upr_info", "scale-upr_info"),
        /// The Human Rights Committee's follow-up grades since 2020 (A–E).
        Hrc = ("hrc", "scale-hrc"),
        /// The Committee's earlier grades with sub-grades (A, B1, B2, C1, C2, D1, D2, E).
        HrcSubgrades = ("hrc_subgrades", "scale-hrc_subgrades"),
        /// A label of the assessor's own, placed on the ordinal by whoever records it.
        Custom = ("custom", "scale-custom"),
    }
}

/// One level of a fixed scale: its stored code and its place on the common ordinal (4 fully
/// implemented … 0 contrary; `None` no information).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Level {
    pub code: &'static str,
    pub ordinal: Option<i16>,
}

const fn level(code: &'static str, ordinal: Option<i16>) -> Level {
    Level { code, ordinal }
}

const UPR_INFO: &[Level] = &[
    level("fully_implemented", Some(4)),
    level("partially_implemented", Some(2)),
    level("not_implemented", Some(1)),
    level("no_information", None),
];

const HRC: &[Level] = &[
    level("A", Some(4)),
    level("B", Some(2)),
    level("C", Some(1)),
    level("D", None),
    level("E", Some(0)),
];

const HRC_SUBGRADES: &[Level] = &[
    level("A", Some(4)),
    level("B1", Some(3)),
    level("B2", Some(2)),
    level("C1", Some(1)),
    level("C2", Some(1)),
    level("D1", None),
    level("D2", None),
    level("E", Some(0)),
];

impl AssessmentScale {
    /// The levels of a fixed scale; empty for [`AssessmentScale::Custom`].
    pub fn levels(self) -> &'static [Level] {
        match self {
            AssessmentScale::UprInfo => UPR_INFO,
            AssessmentScale::Hrc => HRC,
            AssessmentScale::HrcSubgrades => HRC_SUBGRADES,
            AssessmentScale::Custom => &[],
        }
    }

    /// The message id of a level of this scale (custom labels are shown as written).
    pub fn label_key(self, label: &str) -> Option<String> {
        (self != AssessmentScale::Custom).then(|| {
            format!(
                "level-{}-{}",
                crate::Named::name(self),
                label.to_lowercase()
            )
        })
    }
}

stored_enum! {
    /// What a piece of evidence is.
    pub enum EvidenceKind {
        /// An address on the web.
        Link = ("link", "evidence-kind-link"),
        /// A file uploaded to Shadowdesk.
        File = ("file", "evidence-kind-file"),
    }
}

stored_enum! {
    /// Who may see a piece of evidence.
    pub enum EvidenceVisibility {
        /// The coalition's members (what forms offer first).
        Coalition = ("coalition", "visibility-coalition"),
        /// The organisation that added it (and the coalition's coordinators).
        Private = ("private", "visibility-private"),
        /// Anyone, including the coalition's public follow-up page.
        Public = ("public", "visibility-public"),
    }
}

stored_enum! {
    /// The State's response to a UPR recommendation.
    pub enum UprPosition {
        /// Supported (accepted).
        Supported = ("supported", "rec-position-supported"),
        /// Supported in part.
        SupportedInPart = ("supported_in_part", "rec-position-supported_in_part"),
        /// Noted (not supported).
        Noted = ("noted", "rec-position-noted"),
        /// Still under consideration.
        UnderConsideration = ("under_consideration", "rec-position-under_consideration"),
        /// The State gave none.
        NoResponse = ("no_response", "rec-position-no_response"),
    }
}

stored_enum! {
    /// How one recommendation is linked to another (its label as seen from the first).
    pub enum LinkKind {
        /// The first repeats the second (an earlier cycle's).
        Repeats = ("repeats", "link-repeats-out"),
        /// The two say the same.
        Duplicate = ("duplicate", "link-duplicate-out"),
        /// They concern the same matter.
        Related = ("related", "link-related-out"),
    }
}

impl LinkKind {
    /// The message id of its label as seen from the second recommendation ("repeated by").
    pub fn incoming_message(self) -> &'static str {
        match self {
            LinkKind::Repeats => "link-repeats-in",
            LinkKind::Duplicate => "link-duplicate-in",
            LinkKind::Related => "link-related-in",
        }
    }
}

stored_enum! {
    /// What a dated follow-up item is.
    pub enum FollowUpKind {
        /// A recommendation singled out for follow-up.
        Recommendation = ("recommendation", "calendar-kind-recommendation"),
        /// A document's follow-up or UPR mid-term date.
        Document = ("document", "calendar-kind-document"),
    }
}

stored_enum! {
    /// How near a follow-up item's due date is.
    pub enum FollowUpStage {
        /// Past its date (up to a year).
        Overdue = ("overdue", "follow-up-overdue"),
        /// Due within the coming 90 days.
        DueSoon = ("due_soon", "follow-up-due_soon"),
        /// Due further ahead.
        Later = ("later", "follow-up-later"),
        /// Singled out for follow-up, with no date set (a facet of the recommendation list;
        /// no calendar entry is at this stage).
        NoDate = ("no_date", "follow-up-no_date"),
    }
}

stored_enum! {
    /// What importing a recommendation file does with one row (shown, not stored).
    pub enum ImportAction {
        /// A new recommendation.
        Create = ("create", "rec-action-create"),
        /// A known recommendation whose text or fields changed.
        Update = ("update", "rec-action-update"),
        /// A known recommendation as it was.
        Unchanged = ("unchanged", "rec-action-unchanged"),
        /// Not imported; the row says why.
        Refused = ("refused", "rec-action-refused"),
    }
}
