//! Interventions on monitored events (server only): what the organisation did about an event
//! — to which body, when, the answer and the outcome. Its writers add and remove them, each
//! change one transaction with its audit entry; whoever reads the event reads them.

use chrono::{NaiveDate, Utc};
use entities::monitoring_intervention;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder,
};

use super::{
    api::{InterventionForm, InterventionRow},
    server::{day, find_event, record},
};
use crate::{
    auth::{
        audit::{self, action},
        policy::{Action, Actor},
        visibility::authorize,
    },
    error::AppError,
    states::Named,
    transaction::{begin, finish},
};

const MAX_BODY: usize = 200;
const MAX_RESPONSE: usize = 5_000;

/// The interventions of event `event_id`, oldest first.
pub async fn of_event(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<Vec<InterventionRow>, AppError> {
    Ok(monitoring_intervention::Entity::find()
        .filter(monitoring_intervention::Column::EventId.eq(event_id))
        .order_by_asc(monitoring_intervention::Column::SubmittedOn)
        .order_by_asc(monitoring_intervention::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|i| InterventionRow {
            id: i.id,
            kind: i.kind,
            body: i.body,
            submitted_on: day(i.submitted_on),
            response: i.response,
            outcome: i.outcome,
        })
        .collect())
}

/// Adds an intervention to its event (see [`super::api::add_intervention`]).
pub async fn add(
    db: &DatabaseConnection,
    actor: &Actor,
    form: InterventionForm,
) -> Result<i32, AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let event = find_event(db, form.event_id).await?;
    authorize(actor, Action::Edit, record(&event))?;
    let body = form.body.trim().to_string();
    if body.is_empty() || body.chars().count() > MAX_BODY {
        return Err(AppError::invalid("monitoring-error-body"));
    }
    let submitted_on = NaiveDate::parse_from_str(form.submitted_on.trim(), "%Y-%m-%d")
        .ok()
        .filter(|day| *day >= event.started_on)
        .ok_or_else(|| AppError::invalid("monitoring-error-submitted"))?;
    let response = form.response.trim().to_string();
    if response.chars().count() > MAX_RESPONSE {
        return Err(AppError::invalid("monitoring-error-response"));
    }
    let txn = begin(db).await?;
    let result = async {
        let created = monitoring_intervention::ActiveModel {
            event_id: Set(event.id),
            kind: Set(form.kind),
            body: Set(body),
            submitted_on: Set(submitted_on),
            response: Set(response),
            outcome: Set(form.outcome),
            created_by: Set(Some(user_id)),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit::record_action(
            &txn,
            user_id,
            action::INTERVENTION_ADDED,
            &format!("event {}", event.id),
            created.kind.name(),
            Some(event.coalition_id),
        )
        .await?;
        Ok(created.id)
    }
    .await;
    finish(txn, result).await
}

/// Removes intervention `id` from its event.
pub async fn remove(db: &DatabaseConnection, actor: &Actor, id: i32) -> Result<(), AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let Some(intervention) = monitoring_intervention::Entity::find_by_id(id)
        .one(db)
        .await?
    else {
        return Err(AppError::invalid("monitoring-error-intervention-missing"));
    };
    let event = find_event(db, intervention.event_id).await?;
    authorize(actor, Action::Edit, record(&event))?;
    let txn = begin(db).await?;
    let result = async {
        monitoring_intervention::Entity::delete_by_id(id)
            .exec(&txn)
            .await?;
        audit::record_action(
            &txn,
            user_id,
            action::INTERVENTION_REMOVED,
            &format!("event {}", event.id),
            intervention.kind.name(),
            Some(event.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}
