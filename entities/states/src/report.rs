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

stored_enum! {
    /// How a section's translation into one language stands against the section's text (no
    /// translation at all is "missing", which is not stored).
    pub enum TranslationState {
        /// Started, not finished yet.
        InTranslation = ("in_translation", "translation-state-in-translation"),
        /// Finished against the section's current text.
        Translated = ("translated", "translation-state-translated"),
        /// The section's text changed since it was translated.
        Outdated = ("outdated", "translation-state-outdated"),
        /// Finished and checked by a second person; a change of either text reopens it.
        Approved = ("approved", "translation-state-approved"),
    }
}

stored_enum! {
    /// A language a report can be translated into: the interface's three and the six UN
    /// languages (English and Russian are both).
    pub enum Language {
        En = ("en", "language-name-en"),
        Ru = ("ru", "language-name-ru"),
        Kk = ("kk", "language-name-kk"),
        Fr = ("fr", "language-name-fr"),
        Es = ("es", "language-name-es"),
        Ar = ("ar", "language-name-ar"),
        Zh = ("zh", "language-name-zh"),
    }
}

stored_enum! {
    /// What a coalition proposes in a section: a recommendation it wants the UN to make, or a
    /// question for the list of issues.
    pub enum ProposalKind {
        Recommendation = ("recommendation", "proposal-kind-recommendation"),
        Question = ("question", "proposal-kind-question"),
    }
}

stored_enum! {
    /// Whom a proposal is addressed to.
    pub enum Addressee {
        /// The State under review (the recommendation the UN should make to it).
        State = ("state", "proposal-addressee-state"),
        /// The committee or the Council itself.
        Committee = ("committee", "proposal-addressee-committee"),
    }
}

stored_enum! {
    /// Whether the UN took up a proposal in a recommendation it issued, as a coordinator
    /// confirmed.
    pub enum Uptake {
        Full = ("full", "uptake-full"),
        Partial = ("partial", "uptake-partial"),
        NotTakenUp = ("not_taken_up", "uptake-none"),
    }
}
