//! Overview queries (server only).

use std::collections::HashMap;

use entities::{coalition, coalition_member, organisation};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::api::CoalitionSummary;
use crate::auth::{
    policy::{Action, Actor, Resource, can},
    visibility::Visibility,
};

/// The visible coalitions with their lead organisation's name and their number of members.
pub async fn coalition_summaries(
    db: &impl ConnectionTrait,
    actor: &Actor,
    visibility: &Visibility,
) -> Result<Vec<CoalitionSummary>, DbErr> {
    let coalitions = visibility
        .restrict(coalition::Entity::find(), coalition::Column::Id)
        .filter(coalition::Column::ArchivedAt.is_null())
        .find_also_related(organisation::Entity)
        .order_by_asc(coalition::Column::Name)
        .all(db)
        .await?;
    let mut members: HashMap<i32, i64> = HashMap::new();
    let memberships = visibility
        .restrict(
            coalition_member::Entity::find(),
            coalition_member::Column::CoalitionId,
        )
        .all(db)
        .await?;
    for member in memberships {
        *members.entry(member.coalition_id).or_default() += 1;
    }
    Ok(coalitions
        .into_iter()
        .map(|(c, lead)| CoalitionSummary {
            member_count: members.get(&c.id).copied().unwrap_or_default(),
            can_manage: can(actor, Action::Manage, Resource::Coalition { id: c.id }),
            public_address: c.public_address.filter(|_| c.published_at.is_some()),
            id: c.id,
            name: c.name,
            description: c.description,
            lead_organisation: lead.map(|o| o.name).unwrap_or_default(),
        })
        .collect())
}
