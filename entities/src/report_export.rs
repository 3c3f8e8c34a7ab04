//! A final export of a report: the DOCX file as it left, frozen with its SHA-256, the
//! revisions it was made from, who made it and when.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "report_exports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub report_id: i32,
    /// "Final 1", "Final 2", … in the order they were made.
    pub name: String,
    pub file_name: String,
    /// Lower-case hex SHA-256 of `content`.
    pub sha256: String,
    pub size_bytes: i64,
    #[sea_orm(column_type = "Blob")]
    pub content: Vec<u8>,
    pub body_words: i32,
    pub note_words: i32,
    /// JSON `[[section id, revision number], …]`.
    #[sea_orm(column_type = "Text")]
    pub revisions: String,
    pub exported_by: Option<i32>,
    pub exported_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::report::Entity",
        from = "Column::ReportId",
        to = "super::report::Column::Id"
    )]
    Report,
}

impl Related<super::report::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Report.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
