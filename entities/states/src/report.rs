//! The life of a report and of each of its sections.

use crate::stored_enum;

stored_enum! {
    /// Where a report stands: drafting → review → final → submitted.
    pub enum ReportStatus {
        /// Sections are being written.
        Drafting = ("drafting", "status-drafting"),
        /// The coalition reads the whole.
        Review = ("review", "status-review"),
        /// Every section approved; ready to export.
        Final = ("final", "status-final"),
        /// Sent to the UN; read-only but for the submission record.
        Submitted = ("submitted", "status-submitted"),
    }
}

stored_enum! {
    /// Whether the UN may publish the report, as the coalition decided (stored empty while
    /// undecided).
    pub enum Publication {
        /// Not decided yet.
        Undecided = ("", "export-publication-undecided"),
        /// The UN may publish it on its website.
        Public = ("public", "export-publication-public"),
        /// Confidential: the UN must not publish it.
        Confidential = ("confidential", "export-publication-confidential"),
    }
}

stored_enum! {
    /// Where a section stands: not started → drafting → in review → approved.
    pub enum SectionStatus {
        /// Nothing written yet.
        NotStarted = ("not_started", "section-status-not_started"),
        /// Its writers are at work.
        Drafting = ("drafting", "section-status-drafting"),
        /// Sent for a coordinator's review.
        InReview = ("in_review", "section-status-in_review"),
        /// Approved by a coordinator, which locks it.
        Approved = ("approved", "section-status-approved"),
    }
}
