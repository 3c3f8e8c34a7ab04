//! Evidence for a recommendation's follow-up (or for one assessment of it): a link or an
//! uploaded file, with its source, date, content hash and who may see it.

use sea_orm::entity::prelude::*;
use shadowdesk_states::{EvidenceKind, EvidenceVisibility};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evidence")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub recommendation_id: i32,
    pub assessment_id: Option<i32>,
    pub coalition_id: i32,
    /// The organisation of whoever added it.
    pub organisation_id: Option<i32>,
    pub kind: EvidenceKind,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub url: String,
    pub source: String,
    pub dated_on: Option<Date>,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    /// SHA-256 of the file, lower-case hex; empty for links.
    pub sha256: String,
    pub visibility: EvidenceVisibility,
    pub created_at: DateTimeUtc,
    pub created_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
