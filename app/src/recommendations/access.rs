//! Loading a recommendation with what deciding access to it needs: its coalition and the
//! organisations that lead its follow-up — its own lead and the leads of its clusters
//! (server only).

use entities::{cluster, recommendation, recommendation_cluster};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::{
    auth::{
        policy::{Action, Actor, Resource},
        visibility::authorize,
    },
    error::AppError,
};

/// A recommendation and the organisations leading its follow-up.
#[derive(Clone, Debug)]
pub struct RecommendationContext {
    pub recommendation: recommendation::Model,
    /// Its own lead first, then the leads of its clusters.
    pub leads: Vec<i32>,
}

impl RecommendationContext {
    /// The recommendation as the policy sees it, followed up by its leads.
    pub fn resource(&self) -> Resource<'_> {
        Resource::Recommendation {
            coalition_id: self.recommendation.coalition_id,
            organisations: &self.leads,
        }
    }

    /// The coalition it belongs to.
    pub fn coalition_id(&self) -> i32 {
        self.recommendation.coalition_id
    }
}

/// The organisations leading `recommendation`'s follow-up.
pub async fn leads_of(
    db: &impl ConnectionTrait,
    recommendation: &recommendation::Model,
) -> Result<Vec<i32>, DbErr> {
    let mut leads: Vec<i32> = recommendation.lead_organisation_id.into_iter().collect();
    let cluster_ids: Vec<i32> = recommendation_cluster::Entity::find()
        .filter(recommendation_cluster::Column::RecommendationId.eq(recommendation.id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.cluster_id)
        .collect();
    if !cluster_ids.is_empty() {
        for cluster in cluster::Entity::find()
            .filter(cluster::Column::Id.is_in(cluster_ids))
            .all(db)
            .await?
        {
            if let Some(lead) = cluster.lead_organisation_id
                && !leads.contains(&lead)
            {
                leads.push(lead);
            }
        }
    }
    Ok(leads)
}

/// Recommendation `id` if `actor` may do `action` on it. An unknown recommendation answers
/// like one of another coalition, so ids reveal nothing.
pub async fn authorized(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: i32,
    action: Action,
) -> Result<RecommendationContext, AppError> {
    let Some(recommendation) = recommendation::Entity::find_by_id(id).one(db).await? else {
        authorize(actor, Action::Read, Resource::Instance)?;
        return Err(AppError::Forbidden);
    };
    let leads = leads_of(db, &recommendation).await?;
    let context = RecommendationContext {
        recommendation,
        leads,
    };
    authorize(actor, action, context.resource())?;
    Ok(context)
}

/// The refusal for an id that names nothing (any more): what an object of another coalition
/// would answer, except to administrators, who may see everything and are told it is gone.
pub fn gone(actor: &Actor, key: &str) -> AppError {
    match authorize(actor, Action::Read, Resource::Instance) {
        Ok(()) => AppError::invalid(key),
        Err(error) => error,
    }
}
