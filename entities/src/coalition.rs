//! A coalition: a named group of organisations reporting together, led by one of them.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "coalitions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub name: String,
    /// Abbreviation shown where space is short (may be empty).
    pub short_name: String,
    pub description: String,
    pub lead_organisation_id: i32,
    /// Language of the coalition's reports and messages unless someone chooses another
    /// (`en`, `ru`, `kk`).
    pub default_locale: String,
    /// IANA time zone its deadlines are given in, e.g. `Asia/Almaty`.
    pub time_zone: String,
    /// When an administrator archived it: read-only for everyone, hidden from lists, kept
    /// whole until restored.
    pub archived_at: Option<DateTimeUtc>,
    /// Members must sign in with a second factor to see the coalition.
    pub require_second_factor: bool,
    /// The public follow-up page's address, `/p/<public_address>` (kept while unpublished).
    #[sea_orm(unique)]
    pub public_address: Option<String>,
    /// When a coordinator published the public follow-up page; none while it is off.
    pub published_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::organisation::Entity",
        from = "Column::LeadOrganisationId",
        to = "super::organisation::Column::Id"
    )]
    LeadOrganisation,
    #[sea_orm(has_many = "super::coalition_member::Entity")]
    Members,
    #[sea_orm(has_many = "super::report::Entity")]
    Reports,
}

impl Related<super::organisation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::LeadOrganisation.def()
    }
}

impl Related<super::coalition_member::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Members.def()
    }
}

impl Related<super::report::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Reports.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
