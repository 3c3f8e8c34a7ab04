//! Reading a section with what the viewer may do with it (server only).

use entities::{organisation, report, report_section};
use sea_orm::{DatabaseConnection, EntityTrait};

use super::api::SectionView;
use crate::{
    auth::{
        policy::{Action, Actor, Resource, can},
        visibility::authorize,
    },
    error::AppError,
};

/// The section `id` for `actor`: 401 for anonymous visitors, 403 outside its coalition.
pub async fn section_view(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<SectionView, AppError> {
    let Some(section) = report_section::Entity::find_by_id(id).one(db).await? else {
        authorize(actor, Action::Read, Resource::Instance)?;
        return Err(AppError::Forbidden);
    };
    let report = report::Entity::find_by_id(section.report_id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    let resource = Resource::Section {
        coalition_id: report.coalition_id,
        assigned_organisation: section.assigned_organisation_id,
    };
    authorize(actor, Action::Read, resource)?;
    let organisation = match section.assigned_organisation_id {
        Some(org) => organisation::Entity::find_by_id(org)
            .one(db)
            .await?
            .map(|o| o.name),
        None => None,
    };
    Ok(SectionView {
        can_edit: can(actor, Action::Edit, resource) && section.status != "approved",
        id: section.id,
        report_id: report.id,
        report_title: report.title,
        title: section.title,
        body: section.body,
        version: section.version,
        status: section.status,
        organisation,
        word_budget: section.word_budget,
    })
}
