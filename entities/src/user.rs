//! A person who signs in to Shadowdesk.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Trimmed and lower-cased.
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    /// Preferred interface language (`en`, `ru`, `kk`).
    pub locale: String,
    /// Argon2id PHC string; `None` for accounts that only sign in through a provider.
    pub password_hash: Option<String>,
    /// Base32 TOTP secret once a second factor is enabled.
    pub totp_secret: Option<String>,
    /// The last TOTP time step accepted, so a code works only once.
    pub totp_last_step: Option<i64>,
    /// Instance administrator.
    pub is_admin: bool,
    pub disabled: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
