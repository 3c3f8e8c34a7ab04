//! Organisation queries (server only).

use std::collections::HashMap;

use entities::{coalition_member, organisation};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::api::OrganisationSummary;
use crate::auth::visibility::Visibility;

/// The organisations of the visible coalitions (every one for administrators), sorted by
/// name with each one's branches right after it.
pub async fn organisation_summaries(
    db: &impl ConnectionTrait,
    visibility: &Visibility,
) -> Result<Vec<OrganisationSummary>, DbErr> {
    let mut query = organisation::Entity::find();
    if let Visibility::Coalitions(_) = visibility {
        let members: Vec<i32> = visibility
            .restrict(
                coalition_member::Entity::find(),
                coalition_member::Column::CoalitionId,
            )
            .all(db)
            .await?
            .into_iter()
            .map(|m| m.organisation_id)
            .collect();
        query = query.filter(organisation::Column::Id.is_in(members));
    }
    let all = query.all(db).await?;
    let names: HashMap<i32, String> = all.iter().map(|o| (o.id, o.name.clone())).collect();
    let mut rows: Vec<OrganisationSummary> = all
        .into_iter()
        .map(|o| OrganisationSummary {
            branch_of: o.parent_id.and_then(|p| names.get(&p).cloned()),
            id: o.id,
            name: o.name,
            short_name: o.short_name,
            country: o.country,
            region: o.region,
        })
        .collect();
    rows.sort_by_key(sort_key);
    Ok(rows)
}

fn sort_key(o: &OrganisationSummary) -> (String, bool, String) {
    let group = o.branch_of.clone().unwrap_or_else(|| o.name.clone());
    (
        group.to_lowercase(),
        o.branch_of.is_some(),
        o.name.to_lowercase(),
    )
}
