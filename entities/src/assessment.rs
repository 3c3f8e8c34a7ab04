//! One assessor's judgement of how far a recommendation is implemented, on that assessor's
//! scale, with the label as given and its place on the common ordinal. Drafts may change;
//! approved assessments never do (a newer one supersedes them).

use sea_orm::entity::prelude::*;
use shadowdesk_states::{AssessmentScale, AssessmentStatus, Assessor};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assessments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub recommendation_id: i32,
    pub coalition_id: i32,
    pub assessor: Assessor,
    /// The assessing NGO (for [`Assessor::Ngo`]), else the organisation of the author.
    pub organisation_id: Option<i32>,
    /// Who exactly, as written ("Ministry of Justice").
    pub assessor_name: String,
    pub scale: AssessmentScale,
    /// The original label.
    pub label: String,
    /// 0 contrary … 4 fully implemented; `None` for "no information".
    pub ordinal: Option<i16>,
    pub assessed_on: Date,
    #[sea_orm(column_type = "Text")]
    pub narrative: String,
    pub status: AssessmentStatus,
    pub created_at: DateTimeUtc,
    pub created_by: Option<i32>,
    pub updated_at: DateTimeUtc,
    pub updated_by: Option<i32>,
    pub approved_at: Option<DateTimeUtc>,
    pub approved_by: Option<i32>,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
