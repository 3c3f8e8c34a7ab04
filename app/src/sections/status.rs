//! A section's review workflow: not started → drafting → in review → approved. Writers send
//! their section for review and take it back; coordinators approve it (which locks it) and
//! reopen it (server only).

use chrono::Utc;
use entities::report_section;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};

use super::access::authorized;
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, can},
    },
    error::AppError,
    report_access::ensure_open,
    states::{Named, SectionStatus},
    transaction::finish,
};

/// Who a transition needs: the section's writers (`Edit`) or a coordinator (`Manage`).
pub fn required(from: SectionStatus, to: SectionStatus) -> Option<Action> {
    use SectionStatus::{Approved, Drafting, InReview, NotStarted};
    match (from, to) {
        (NotStarted | Drafting, InReview) | (InReview, Drafting) => Some(Action::Edit),
        (InReview, Approved) | (Approved, Drafting) => Some(Action::Manage),
        _ => None,
    }
}

/// The statuses `actor` may move a section in `from` to, given the section's writers.
pub fn next_statuses(
    actor: &Actor,
    resource: crate::auth::policy::Resource<'_>,
    from: SectionStatus,
) -> Vec<SectionStatus> {
    SectionStatus::ALL
        .iter()
        .copied()
        .filter(|to| required(from, *to).is_some_and(|action| can(actor, action, resource)))
        .collect()
}

/// Moves section `id` to `status` if the workflow and `actor`'s role allow it. The section's
/// version is unchanged: only its text has versions.
pub async fn change(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    status: &str,
) -> Result<(), AppError> {
    // Every step needs at least the right to write the section.
    let context = authorized(db, actor, id, Action::Edit).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    ensure_open(&context.report)?;
    if context.is_removed() {
        return Err(AppError::invalid("section-error-removed"));
    }
    let from = context.section.status;
    let (to, action) = SectionStatus::parse(status)
        .and_then(|to| Some((to, required(from, to)?)))
        .ok_or_else(|| AppError::invalid("section-error-status"))?;
    crate::auth::visibility::authorize(actor, action, context.resource())?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        // Only if nobody changed the status meanwhile.
        let updated = report_section::Entity::update_many()
            .col_expr(report_section::Column::Status, Expr::value(to))
            .col_expr(report_section::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(report_section::Column::Id.eq(id))
            .filter(report_section::Column::Status.eq(from))
            .exec(&txn)
            .await?;
        if updated.rows_affected != 1 {
            return Err(AppError::invalid("section-error-status"));
        }
        audit::record_action(
            &txn,
            user_id,
            audit::action::SECTION_STATUS_CHANGED,
            &context.section.title,
            &format!("{from} → {to}"),
            Some(context.report.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writers_send_for_review_and_coordinators_approve_and_reopen() {
        use SectionStatus::*;
        assert_eq!(required(Drafting, InReview), Some(Action::Edit));
        assert_eq!(required(NotStarted, InReview), Some(Action::Edit));
        assert_eq!(required(InReview, Drafting), Some(Action::Edit));
        assert_eq!(required(InReview, Approved), Some(Action::Manage));
        assert_eq!(required(Approved, Drafting), Some(Action::Manage));
        assert_eq!(required(Drafting, Approved), None);
        assert_eq!(required(Approved, InReview), None);
        assert_eq!(required(Drafting, Drafting), None);
        assert_eq!(required(Drafting, NotStarted), None);
    }
}
