//! A person in a monitored event — a victim, a witness or an alleged perpetrator — known by a
//! pseudonym. Identity fields (name, contacts, identity numbers), when given, are sealed under
//! the event's organisation's key: the database never holds them in the clear.

use sea_orm::entity::prelude::*;
use shadowdesk_states::{AgeGroup, PersonRole, VictimSex};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "monitoring_persons")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub role: PersonRole,
    pub pseudonym: String,
    pub sex: VictimSex,
    pub age_group: AgeGroup,
    /// The identity fields, sealed; `None` when none were given or once destroyed.
    pub identity: Option<Vec<u8>>,
    /// Whether an identity was destroyed with its organisation's key.
    pub identity_destroyed: bool,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::monitoring_event::Entity",
        from = "Column::EventId",
        to = "super::monitoring_event::Column::Id"
    )]
    Event,
}

impl Related<super::monitoring_event::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Event.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
