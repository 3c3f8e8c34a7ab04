//! The append-only audit log: who did what, when, from which address.

use chrono::{DateTime, Utc};
use entities::audit_event;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter,
};

/// Audit actions (the audit page offers them in its filter).
pub mod action {
    pub const SIGN_IN: &str = "sign_in";
    pub const SIGN_IN_FAILED: &str = "sign_in_failed";
    pub const SIGN_OUT: &str = "sign_out";
    pub const SIGN_OUT_EVERYWHERE: &str = "sign_out_everywhere";
    pub const SESSION_ENDED: &str = "session_ended";
    pub const INVITATION_CREATED: &str = "invitation_created";
    pub const INVITATION_ACCEPTED: &str = "invitation_accepted";
    pub const INVITATION_EMAILED: &str = "invitation_emailed";
    pub const SECOND_FACTOR_ENABLED: &str = "second_factor_enabled";
    pub const SECOND_FACTOR_DISABLED: &str = "second_factor_disabled";
    pub const RECOVERY_CODES_RENEWED: &str = "recovery_codes_renewed";
    pub const COALITION_SECOND_FACTOR: &str = "coalition_second_factor";
    pub const IDENTITY_LINKED: &str = "identity_linked";
    pub const PROFILE_UPDATED: &str = "profile_updated";
    pub const PASSWORD_CHANGED: &str = "password_changed";
    pub const ORGANISATION_UPDATED: &str = "organisation_updated";
    pub const ROLE_CHANGED: &str = "role_changed";
    pub const MEMBER_REMOVED: &str = "member_removed";
    pub const SECTION_SAVED: &str = "section_saved";
    pub const PROFILE_SAVED: &str = "profile_saved";
    pub const REPORT_CREATED: &str = "report_created";
    pub const REPORT_UPDATED: &str = "report_updated";
    pub const REPORT_STATUS_CHANGED: &str = "report_status_changed";
    pub const SECTION_ADDED: &str = "section_added";
    pub const SECTION_MOVED: &str = "section_moved";
    pub const SECTION_PLANNED: &str = "section_planned";
    pub const SECTION_REMOVED: &str = "section_removed";
    pub const SECTION_RESTORED: &str = "section_restored";
    pub const SECTION_STATUS_CHANGED: &str = "section_status_changed";
    pub const COMMENT_ADDED: &str = "comment_added";
    pub const THREAD_RESOLVED: &str = "thread_resolved";
    pub const THREAD_REOPENED: &str = "thread_reopened";
    pub const SUGGESTION_MADE: &str = "suggestion_made";
    pub const SUGGESTION_ACCEPTED: &str = "suggestion_accepted";
    pub const SUGGESTION_REJECTED: &str = "suggestion_rejected";
    pub const DRAFT_IMPORTED: &str = "draft_imported";
    pub const RECOMMENDATIONS_IMPORTED: &str = "recommendations_imported";
    pub const RECOMMENDATION_PLANNED: &str = "recommendation_planned";
    pub const RECOMMENDATION_LINKED: &str = "recommendation_linked";
    pub const RECOMMENDATION_UNLINKED: &str = "recommendation_unlinked";
    pub const ASSESSMENT_SAVED: &str = "assessment_saved";
    pub const ASSESSMENT_APPROVED: &str = "assessment_approved";
    pub const ASSESSMENT_DISCARDED: &str = "assessment_discarded";
    pub const EVIDENCE_ADDED: &str = "evidence_added";
    pub const EVIDENCE_REMOVED: &str = "evidence_removed";
    pub const CLUSTER_LEAD_SET: &str = "cluster_lead_set";
    pub const VIEW_SAVED: &str = "view_saved";
    pub const VIEW_DELETED: &str = "view_deleted";
    pub const FRONT_MATTER_SAVED: &str = "front_matter_saved";
    pub const DRAFT_EXPORTED: &str = "draft_exported";
    pub const FINAL_EXPORTED: &str = "final_exported";
    pub const ADMIN_CREATED: &str = "admin_created";
    pub const COALITION_CREATED: &str = "coalition_created";
    pub const COALITION_UPDATED: &str = "coalition_updated";
    pub const COALITION_ARCHIVED: &str = "coalition_archived";
    pub const COALITION_RESTORED: &str = "coalition_restored";
    pub const COALITION_MEMBER_ADDED: &str = "coalition_member_added";
    pub const COALITION_MEMBER_REMOVED: &str = "coalition_member_removed";
    pub const ORGANISATION_CREATED: &str = "organisation_created";
    pub const ORGANISATIONS_MERGED: &str = "organisations_merged";
    pub const REPORT_LANGUAGE_ADDED: &str = "report_language_added";
    pub const REPORT_LANGUAGE_REMOVED: &str = "report_language_removed";
    pub const TRANSLATION_SAVED: &str = "translation_saved";
    pub const TRANSLATION_APPROVED: &str = "translation_approved";
    pub const TRANSLATION_IMPORTED: &str = "translation_imported";
    pub const PROPOSAL_SAVED: &str = "proposal_saved";
    pub const PROPOSAL_REMOVED: &str = "proposal_removed";
    pub const UPTAKE_CONFIRMED: &str = "uptake_confirmed";
    pub const FOLLOW_UP_PUBLISHED: &str = "follow_up_published";
    pub const FOLLOW_UP_WITHDRAWN: &str = "follow_up_withdrawn";
    pub const EVENT_RECORDED: &str = "event_recorded";
    pub const EVENT_SAVED: &str = "event_saved";
    pub const ACT_ADDED: &str = "act_added";
    pub const ACT_REMOVED: &str = "act_removed";
    pub const REGION_LISTED: &str = "region_listed";
    pub const REGION_UNLISTED: &str = "region_unlisted";
    pub const EVENT_LINKED: &str = "event_linked";
    pub const EVENT_UNLINKED: &str = "event_unlinked";
    pub const INTERVENTION_ADDED: &str = "intervention_added";
    pub const INTERVENTION_REMOVED: &str = "intervention_removed";
    pub const PERSON_ADDED: &str = "person_added";
    pub const PERSON_REMOVED: &str = "person_removed";
    pub const IDENTITY_OPENED: &str = "identity_opened";
    pub const CASE_WORKER_GRANTED: &str = "case_worker_granted";
    pub const CASE_WORKER_WITHDRAWN: &str = "case_worker_withdrawn";
    pub const IDENTITY_KEY_DESTROYED: &str = "identity_key_destroyed";
    pub const TRANSLATOR_ASSIGNED: &str = "translator_assigned";
    pub const GLOSSARY_TERM_ADDED: &str = "glossary_term_added";
    pub const GLOSSARY_TERM_REMOVED: &str = "glossary_term_removed";
}

