//! A report's outline: its sections in order with owner, status and words (server only).

use std::collections::HashMap;

use entities::{organisation, report, report_section};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::{
    api::{OutlineRow, OutlineView},
    server::word_count,
};
use crate::{
    auth::{
        policy::{Action, Actor, Resource},
        visibility::authorize,
    },
    error::AppError,
};

/// Report `id` and its sections for `actor` (members of its coalition and administrators).
pub async fn outline(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<OutlineView, AppError> {
    let Some(report) = report::Entity::find_by_id(id).one(db).await? else {
        authorize(actor, Action::Read, Resource::Instance)?;
        return Err(AppError::Forbidden);
    };
    authorize(
        actor,
        Action::Read,
        Resource::Coalition {
            id: report.coalition_id,
        },
    )?;
    let names: HashMap<i32, String> = organisation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.short_name))
        .collect();
    let sections = report_section::Entity::find()
        .filter(report_section::Column::ReportId.eq(id))
        .order_by_asc(report_section::Column::Position)
        .order_by_asc(report_section::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|s| OutlineRow {
            id: s.id,
            words: word_count(&s.body),
            organisation: s
                .assigned_organisation_id
                .and_then(|o| names.get(&o).cloned()),
            title: s.title,
            status: s.status,
            word_budget: s.word_budget,
        })
        .collect();
    Ok(OutlineView {
        id: report.id,
        title: report.title,
        mechanism: report.mechanism,
        state_under_review: report.state_under_review,
        status: report.status,
        sections,
    })
}
