//! An e-mail reminder that went out: for a follow-up item (a recommendation or a document), at
//! a stage (due soon, overdue), for a due date.

use sea_orm::entity::prelude::*;
use shadowdesk_states::{FollowUpKind, FollowUpStage};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reminders_sent")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: FollowUpKind,
    #[sea_orm(primary_key, auto_increment = false)]
    pub item_id: i32,
    /// [`FollowUpStage::Overdue`] or [`FollowUpStage::DueSoon`].
    #[sea_orm(primary_key, auto_increment = false)]
    pub stage: FollowUpStage,
    /// `YYYY-MM-DD`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub due: String,
    pub sent_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
