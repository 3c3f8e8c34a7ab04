//! Overview queries (server only).

use std::collections::HashMap;

use entities::{coalition, coalition_member, organisation};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, QueryOrder};

use super::api::CoalitionSummary;

/// Every coalition with its lead organisation's name and its number of members.
pub async fn coalition_summaries(
    db: &impl ConnectionTrait,
) -> Result<Vec<CoalitionSummary>, DbErr> {
    let coalitions = coalition::Entity::find()
        .find_also_related(organisation::Entity)
        .order_by_asc(coalition::Column::Name)
        .all(db)
        .await?;
    let mut members: HashMap<i32, i64> = HashMap::new();
    for member in coalition_member::Entity::find().all(db).await? {
        *members.entry(member.coalition_id).or_default() += 1;
    }
    Ok(coalitions
        .into_iter()
        .map(|(c, lead)| CoalitionSummary {
            member_count: members.get(&c.id).copied().unwrap_or_default(),
            id: c.id,
            name: c.name,
            description: c.description,
            lead_organisation: lead.map(|o| o.name).unwrap_or_default(),
        })
        .collect())
}
