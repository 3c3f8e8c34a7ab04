//! Deciding on suggested edits (proposed from the editor, `sections::suggest`): accepted by
//! the section's writers as a save based on the suggestion's version (merged, or a conflict
//! that changes nothing), or rejected (server only).

use chrono::Utc;
use entities::section_suggestion;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};

use super::api::Decision;
use crate::{
    auth::{
        audit,
        policy::{Action, Actor},
        visibility::authorize,
    },
    error::AppError,
    sections::{
        access::authorized,
        api::SaveOutcome,
        save::{Edit, save_in},
    },
    states::SuggestionStatus,
    transaction::finish,
};

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
                minor: false,
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
