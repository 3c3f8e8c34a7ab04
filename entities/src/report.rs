//! A shadow report or stakeholder submission that a coalition writes for one UN mechanism.

use sea_orm::entity::prelude::*;
use shadowdesk_states::{Publication, ReportStatus};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub coalition_id: i32,
    pub title: String,
    /// Mechanism code, e.g. `CCPR` or `UPR`.
    pub mechanism: String,
    /// Reporting stage, e.g. `loi`, `session`, `follow_up`.
    pub stage: String,
    pub state_under_review: String,
    pub session: Option<String>,
    /// Language the report is written in (BCP 47 code).
    pub language: String,
    pub deadline: Option<DateTimeUtc>,
    /// IANA name of the time zone the deadline was set in (the deadline is stored in UTC).
    pub time_zone: String,
    /// The submission profile the report was created from.
    pub profile_id: Option<i32>,
    /// When the report was sent to the UN, once `submitted`.
    pub submitted_on: Option<Date>,
    /// The UN's or the sender's reference for the submission.
    pub submission_reference: Option<String>,
    pub status: ReportStatus,
    /// Keywords for the UPR, comma-separated.
    #[sea_orm(column_type = "Text")]
    pub keywords: String,
    /// Whether the UN may publish the report.
    pub publication: Publication,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::coalition::Entity",
        from = "Column::CoalitionId",
        to = "super::coalition::Column::Id"
    )]
    Coalition,
    #[sea_orm(has_many = "super::report_section::Entity")]
    Sections,
}

impl Related<super::coalition::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Coalition.def()
    }
}

impl Related<super::report_section::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Sections.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
