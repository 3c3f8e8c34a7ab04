//! A link between two recommendations: `from` repeats one of an earlier cycle, duplicates or
//! relates to `to`.

use sea_orm::entity::prelude::*;
use shadowdesk_states::LinkKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "recommendation_links")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub from_id: i32,
    pub to_id: i32,
    /// `repeats`, `duplicate` or `related`.
    pub kind: LinkKind,
    pub created_at: DateTimeUtc,
    pub created_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
