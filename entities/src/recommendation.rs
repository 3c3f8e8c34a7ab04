//! One recommendation of a source document, tracked by a coalition.

use sea_orm::entity::prelude::*;
use shadowdesk_states::UprPosition;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "recommendations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub coalition_id: i32,
    pub document_id: i32,
    /// E.g. `128.45` or `20(b)`; empty when the source has none.
    pub paragraph: String,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    /// UPR: the recommending States, `; `-separated.
    #[sea_orm(column_type = "Text")]
    pub recommending_states: String,
    /// UPR: the State's response.
    pub upr_position: Option<UprPosition>,
    /// The Universal Human Rights Index's id of an imported row.
    pub annotation_id: Option<String>,
    /// The organisation that leads the follow-up of this recommendation.
    pub lead_organisation_id: Option<i32>,
    /// Singled out by the mechanism for its follow-up procedure.
    pub follow_up: bool,
    /// When the follow-up information is due.
    pub follow_up_due: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
