//! A coordinator's finding that an issued recommendation takes up (in full, in part, or not)
//! one of the coalition's proposals.

use sea_orm::entity::prelude::*;
use shadowdesk_states::Uptake;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_uptakes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub proposal_id: i32,
    pub recommendation_id: i32,
    pub uptake: Uptake,
    pub confirmed_by_user_id: Option<i32>,
    pub confirmed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
