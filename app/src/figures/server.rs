//! Monitoring figures in reports on the server: which sections a person may put a table into,
//! and the insertion itself — the counts read, the table written in the report's language and
//! saved as the section's next version, in one transaction holding the section's lock.

use std::collections::HashMap;

use chrono::Utc;
use entities::{coalition, report, report_section, section_contributor};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::api::{CoalitionFigures, Inserted, SectionChoice};
use crate::{
    auth::{
        policy::{Action, Actor, Resource, can},
        visibility::Visibility,
    },
    error::AppError,
    i18n::{Locale, translate},
    monitoring::{
        api::Breakdown,
        server::day,
        tables::{self, Source},
        tallies,
    },
    sections::{
        api::SaveOutcome,
        save::{Edit, authorize_edit, lock, save_in},
    },
    states::{ReportStatus, SectionStatus},
    transaction::begin,
};

/// The sections of the open reports of `coalitions` that `actor` may edit, by coalition, in
/// the order of their reports and positions.
async fn writable_sections(
    db: &impl ConnectionTrait,
    actor: &Actor,
    coalitions: &[coalition::Model],
) -> Result<HashMap<i32, Vec<SectionChoice>>, AppError> {
    let reports: HashMap<i32, report::Model> = report::Entity::find()
        .filter(report::Column::CoalitionId.is_in(coalitions.iter().map(|c| c.id)))
        .filter(report::Column::Status.ne(ReportStatus::Submitted))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let mut sections = report_section::Entity::find()
        .filter(report_section::Column::ReportId.is_in(reports.keys().copied()))
        .filter(report_section::Column::RemovedAt.is_null())
        .filter(report_section::Column::Status.ne(SectionStatus::Approved))
        .all(db)
        .await?;
    let mut writers: HashMap<i32, Vec<i32>> = HashMap::new();
    for contributor in section_contributor::Entity::find()
        .filter(section_contributor::Column::SectionId.is_in(sections.iter().map(|s| s.id)))
        .all(db)
        .await?
    {
        writers
            .entry(contributor.section_id)
            .or_default()
            .push(contributor.organisation_id);
    }
    sections.sort_by_key(|s| (s.report_id, s.position, s.id));
    let mut choices: HashMap<i32, Vec<SectionChoice>> = HashMap::new();
    for section in sections {
        let Some(report) = reports.get(&section.report_id) else {
            continue;
        };
        let mut organisations: Vec<i32> = section.assigned_organisation_id.into_iter().collect();
        organisations.extend(writers.get(&section.id).into_iter().flatten().copied());
        let resource = Resource::Section {
            coalition_id: report.coalition_id,
            organisations: &organisations,
        };
        if can(actor, Action::Edit, resource) {
            choices
                .entry(report.coalition_id)
                .or_default()
                .push(SectionChoice {
                    id: section.id,
                    report: report.title.clone(),
                    tables: tables::carried(&section.body),
                    title: section.title,
                });
        }
    }
    Ok(choices)
}

/// `actor`'s coalitions (not archived), each with its counts and the sections they may put a
/// table into.
pub async fn figures(
    db: &DatabaseConnection,
    actor: &Actor,
) -> Result<Vec<CoalitionFigures>, AppError> {
    let visible = Visibility::of(actor)?;
    let coalitions = visible
        .restrict(coalition::Entity::find(), coalition::Column::Id)
        .filter(coalition::Column::ArchivedAt.is_null())
        .all(db)
        .await?;
    let mut sections = writable_sections(db, actor, &coalitions).await?;
    let mut figures = Vec::with_capacity(coalitions.len());
    for c in coalitions {
        let events = tallies::events(db, &visible, Some(c.id)).await?;
        let counted = tallies::read(db, &visible, Some(c.id)).await?;
        figures.push(CoalitionFigures {
            coalition_id: c.id,
            counts: tallies::counts(events, &counted),
            sections: sections.remove(&c.id).unwrap_or_default(),
            name: c.name,
        });
    }
    figures.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(figures)
}

/// Puts the `breakdown` table into section `section_id` (see
/// [`super::api::insert_monitoring_table`]).
pub async fn insert(
    db: &DatabaseConnection,
    actor: &Actor,
    section_id: i32,
    breakdown: Breakdown,
) -> Result<Inserted, AppError> {
    let section = report_section::Entity::find_by_id(section_id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    let context = authorize_edit(db, actor, &section).await?;
    let coalition_id = context.report.coalition_id;
    let locale = Locale::from_code(&context.report.language).unwrap_or_default();
    let coalition = coalition::Entity::find_by_id(coalition_id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    let visible = Visibility::of(actor)?;
    let txn = begin(db).await?;
    let result = async {
        lock(&txn, section_id).await?;
        let current = report_section::Entity::find_by_id(section_id)
            .one(&txn)
            .await?
            .ok_or(AppError::Forbidden)?;
        let counted = tallies::read(&txn, &visible, Some(coalition_id)).await?;
        let events = tallies::events(&txn, &visible, Some(coalition_id)).await?;
        let today = day(Utc::now().date_naive());
        let source = Source {
            coalition: &coalition.name,
            events,
            counted_on: &today,
        };
        let block = tables::block(breakdown, &counted, locale, &source);
        let (body, refreshed) = tables::placed(&current.body, breakdown, &block);
        let message = if refreshed {
            "monitoring-table-refreshed"
        } else {
            "monitoring-table-inserted"
        };
        let edit = Edit {
            section_id,
            base_version: current.version,
            body,
            message: Some(translate(locale, message)),
            minor: false,
        };
        match save_in(&txn, actor, &edit).await? {
            SaveOutcome::Saved { version, .. } => Ok(Inserted { version, refreshed }),
            // The section's lock is held: nobody saved since it was read.
            SaveOutcome::Conflict { .. } => Err(AppError::invalid("section-error-version")),
        }
    }
    .await;
    crate::transaction::finish(txn, result).await
}
