//! One section of a report's outline, written in Markdown by its assigned organisation.

use sea_orm::entity::prelude::*;
use shadowdesk_states::SectionStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "report_sections")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub report_id: i32,
    /// Enclosing section for nested outlines.
    pub parent_id: Option<i32>,
    /// Order among siblings.
    pub position: i32,
    pub title: String,
    /// Markdown source.
    pub body: String,
    pub word_budget: Option<i32>,
    pub status: SectionStatus,
    /// The lead organisation; contributing organisations are in `section_contributors`.
    pub assigned_organisation_id: Option<i32>,
    /// The person who answers for the section's text.
    pub lead_editor_id: Option<i32>,
    pub due_date: Option<Date>,
    /// Private notes between coordinator and writers; never exported.
    #[sea_orm(column_type = "Text")]
    pub coordination_notes: String,
    /// An annex: exported after the body, outside the word count.
    pub annex: bool,
    /// Set while the section is in the bin.
    pub removed_at: Option<DateTimeUtc>,
    pub removed_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::report::Entity",
        from = "Column::ReportId",
        to = "super::report::Column::Id"
    )]
    Report,
    #[sea_orm(
        belongs_to = "super::organisation::Entity",
        from = "Column::AssignedOrganisationId",
        to = "super::organisation::Column::Id"
    )]
    AssignedOrganisation,
}

impl Related<super::report::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Report.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
