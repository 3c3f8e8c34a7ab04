//! What an organisation did about a monitored event — a complaint, an appeal, a request for
//! information, an urgent appeal — to which body, when, the answer and how it ended.

use sea_orm::entity::prelude::*;
use shadowdesk_states::{InterventionKind, InterventionOutcome};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "monitoring_interventions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub kind: InterventionKind,
    /// The body addressed: a prosecutor's office, a court, an ombudsman, a UN mechanism.
    pub body: String,
    pub submitted_on: Date,
    /// What the body answered, as it answered.
    pub response: String,
    pub outcome: InterventionOutcome,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
