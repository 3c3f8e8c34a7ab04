//! Listing clusters and setting their lead organisation (server only). A lead change changes
//! who may follow up the cluster's recommendations, so the search index hears of them.

use std::collections::HashMap;

use entities::{cluster, recommendation_cluster};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};

use super::api::ClusterRow;
use crate::recommendations::{access::gone, record::Named};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource, can},
        visibility::{Visibility, authorize},
    },
    directory::coalition_organisations,
    error::AppError,
    transaction::finish,
};

/// The clusters of the coalitions `actor` may read.
pub async fn list(db: &DatabaseConnection, actor: &Actor) -> Result<Vec<ClusterRow>, AppError> {
    let visibility = Visibility::of(actor)?;
    let clusters = visibility
        .restrict(cluster::Entity::find(), cluster::Column::CoalitionId)
        .order_by_asc(cluster::Column::Name)
        .all(db)
        .await?;
    let mut sizes: HashMap<i32, u64> = HashMap::new();
    for link in recommendation_cluster::Entity::find()
        .filter(
            recommendation_cluster::Column::ClusterId
                .is_in(clusters.iter().map(|c| c.id).collect::<Vec<_>>()),
        )
        .all(db)
        .await?
    {
        *sizes.entry(link.cluster_id).or_default() += 1;
    }
    let mut coalition_ids: Vec<i32> = clusters.iter().map(|c| c.coalition_id).collect();
    coalition_ids.sort_unstable();
    coalition_ids.dedup();
    let mut organisations: HashMap<i32, Vec<Named>> = HashMap::new();
    for coalition_id in coalition_ids {
        let named = coalition_organisations(db, coalition_id)
            .await?
            .into_iter()
            .map(|(id, name)| Named { id, name })
            .collect();
        organisations.insert(coalition_id, named);
    }
    let mut rows = Vec::new();
    for c in clusters {
        let members = organisations
            .get(&c.coalition_id)
            .cloned()
            .unwrap_or_default();
        let can_manage = can(
            actor,
            Action::Manage,
            Resource::Coalition { id: c.coalition_id },
        );
        rows.push(ClusterRow {
            lead: c
                .lead_organisation_id
                .and_then(|l| members.iter().find(|o| o.id == l).cloned()),
            organisations: if can_manage { members } else { Vec::new() },
            recommendations: sizes.get(&c.id).copied().unwrap_or_default(),
            can_manage,
            id: c.id,
            coalition_id: c.coalition_id,
            name: c.name,
        });
    }
    Ok(rows)
}

/// Sets cluster `id`'s lead to `lead` (0: none), for a coordinator of its coalition.
pub async fn set_lead(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    lead: i32,
) -> Result<(), AppError> {
    let Some(found) = cluster::Entity::find_by_id(id).one(db).await? else {
        return Err(gone(actor, "cluster-error-gone"));
    };
    authorize(
        actor,
        Action::Manage,
        Resource::Coalition {
            id: found.coalition_id,
        },
    )?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let lead = match lead {
        0 => None,
        lead => {
            let members = coalition_organisations(db, found.coalition_id).await?;
            if !members.iter().any(|(member, _)| *member == lead) {
                return Err(AppError::invalid("plan-error-organisation"));
            }
            Some(lead)
        }
    };
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        cluster::Entity::update_many()
            .col_expr(cluster::Column::LeadOrganisationId, Expr::value(lead))
            .filter(cluster::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        let members: Vec<i32> = recommendation_cluster::Entity::find()
            .filter(recommendation_cluster::Column::ClusterId.eq(id))
            .all(&txn)
            .await?
            .into_iter()
            .map(|l| l.recommendation_id)
            .collect();
        crate::recommendations::search::changes::touch(&txn, Some(&members)).await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::CLUSTER_LEAD_SET,
            &found.name,
            &lead.map_or("none".to_string(), |l| l.to_string()),
            Some(found.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}
