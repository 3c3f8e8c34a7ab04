//! A member organisation: a national bureau, one of its regional branches, or a partner NGO.

use sea_orm::entity::prelude::*;
use shadowdesk_states::OrganisationKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub name: String,
    pub short_name: String,
    /// The organisation this one is a branch of, if any.
    pub parent_id: Option<i32>,
    pub country: String,
    /// City or region the organisation works from.
    pub region: Option<String>,
    pub description: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    /// What kind of body it is.
    pub kind: OrganisationKind,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(belongs_to = "Entity", from = "Column::ParentId", to = "Column::Id")]
    Parent,
}

impl ActiveModelBehavior for ActiveModel {}
