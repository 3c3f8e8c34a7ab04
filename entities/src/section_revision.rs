//! One saved version of a section: who saved it, for which organisation, and the full text.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "section_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub section_id: i32,
    /// The section's version this revision is.
    pub version: i32,
    pub title: String,
    /// Markdown source.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// `None` for text that predates revisions, or whose author's account was deleted.
    pub author_user_id: Option<i32>,
    pub organisation_id: Option<i32>,
    pub message: Option<String>,
    /// The section's proposals as they stood, JSON, in a revision that changed them.
    #[sea_orm(column_type = "Text", nullable)]
    pub proposals: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::AuthorUserId",
        to = "super::user::Column::Id"
    )]
    Author,
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Author.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
