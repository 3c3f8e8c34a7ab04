//! A report's life: drafting → review → final → submitted, a step back while not submitted,
//! and the submission record (server only).

use chrono::{NaiveDate, Utc};
use entities::{report, report_export, report_section};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, sea_query::Expr,
};

use crate::{
    auth::{audit, policy::Actor},
    error::AppError,
    states::{Named, ReportStatus, SectionStatus},
    transaction::{finish, update_if_current},
};

/// Whether a report may go from `from` to `to`: one step forward, or one step back before it
/// is submitted; `submitted` to itself corrects the submission record.
pub fn allowed(from: ReportStatus, to: ReportStatus) -> bool {
    let index = |s: ReportStatus| ReportStatus::ALL.iter().position(|x| *x == s);
    let submitted = from == ReportStatus::Submitted;
    match (index(from), index(to)) {
        _ if submitted && to == ReportStatus::Submitted => true,
        (Some(f), Some(t)) => t == f + 1 || (!submitted && t + 1 == f),
        _ => false,
    }
}

/// A requested status change.
#[derive(Clone, Debug)]
pub struct StatusChange {
    pub report_id: i32,
    /// The report version the person was looking at.
    pub version: i32,
    /// The stored name of the status asked for.
    pub status: String,
    /// `YYYY-MM-DD`, for `submitted`.
    pub submitted_on: String,
    /// The UN's or the sender's reference, for `submitted`.
    pub reference: String,
}

/// Applies `change` for a coordinator of the report's coalition. `final` needs every section
/// approved; `submitted` needs a date that is not in the future.
pub async fn change(
    db: &DatabaseConnection,
    actor: &Actor,
    change: StatusChange,
) -> Result<(), AppError> {
    let report = crate::report_access::managed(db, actor, change.report_id).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let to = ReportStatus::parse(&change.status)
        .filter(|to| allowed(report.status, *to))
        .ok_or_else(|| AppError::invalid("report-error-status"))?;
    let (submitted_on, reference) = if to == ReportStatus::Submitted {
        let date = NaiveDate::parse_from_str(change.submitted_on.trim(), "%Y-%m-%d")
            .map_err(|_| AppError::invalid("report-error-submitted-on"))?;
        if date > Utc::now().date_naive() {
            return Err(AppError::invalid("report-error-submitted-on"));
        }
        let reference = change.reference.trim().to_string();
        if reference.chars().count() > 200 {
            return Err(AppError::invalid("report-error-reference"));
        }
        (Some(date), (!reference.is_empty()).then_some(reference))
    } else {
        (None, None)
    };
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        if to == ReportStatus::Final {
            let unapproved = report_section::Entity::find()
                .filter(report_section::Column::ReportId.eq(report.id))
                .filter(report_section::Column::RemovedAt.is_null())
                .filter(report_section::Column::Status.ne(SectionStatus::Approved))
                .count(&txn)
                .await?;
            if unapproved > 0 {
                return Err(AppError::invalid_with(
                    "report-error-unapproved",
                    &[("count", (unapproved as i64).into())],
                ));
            }
        }
        // What was submitted is a final export the coalition keeps.
        if to == ReportStatus::Submitted
            && report_export::Entity::find()
                .filter(report_export::Column::ReportId.eq(report.id))
                .count(&txn)
                .await?
                == 0
        {
            return Err(AppError::invalid("report-error-no-final-export"));
        }
        let update = report::Entity::update_many()
            .col_expr(report::Column::Status, Expr::value(to))
            .col_expr(report::Column::SubmittedOn, Expr::value(submitted_on))
            .col_expr(
                report::Column::SubmissionReference,
                Expr::value(reference.clone()),
            )
            .col_expr(report::Column::UpdatedAt, Expr::value(Utc::now()));
        update_if_current(
            &txn,
            update,
            report.id,
            change.version,
            "report-error-stale",
        )
        .await?;
        let detail = format!("{} → {to}", report.status);
        audit::record_action(
            &txn,
            user_id,
            audit::action::REPORT_STATUS_CHANGED,
            &report.title,
            &detail,
            Some(report.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

#[cfg(test)]
mod tests {
    use super::allowed;
    use crate::states::ReportStatus::*;

    #[test]
    fn reports_move_one_step_and_back_until_submitted() {
        assert!(allowed(Drafting, Review));
        assert!(allowed(Review, Final));
        assert!(allowed(Final, Submitted));
        assert!(allowed(Review, Drafting));
        assert!(allowed(Final, Review));
        assert!(allowed(Submitted, Submitted));
        assert!(!allowed(Drafting, Final));
        assert!(!allowed(Drafting, Submitted));
        assert!(!allowed(Submitted, Final));
        assert!(!allowed(Submitted, Review));
        assert!(!allowed(Drafting, Drafting));
    }
}
