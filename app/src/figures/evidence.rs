//! Monitored events as evidence for recommendations (server only): the event's organisation's
//! writers link their events to a recommendation of the same coalition; the recommendation's
//! readers see every linked event counted — acts and victims, shared or not — and read those
//! the policy lets them read.

use std::collections::HashMap;

use chrono::Utc;
use entities::{monitoring_event, monitoring_event_recommendation, organisation};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};

use super::api::{EventChoice, EvidenceOfEvents, LinkedEvent};
use crate::{
    auth::{
        audit::{self, action},
        policy::{Action, Actor, can},
        visibility::authorize,
    },
    error::AppError,
    monitoring::server::{day, record, sums},
    recommendations::access::authorized,
    transaction::{begin, finish},
};

/// The evidence of recommendation `id` for `actor` (see [`EvidenceOfEvents`]).
pub async fn of_recommendation(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<EvidenceOfEvents, AppError> {
    let context = authorized(db, actor, id, Action::Read).await?;
    let linked: Vec<i32> = monitoring_event_recommendation::Entity::find()
        .filter(monitoring_event_recommendation::Column::RecommendationId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.event_id)
        .collect();
    let events = monitoring_event::Entity::find()
        .filter(monitoring_event::Column::Id.is_in(linked.iter().copied()))
        .order_by_desc(monitoring_event::Column::StartedOn)
        .all(db)
        .await?;
    let sums = sums(db, &events).await?;
    let names: HashMap<i32, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(events.iter().map(|e| e.organisation_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let listed = events
        .iter()
        .filter(|e| can(actor, Action::Read, record(e)))
        .map(|e| {
            let (acts, victims) = sums.get(&e.id).copied().unwrap_or_default();
            LinkedEvent {
                id: e.id,
                title: e.title.clone(),
                started_on: day(e.started_on),
                region: e.region.clone(),
                organisation: names.get(&e.organisation_id).cloned().unwrap_or_default(),
                acts,
                victims,
                can_unlink: can(actor, Action::Edit, record(e)),
            }
        })
        .collect();
    let choices = monitoring_event::Entity::find()
        .filter(monitoring_event::Column::CoalitionId.eq(context.coalition_id()))
        .order_by_desc(monitoring_event::Column::StartedOn)
        .all(db)
        .await?
        .into_iter()
        .filter(|e| !linked.contains(&e.id) && can(actor, Action::Edit, record(e)))
        .map(|e| EventChoice {
            id: e.id,
            started_on: day(e.started_on),
            title: e.title,
        })
        .collect();
    Ok(EvidenceOfEvents {
        events: events.len() as i64,
        acts: sums.values().map(|s| s.0).sum(),
        victims: sums.values().map(|s| s.1).sum(),
        listed,
        choices,
    })
}

/// Links (or unlinks) event `event_id` and recommendation `recommendation_id`.
pub async fn link(
    db: &DatabaseConnection,
    actor: &Actor,
    recommendation_id: i32,
    event_id: i32,
    linked: bool,
) -> Result<(), AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let context = authorized(db, actor, recommendation_id, Action::Read).await?;
    let event = monitoring_event::Entity::find_by_id(event_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize(actor, Action::Edit, record(&event))?;
    if event.coalition_id != context.coalition_id() {
        return Err(AppError::invalid("figures-error-other-coalition"));
    }
    let existing =
        monitoring_event_recommendation::Entity::find_by_id((event_id, recommendation_id))
            .one(db)
            .await?;
    if existing.is_some() == linked {
        return Ok(());
    }
    let txn = begin(db).await?;
    let result = async {
        if linked {
            use monitoring_event_recommendation::Column as C;
            // Two people linking the same pair at once make one link.
            monitoring_event_recommendation::Entity::insert(
                monitoring_event_recommendation::ActiveModel {
                    event_id: Set(event_id),
                    recommendation_id: Set(recommendation_id),
                    linked_by: Set(Some(user_id)),
                    linked_at: Set(Utc::now()),
                },
            )
            .on_conflict(
                OnConflict::columns([C::EventId, C::RecommendationId])
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
        } else {
            monitoring_event_recommendation::Entity::delete_by_id((event_id, recommendation_id))
                .exec(&txn)
                .await?;
        }
        let what = if linked {
            action::EVENT_LINKED
        } else {
            action::EVENT_UNLINKED
        };
        audit::record_action(
            &txn,
            user_id,
            what,
            &format!("event {event_id}"),
            &format!("recommendation {recommendation_id}"),
            Some(event.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}
