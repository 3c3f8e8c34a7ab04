//! A UN (or regional) mechanism that makes recommendations: the UPR, a treaty body, the
//! special procedures. `code` is as the Universal Human Rights Index names it (`CCPR`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mechanisms")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub code: String,
    pub name: String,
    /// `upr`, `treaty_body`, `special_procedure` or `regional`.
    pub kind: String,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
