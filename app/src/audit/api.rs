//! Server function and DTO for reading the audit log.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// One audit entry as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    /// UTC, `YYYY-MM-DD HH:MM:SS`.
    pub at: String,
    /// Display name of who acted, if known.
    pub actor: Option<String>,
    pub action: String,
    pub subject: Option<String>,
    pub detail: String,
    pub client_address: Option<String>,
}

/// Every action the log records, in the order the filter offers them.
pub const ACTIONS: &[&str] = &[
    "sign_in",
    "sign_in_failed",
    "sign_out",
    "sign_out_everywhere",
    "session_ended",
    "invitation_created",
    "invitation_emailed",
    "invitation_accepted",
    "role_changed",
    "member_removed",
    "identity_linked",
    "second_factor_enabled",
    "second_factor_disabled",
    "recovery_codes_renewed",
    "coalition_second_factor",
    "profile_updated",
    "password_changed",
    "organisation_updated",
    "section_saved",
    "profile_saved",
    "report_created",
    "report_updated",
    "report_status_changed",
    "section_added",
    "section_moved",
    "section_planned",
    "section_removed",
    "section_restored",
    "section_status_changed",
    "comment_added",
    "thread_resolved",
    "thread_reopened",
    "suggestion_made",
    "suggestion_accepted",
    "suggestion_rejected",
    "draft_imported",
    "recommendations_imported",
    "recommendation_planned",
    "recommendation_linked",
    "recommendation_unlinked",
    "assessment_saved",
    "assessment_approved",
    "assessment_discarded",
    "evidence_added",
    "evidence_removed",
    "cluster_lead_set",
    "view_saved",
    "view_deleted",
    "front_matter_saved",
    "draft_exported",
    "final_exported",
    "admin_created",
    "coalition_created",
    "coalition_updated",
    "coalition_archived",
    "coalition_restored",
    "coalition_member_added",
    "coalition_member_removed",
    "organisation_created",
    "organisations_merged",
    "report_language_added",
    "report_language_removed",
    "translation_saved",
    "translation_approved",
    "translation_imported",
    "proposal_saved",
    "proposal_removed",
    "uptake_confirmed",
    "follow_up_published",
    "follow_up_withdrawn",
    "event_recorded",
    "event_saved",
    "act_added",
    "act_removed",
    "region_listed",
    "region_unlisted",
    "event_linked",
    "event_unlinked",
    "intervention_added",
    "intervention_removed",
    "person_added",
    "person_removed",
    "identity_opened",
    "case_worker_granted",
    "case_worker_withdrawn",
    "identity_key_destroyed",
    "translator_assigned",
    "glossary_term_added",
    "glossary_term_removed",
];

/// What to narrow the log to; empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    /// One of [`ACTIONS`].
    pub action: String,
    /// Part of the acting person's name or email, or of the entry's subject.
    pub who: String,
    /// First day, `YYYY-MM-DD` (UTC).
    pub from: String,
    /// Last day, `YYYY-MM-DD` (UTC).
    pub to: String,
}

/// The newest 200 entries the viewer may read that match the filter (see [`AuditFilter`]).
#[server(endpoint = "audit_log")]
pub async fn audit_log(
    action: String,
    #[server(default)] who: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
) -> Result<Vec<AuditRow>, ApiError> {
    let filter = AuditFilter {
        action,
        who,
        from,
        to,
    };
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::entries(&db, &actor, &filter).await?)
}
