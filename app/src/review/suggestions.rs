//! Suggested edits: proposed by those who may comment but not write a section; accepted by
//! its writers as a save based on the suggestion's version (merged, or a conflict that
//! changes nothing), or rejected (server only).

use chrono::Utc;
use entities::{section_revision, section_suggestion};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    sea_query::Expr,
};

use super::api::Decision;
use crate::{
    auth::{
        audit,
        policy::{Action, Actor},
        visibility::authorize,
    },
    error::AppError,
    reports::access::ensure_open,
    sections::{
        access::authorized,
        api::SaveOutcome,
        save::{Edit, MAX_BODY_BYTES, ensure_writable, save_in},
    },
    states::SuggestionStatus,
    transaction::finish,
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
    let context = authorized(db, actor, proposal.section_id, Action::Comment).await?;
    let Actor::User {
        id: user_id,
        organisations,
        ..
    } = actor
    else {
        return Err(AppError::Unauthenticated);
    };
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
    let author = *user_id;
    let organisation = organisations.first().copied();
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
                crate::sections::drafts::clear(txn, proposal.section_id, author).await?;
                Ok(inserted.id)
            })
        })
        .await
}

/// Accepts or rejects suggestion `id` for one of the section's writers or a coordinator.
/// Accepting saves the proposed text based on its version, in the same transaction that
/// closes the suggestion; a conflict leaves everything as it was.
pub async fn decide(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    accept: bool,
) -> Result<Decision, AppError> {
    let suggestion = section_suggestion::Entity::find_by_id(id).one(db).await?;
    let section_id = suggestion.as_ref().map_or(0, |s| s.section_id);
    let context = authorized(db, actor, section_id, Action::Read).await?;
    authorize(actor, Action::Edit, context.resource())?;
    let suggestion = suggestion.ok_or(AppError::Forbidden)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    if suggestion.status != SuggestionStatus::Open {
        return Err(AppError::invalid("suggestion-error-decided"));
    }
    let txn = crate::transaction::begin(db).await?;
    // Claim it first: of two people deciding at once, one wins and the other is told.
    let claimed = section_suggestion::Entity::update_many()
        .col_expr(
            section_suggestion::Column::Status,
            Expr::value(if accept {
                SuggestionStatus::Accepted
            } else {
                SuggestionStatus::Rejected
            }),
        )
        .col_expr(
            section_suggestion::Column::DecidedAt,
            Expr::value(Some(Utc::now())),
        )
        .col_expr(
            section_suggestion::Column::DecidedBy,
            Expr::value(Some(user_id)),
        )
        .filter(section_suggestion::Column::Id.eq(id))
        .filter(section_suggestion::Column::Status.eq(SuggestionStatus::Open))
        .exec(&txn)
        .await;
    let result = async {
        if claimed?.rows_affected != 1 {
            return Err(AppError::invalid("suggestion-error-decided"));
        }
        let decision = if accept {
            let edit = Edit {
                section_id,
                base_version: suggestion.base_version,
                body: suggestion.body.clone(),
                message: Some(format!("accepted suggestion #{}", suggestion.id)),
            };
            match save_in(&txn, actor, &edit).await? {
                SaveOutcome::Saved { version, .. } => {
                    section_suggestion::Entity::update_many()
                        .col_expr(
                            section_suggestion::Column::ResultVersion,
                            Expr::value(Some(version)),
                        )
                        .filter(section_suggestion::Column::Id.eq(id))
                        .exec(&txn)
                        .await?;
                    Decision::Accepted { version }
                }
                SaveOutcome::Conflict { .. } => Decision::Conflict,
            }
        } else {
            Decision::Rejected
        };
        if decision != Decision::Conflict {
            let action = if accept {
                audit::action::SUGGESTION_ACCEPTED
            } else {
                audit::action::SUGGESTION_REJECTED
            };
            audit::record_action(
                &txn,
                user_id,
                action,
                &context.section.title,
                &format!("#{}", suggestion.id),
                Some(context.report.coalition_id),
            )
            .await?;
        }
        Ok(decision)
    }
    .await;
    match result {
        Ok(Decision::Conflict) => {
            txn.rollback().await?;
            Ok(Decision::Conflict)
        }
        other => finish(txn, other).await,
    }
}
