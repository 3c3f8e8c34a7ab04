//! One saved version of a section's translation, with the section version it was made from.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translation_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub translation_id: i32,
    pub version: i32,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub source_version: i32,
    pub author_user_id: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
