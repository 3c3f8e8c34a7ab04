//! The monitoring records a reader may read as a CSV file, one row per act with its event's
//! fields, labels in the reader's language: structured fields only (the free-text description
//! stays in Shadowdesk, and identities are never part of a record's export).

use std::collections::HashMap;

use entities::{monitoring_act, monitoring_event, organisation};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::{
    auth::{
        policy::{Action, Actor, Resource, can},
        visibility::Visibility,
    },
    error::AppError,
    i18n::{Locale, label, translate},
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

/// The CSV of every act of the events `actor` may read, newest event first.
pub async fn csv(
    db: &DatabaseConnection,
    actor: &Actor,
    locale: Locale,
) -> Result<Vec<u8>, AppError> {
    let visibility = Visibility::of(actor)?;
    let events: Vec<monitoring_event::Model> = visibility
        .restrict(
            monitoring_event::Entity::find(),
            monitoring_event::Column::CoalitionId,
        )
        .order_by_desc(monitoring_event::Column::StartedOn)
        .order_by_desc(monitoring_event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|e| {
            can(
                actor,
                Action::Read,
                Resource::MonitoringRecord {
                    coalition_id: e.coalition_id,
                    organisation_id: e.organisation_id,
                    shared: e.shared,
                },
            )
        })
        .collect();
    let mut acts: HashMap<i32, Vec<monitoring_act::Model>> = HashMap::new();
    for act in monitoring_act::Entity::find()
        .filter(monitoring_act::Column::EventId.is_in(events.iter().map(|e| e.id)))
        .order_by_asc(monitoring_act::Column::Id)
        .all(db)
        .await?
    {
        acts.entry(act.event_id).or_default().push(act);
    }
    let names: HashMap<i32, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(events.iter().map(|e| e.organisation_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for event in &events {
        for act in acts.get(&event.id).into_iter().flatten() {
            rows.push(vec![
                event.title.clone(),
                event.started_on.format("%Y-%m-%d").to_string(),
                event
                    .ended_on
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
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
    written(&titles, &rows).map_err(|e| AppError::Export(e.to_string()))
}

/// `rows` under `titles` as CSV, after a byte-order mark so spreadsheets read Cyrillic right.
fn written(titles: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(b"\xef\xbb\xbf".to_vec());
    writer.write_record(titles)?;
    for row in rows {
        writer.write_record(row)?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))
}
