//! One entry of the append-only audit log: who did what, when, from where.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub at: DateTimeUtc,
    pub actor_user_id: Option<i32>,
    /// What happened, e.g. `sign_in`, `sign_in_failed`, `sign_out`.
    pub action: String,
    /// What it happened to, e.g. the email a sign-in was attempted for.
    pub subject: Option<String>,
    pub detail: String,
    pub client_address: Option<String>,
    pub coalition_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
