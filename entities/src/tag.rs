//! A label from a vocabulary: a UHRI theme, a group of affected persons, an SDG target, or a
//! coalition's own cluster.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tags")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `theme`, `affected_persons`, `sdg` or `cluster`.
    pub vocabulary: String,
    pub label: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
