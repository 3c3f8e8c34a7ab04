//! A comment on a section: the first of a thread (optionally about a quoted passage) or a
//! reply in it. Threads are resolved and reopened as a whole, through their first comment.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "section_comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub section_id: i32,
    /// The thread's first comment; `None` for the first comment itself.
    pub parent_id: Option<i32>,
    pub author_user_id: Option<i32>,
    pub organisation_id: Option<i32>,
    /// The passage of the text the thread is about (may be empty).
    #[sea_orm(column_type = "Text")]
    pub quote: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub created_at: DateTimeUtc,
    pub resolved_at: Option<DateTimeUtc>,
    pub resolved_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