/// One thing to record.
#[derive(Clone, Debug)]
pub struct Entry<'a> {
    pub actor_user_id: Option<i32>,
    pub action: &'a str,
    pub subject: Option<&'a str>,
    pub detail: &'a str,
    pub client_address: Option<&'a str>,
}

/// Appends `entry` at `now`.
pub async fn record(
    db: &impl ConnectionTrait,
    entry: Entry<'_>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    record_in_coalition(db, entry, None, now).await
}

/// Appends `entry` at `now`, filed under `coalition_id` for its coordinators' view.
pub async fn record_in_coalition(
    db: &impl ConnectionTrait,
    entry: Entry<'_>,
    coalition_id: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit_event::ActiveModel {
        at: Set(now),
        actor_user_id: Set(entry.actor_user_id),
        action: Set(entry.action.to_string()),
        subject: Set(entry.subject.map(str::to_string)),
        detail: Set(entry.detail.to_string()),
        client_address: Set(entry.client_address.map(str::to_string)),
        coalition_id: Set(coalition_id),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Records that `actor_user_id` did `action` on `subject` just now, from the current request's
/// client address, filed under `coalition_id` when there is one.
pub async fn record_action(
    db: &impl ConnectionTrait,
    actor_user_id: i32,
    action: &str,
    subject: &str,
    detail: &str,
    coalition_id: Option<i32>,
) -> Result<(), DbErr> {
    let client = super::server::client_info();
    let entry = Entry {
        actor_user_id: Some(actor_user_id),
        action,
        subject: Some(subject),
        detail,
        client_address: client.address.as_deref(),
    };
    record_in_coalition(db, entry, coalition_id, Utc::now()).await
}

/// Failed sign-ins since `since` for this email, and from this address.
pub async fn recent_sign_in_failures(
    db: &impl ConnectionTrait,
    email: &str,
    address: Option<&str>,
    since: DateTime<Utc>,
) -> Result<(u64, u64), DbErr> {
    let failures = || {
        audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq(action::SIGN_IN_FAILED))
            .filter(audit_event::Column::At.gte(since))
    };
    let for_account = failures()
        .filter(audit_event::Column::Subject.eq(email))
        .count(db)
        .await?;
    let from_address = match address {
        Some(address) => {
            failures()
                .filter(audit_event::Column::ClientAddress.eq(address))
                .count(db)
                .await?
        }
        None => 0,
    };
    Ok((for_account, from_address))
}
