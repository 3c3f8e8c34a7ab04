//! Decisions on what others propose: suggested changes, invitations and assessments.

use crate::stored_enum;

stored_enum! {
    /// A suggested change to a section's text.
    pub enum SuggestionStatus {
        /// Waiting for one of the section's writers or a coordinator.
        Open = ("open", "suggestion-status-open"),
        /// Saved into the section as a new version.
        Accepted = ("accepted", "suggestion-status-accepted"),
        /// Declined; the text stays as it was.
        Rejected = ("rejected", "suggestion-status-rejected"),
    }
}

stored_enum! {
    /// An invitation link, as coordinators see it (worked out from its dates, not stored).
    pub enum InvitationStatus {
        /// Not used yet and still valid.
        Pending = ("pending", "invitation-status-pending"),
        /// Used to join.
        Accepted = ("accepted", "invitation-status-accepted"),
        /// Past its week without being used.
        Expired = ("expired", "invitation-status-expired"),
    }
}

stored_enum! {
    /// An assessment of how far a recommendation is implemented.
    pub enum AssessmentStatus {
        /// Being written; its authors may still change it.
        Draft = ("draft", "assessment-status-draft"),
        /// Approved by a coordinator: it counts, and it is fixed.
        Approved = ("approved", "assessment-status-approved"),
    }
}
