//! Who translates a section into one of its report's languages.

use sea_orm::entity::prelude::*;
use shadowdesk_states::Language;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translation_assignments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub section_id: i32,
    pub language: Language,
    pub translator_user_id: i32,
    pub assigned_by_user_id: Option<i32>,
    pub assigned_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
