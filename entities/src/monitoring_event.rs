//! An event a member organisation (a branch) recorded in its field monitoring: when and where,
//! what happened, from which source and how reliable it is. Its organisation owns it; the
//! coalition reads it only when shared, and counts it always.

use sea_orm::entity::prelude::*;
use shadowdesk_states::{MonitoringStatus, Reliability};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "monitoring_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub coalition_id: i32,
    /// The recording organisation, which owns the record.
    pub organisation_id: i32,
    pub title: String,
    pub started_on: Date,
    pub ended_on: Option<Date>,
    pub region: String,
    pub locality: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub source: String,
    pub reliability: Reliability,
    pub status: MonitoringStatus,
    /// The coalition's members may read the record (they count it either way).
    pub shared: bool,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
