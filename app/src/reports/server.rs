//! Report queries (server only).

use std::collections::HashMap;

use entities::{coalition, report, report_section};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::api::ReportSummary;
use crate::{auth::visibility::Visibility, sections::words, states::SectionStatus};

/// Summaries of the visible reports with section progress and word counts, soonest deadline first.
pub async fn report_summaries(
    db: &impl ConnectionTrait,
    visibility: &Visibility,
) -> Result<Vec<ReportSummary>, DbErr> {
    let reports = visibility
        .restrict(report::Entity::find(), report::Column::CoalitionId)
        .find_also_related(coalition::Entity)
        .order_by_asc(report::Column::Deadline)
        .order_by_asc(report::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = reports.iter().map(|(r, _)| r.id).collect();
    let sections = report_section::Entity::find()
        .filter(report_section::Column::ReportId.is_in(ids))
        .filter(report_section::Column::RemovedAt.is_null())
        .all(db)
        .await?;

    #[derive(Default)]
    struct Progress {
        sections: i64,
        approved: i64,
        words: i64,
    }
    let mut progress: HashMap<i32, Progress> = HashMap::new();
    for section in &sections {
        let entry = progress.entry(section.report_id).or_default();
        entry.sections += 1;
        entry.approved += i64::from(section.status == SectionStatus::Approved);
        entry.words += words::count(&section.body).body;
    }

    Ok(reports
        .into_iter()
        .map(|(report, coalition)| {
            let p = progress.remove(&report.id).unwrap_or_default();
            ReportSummary {
                id: report.id,
                title: report.title,
                coalition: coalition.map(|c| c.name).unwrap_or_default(),
                mechanism: report.mechanism,
                state_under_review: report.state_under_review,
                session: report.session,
                deadline: report.deadline.map(|d| d.format("%Y-%m-%d").to_string()),
                status: report.status,
                section_count: p.sections,
                approved_sections: p.approved,
                word_count: p.words,
            }
        })
        .collect())
}
