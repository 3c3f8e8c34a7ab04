//! Organisation queries (server only).

use std::collections::HashMap;

use entities::organisation;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};

use super::api::OrganisationSummary;

/// Every organisation, sorted by name with each one's branches right after it.
pub async fn organisation_summaries(
    db: &impl ConnectionTrait,
) -> Result<Vec<OrganisationSummary>, DbErr> {
    let all = organisation::Entity::find().all(db).await?;
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
