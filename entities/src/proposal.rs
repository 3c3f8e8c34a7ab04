//! A recommendation or list-of-issues question a coalition proposes in a section.

use sea_orm::entity::prelude::*;
use shadowdesk_states::{Addressee, ProposalKind};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub section_id: i32,
    pub kind: ProposalKind,
    pub addressee: Addressee,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    /// Its place among the section's proposals, from 0.
    pub position: i32,
    pub created_by_user_id: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
