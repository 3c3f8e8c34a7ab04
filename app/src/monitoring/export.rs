//! The monitoring records a reader may read as a CSV file or an XLSX workbook, one row per act
//! with its event's fields, labels in the reader's language: structured fields only (the
//! free-text description stays in Shadowdesk, and identities are never part of a record's
//! export).

use std::collections::HashMap;

use entities::monitoring_act;
use sea_orm::DatabaseConnection;

use super::server::{Recorded, acts_of, day, recorded};
use crate::{
    auth::policy::Actor,
    error::AppError,
    i18n::{Locale, label, translate},
    recommendations::list::export::{SheetLayout, to_csv, to_workbook},
};

/// The columns' message ids, in order.
const COLUMNS: [&str; 15] = [
    "monitoring-event-title",
    "monitoring-started-on",
    "monitoring-ended-on",
    "monitoring-region",
    "monitoring-locality",
    "col-organisation",
    "monitoring-source",
    "monitoring-reliability",
    "monitoring-status",
    "monitoring-act-type",
    "monitoring-ground",
    "monitoring-victims",
    "monitoring-sex",
    "monitoring-age-group",
    "monitoring-victim-group",
];

/// The format of a download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

/// The workbook's sheet: a column per field, the ground wrapped.
const SHEET: SheetLayout<'static> = SheetLayout {
    name: "Monitoring",
    widths: &[36, 12, 12, 18, 18, 28, 28, 14, 14, 28, 36, 10, 12, 12, 20],
    wrapped: Some(10),
};

/// Every act of the events `actor` may read, newest event first, as `format`.
pub async fn file(
    db: &DatabaseConnection,
    actor: &Actor,
    locale: Locale,
    format: Format,
) -> Result<Vec<u8>, AppError> {
    let Recorded { events, names } = recorded(db, actor).await?;
    let mut acts: HashMap<i32, Vec<monitoring_act::Model>> = HashMap::new();
    for act in acts_of(db, &events).await? {
        acts.entry(act.event_id).or_default().push(act);
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    for event in &events {
        for act in acts.get(&event.id).into_iter().flatten() {
            rows.push(vec![
                event.title.clone(),
                day(event.started_on),
                event.ended_on.map(day).unwrap_or_default(),
                event.region.clone(),
                event.locality.clone(),
                names
                    .get(&event.organisation_id)
                    .cloned()
                    .unwrap_or_default(),
                event.source.clone(),
                label(locale, event.reliability),
                label(locale, event.status),
                label(locale, act.act_type),
                act.ground.clone(),
                act.victims.to_string(),
                label(locale, act.sex),
                label(locale, act.age_group),
                label(locale, act.victim_group),
            ]);
        }
    }
    let titles: Vec<String> = COLUMNS.iter().map(|key| translate(locale, key)).collect();
    match format {
        Format::Csv => to_csv(&titles, &rows).map_err(|e| AppError::Export(e.to_string())),
        Format::Xlsx => {
            to_workbook(&SHEET, &titles, &rows).map_err(|e| AppError::Export(e.to_string()))
        }
    }
}
