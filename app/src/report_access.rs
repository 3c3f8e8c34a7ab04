//! Loading a report for someone allowed to act on it, the rule that a submitted report's
//! structure is fixed, and the languages it is translated into (server only): below every
//! feature that acts on a report or its sections.

use entities::{report, report_language};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::{
    auth::{
        policy::{Action, Actor, Resource},
        visibility::authorize,
    },
    error::AppError,
    states::{Language, ReportStatus},
};

/// Report `id` if `actor` may do `action` on its coalition. An unknown report answers like
/// one of another coalition, so ids reveal nothing.
pub async fn authorized(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: i32,
    action: Action,
) -> Result<report::Model, AppError> {
    let Some(report) = report::Entity::find_by_id(id).one(db).await? else {
        authorize(actor, Action::Read, Resource::Instance)?;
        return Err(AppError::Forbidden);
    };
    authorize(
        actor,
        action,
        Resource::Coalition {
            id: report.coalition_id,
        },
    )?;
    Ok(report)
}

/// Report `id` for someone who manages its coalition (coordinators, administrators).
pub async fn managed(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: i32,
) -> Result<report::Model, AppError> {
    authorized(db, actor, id, Action::Manage).await
}

/// Refuses structural changes to a report that has been submitted.
pub fn ensure_open(report: &report::Model) -> Result<(), AppError> {
    if report.status == ReportStatus::Submitted {
        return Err(AppError::invalid("report-error-submitted"));
    }
    Ok(())
}

/// The languages report `report_id` is translated into (besides its own), in the order they
/// were added.
pub async fn translation_languages(
    db: &impl ConnectionTrait,
    report_id: i32,
) -> Result<Vec<Language>, DbErr> {
    Ok(report_language::Entity::find()
        .filter(report_language::Column::ReportId.eq(report_id))
        .order_by_asc(report_language::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.language)
        .collect())
}
