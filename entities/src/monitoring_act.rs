//! An act within a monitored event: its type and how many victims, of which sex, age group and
//! group — characteristics only, never who they are.

use sea_orm::entity::prelude::*;
use shadowdesk_states::{ActType, AgeGroup, VictimGroup, VictimSex};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "monitoring_acts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub act_type: ActType,
    /// The stated ground of a refusal, as the authority wrote it (may be empty).
    pub ground: String,
    pub victims: i32,
    pub sex: VictimSex,
    pub age_group: AgeGroup,
    pub victim_group: VictimGroup,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
