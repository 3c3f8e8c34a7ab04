//! A UN document a coalition follows up on: concluding observations, a UPR working group
//! report, identified by its symbol (`CCPR/C/KAZ/CO/2`, `A/HRC/43/10`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "source_documents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub coalition_id: i32,
    pub mechanism_id: i32,
    pub symbol: String,
    pub published_on: Option<Date>,
    /// The UPR cycle or the committee session, as written.
    pub session: String,
    pub state_under_review: String,
    /// The committee's follow-up deadline, or the UPR mid-term report date.
    pub follow_up_due: Option<Date>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
