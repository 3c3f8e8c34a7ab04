//! Suggesting an edit: those who may comment on a section but not write it propose a new
//! text, written against the version they read; the section's writers decide on it in the
//! review (server only).

use chrono::Utc;
use entities::{section_revision, section_suggestion};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
};

use super::{
    access::{Commenter, commenter},
    save::{MAX_BODY_BYTES, ensure_writable},
};
use crate::{
    auth::{audit, policy::Actor},
    error::AppError,
    report_access::ensure_open,
    states::SuggestionStatus,
};

/// A proposed new text.
#[derive(Clone, Debug)]
pub struct Proposal {
    pub section_id: i32,
    pub base_version: i32,
    pub body: String,
    pub message: String,
}

/// Records `proposal` for someone who may comment on the section; returns its id.
pub async fn propose(
    db: &DatabaseConnection,
    actor: &Actor,
    proposal: Proposal,
) -> Result<i32, AppError> {
    let (context, writer) = commenter(db, actor, proposal.section_id).await?;
    ensure_open(&context.report)?;
    ensure_writable(&context.section)?;
    if proposal.body.len() > MAX_BODY_BYTES {
        return Err(AppError::invalid("section-error-too-large"));
    }
    let base = section_revision::Entity::find()
        .filter(section_revision::Column::SectionId.eq(proposal.section_id))
        .filter(section_revision::Column::Version.eq(proposal.base_version))
        .one(db)
        .await?
        .ok_or_else(|| AppError::invalid("section-error-version"))?;
    if base.body == proposal.body {
        return Err(AppError::invalid("suggestion-error-unchanged"));
    }
    let message: String = proposal.message.trim().chars().take(500).collect();
    let Commenter {
        user_id: author,
        organisation,
    } = writer;
    let action = audit::action::SUGGESTION_MADE;
    context
        .write_audited(db, author, action, move |txn| {
            Box::pin(async move {
                let inserted = section_suggestion::ActiveModel {
                    section_id: Set(proposal.section_id),
                    author_user_id: Set(Some(author)),
                    organisation_id: Set(organisation),
                    base_version: Set(proposal.base_version),
                    body: Set(proposal.body.clone()),
                    message: Set(message),
                    status: Set(SuggestionStatus::Open),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
                super::drafts::clear(txn, proposal.section_id, author).await?;
                Ok(inserted.id)
            })
        })
        .await
}
