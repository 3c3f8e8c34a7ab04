//! A running count of field monitoring: the acts and victims one organisation recorded in one
//! coalition for one year, region, type of act and victim group. Kept with every change of an
//! act or its event, so counts never read the acts themselves.

use sea_orm::entity::prelude::*;
use shadowdesk_states::{ActType, VictimGroup};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "monitoring_tallies")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub coalition_id: i32,
    pub organisation_id: i32,
    /// The year the events began.
    pub year: i32,
    pub region: String,
    pub act_type: ActType,
    pub victim_group: VictimGroup,
    pub acts: i64,
    pub victims: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
