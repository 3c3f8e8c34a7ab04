//! A suggested edit: someone who does not write the section proposes a new text, based on a
//! version; the section's writers accept it (merged like any save) or reject it.

use sea_orm::entity::prelude::*;
use shadowdesk_states::SuggestionStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "section_suggestions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub section_id: i32,
    pub author_user_id: Option<i32>,
    pub organisation_id: Option<i32>,
    /// The section version the proposal was written against.
    pub base_version: i32,
    /// The whole proposed text.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    pub status: SuggestionStatus,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
    pub decided_by: Option<i32>,
    /// The section version accepting it produced.
    pub result_version: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
