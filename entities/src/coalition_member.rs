//! Membership of an organisation in a coalition.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "coalition_members")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub coalition_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: i32,
    pub joined_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::coalition::Entity",
        from = "Column::CoalitionId",
        to = "super::coalition::Column::Id"
    )]
    Coalition,
    #[sea_orm(
        belongs_to = "super::organisation::Entity",
        from = "Column::OrganisationId",
        to = "super::organisation::Column::Id"
    )]
    Organisation,
}

impl Related<super::coalition::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Coalition.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
