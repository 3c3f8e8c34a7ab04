//! A section's translation into one of its report's languages: the text, how it stands
//! against the section's text, and the section version it was last brought up to date with.

use sea_orm::entity::prelude::*;
use shadowdesk_states::{Language, TranslationState};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "section_translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub section_id: i32,
    pub language: Language,
    /// The section's heading in the language (empty: not translated yet).
    pub title: String,
    /// Markdown, like the section's own text.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub state: TranslationState,
    /// The section's version the translation was last brought up to date with.
    pub source_version: i32,
    /// Who saved it last.
    pub translator_user_id: Option<i32>,
    pub approved_by_user_id: Option<i32>,
    pub approved_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
