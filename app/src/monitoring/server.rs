//! Field monitoring on the server: recording events and their acts, reading them as the policy
//! allows (the organisation's own, or shared), and counting every event of the coalition —
//! acts and victims by type, region, year and victim group. Each change is one transaction
//! with its audit entry.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use entities::{
    coalition, coalition_member, monitoring_act, monitoring_event, monitoring_event_recommendation,
    organisation, recommendation,
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, ExprTrait},
};

use super::{
    api::{
        ActForm, ActRow, EventDetail, EventForm, EventRow, LinkedRecommendation, MonitoringView,
        RecordingFor,
    },
    tallies::{self, Key},
};
use crate::{
    auth::{
        audit::{self, action},
        policy::{Action, Actor, Resource, can, writes_sections},
        visibility::{Visibility, authorize},
    },
    error::AppError,
    states::Named,
    transaction::{begin, finish, update_if_current},
};

const MAX_TITLE: usize = 200;
const MAX_PLACE: usize = 100;
const MAX_SOURCE: usize = 300;
const MAX_DESCRIPTION: usize = 10_000;
const MAX_VICTIMS: i32 = 100_000;

/// What the policy judges an event by.
pub fn record(event: &monitoring_event::Model) -> Resource<'static> {
    Resource::MonitoringRecord {
        coalition_id: event.coalition_id,
        organisation_id: event.organisation_id,
        shared: event.shared,
    }
}

/// An event's fields, checked: trimmed text, parsed dates.
struct Checked {
    form: EventForm,
    started_on: NaiveDate,
    ended_on: Option<NaiveDate>,
}

fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}

fn checked(form: EventForm) -> Result<Checked, AppError> {
    let form = EventForm {
        title: form.title.trim().to_string(),
        started_on: form.started_on.trim().to_string(),
        ended_on: form.ended_on.trim().to_string(),
        region: form.region.trim().to_string(),
        locality: form.locality.trim().to_string(),
        description: form.description.trim().to_string(),
        source: form.source.trim().to_string(),
        ..form
    };
    if form.title.is_empty() || too_long(&form.title, MAX_TITLE) {
        return Err(AppError::invalid("monitoring-error-title"));
    }
    let started_on = NaiveDate::parse_from_str(&form.started_on, "%Y-%m-%d")
        .map_err(|_| AppError::invalid("monitoring-error-date"))?;
    let ended_on = match form.ended_on.as_str() {
        "" => None,
        day => Some(
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .ok()
                .filter(|end| *end >= started_on)
                .ok_or_else(|| AppError::invalid("monitoring-error-end"))?,
        ),
    };
    if form.region.is_empty()
        || too_long(&form.region, MAX_PLACE)
        || too_long(&form.locality, MAX_PLACE)
    {
        return Err(AppError::invalid("monitoring-error-region"));
    }
    if too_long(&form.source, MAX_SOURCE) || too_long(&form.description, MAX_DESCRIPTION) {
        return Err(AppError::invalid("monitoring-error-too-long"));
    }
    Ok(Checked {
        form,
        started_on,
        ended_on,
    })
}

/// Event `id`, or `NotFound`.
pub(super) async fn find_event(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<monitoring_event::Model, AppError> {
    monitoring_event::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// `date` as `YYYY-MM-DD`, as forms and pages write it.
pub fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Where `actor` may record: each coalition they write in, with each of their organisations
/// that belongs to it.
async fn recording_for(
    db: &impl ConnectionTrait,
    actor: &Actor,
) -> Result<Vec<RecordingFor>, AppError> {
    let Actor::User {
        roles,
        organisations,
        archived,
        ..
    } = actor
    else {
        return Ok(Vec::new());
    };
    let writing: Vec<i32> = roles
        .iter()
        .filter(|(coalition, role)| writes_sections(**role) && !archived.contains(coalition))
        .map(|(coalition, _)| *coalition)
        .collect();
    let coalitions: HashMap<i32, String> = coalition::Entity::find()
        .filter(coalition::Column::Id.is_in(writing.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let names: HashMap<i32, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(organisations.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let mut choices: Vec<RecordingFor> = coalition_member::Entity::find()
        .filter(coalition_member::Column::CoalitionId.is_in(writing.iter().copied()))
        .filter(coalition_member::Column::OrganisationId.is_in(organisations.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|m| {
            Some(RecordingFor {
                coalition_id: m.coalition_id,
                coalition: coalitions.get(&m.coalition_id)?.clone(),
                organisation_id: m.organisation_id,
                organisation: names.get(&m.organisation_id)?.clone(),
            })
        })
        .collect();
    choices.sort_by(|a, b| (&a.coalition, &a.organisation).cmp(&(&b.coalition, &b.organisation)));
    Ok(choices)
}

/// The events `actor` may read (their organisation's, and those shared with them), newest
/// first, with their organisations' names.
pub struct Recorded {
    pub events: Vec<monitoring_event::Model>,
    pub names: HashMap<i32, String>,
}

/// Ids are bound in chunks of this many (well under every backend's limit of parameters).
const CHUNK: usize = 10_000;

/// What `actor` may read of their coalitions' records (see [`Recorded`]).
pub async fn recorded(db: &DatabaseConnection, actor: &Actor) -> Result<Recorded, AppError> {
    let events: Vec<monitoring_event::Model> = Visibility::of(actor)?
        .restrict(
            monitoring_event::Entity::find(),
            monitoring_event::Column::CoalitionId,
        )
        .order_by_desc(monitoring_event::Column::StartedOn)
        .order_by_desc(monitoring_event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|e| readable(actor, e))
        .collect();
    let mut organisations: Vec<i32> = events.iter().map(|e| e.organisation_id).collect();
    organisations.sort_unstable();
    organisations.dedup();
    let names = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(organisations))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    Ok(Recorded { events, names })
}

/// The acts of `events`, in the order they were recorded.
pub async fn acts_of(
    db: &DatabaseConnection,
    events: &[monitoring_event::Model],
) -> Result<Vec<monitoring_act::Model>, AppError> {
    let mut acts = Vec::new();
    for chunk in events.chunks(CHUNK) {
        acts.extend(
            monitoring_act::Entity::find()
                .filter(monitoring_act::Column::EventId.is_in(chunk.iter().map(|e| e.id)))
                .order_by_asc(monitoring_act::Column::Id)
                .all(db)
                .await?,
        );
    }
    Ok(acts)
}

/// How many acts and victims each of `events` has, summed by the database.
pub async fn sums(
    db: &DatabaseConnection,
    events: &[monitoring_event::Model],
) -> Result<HashMap<i32, (i64, i64)>, AppError> {
    use monitoring_act::Column as C;
    let mut sums = HashMap::new();
    for chunk in events.chunks(CHUNK) {
        let rows: Vec<(i32, i64, Option<i64>)> = monitoring_act::Entity::find()
            .select_only()
            .column(C::EventId)
            .column_as(Expr::col(C::Id).count(), "acts")
            .column_as(Expr::col(C::Victims).sum(), "victims")
            .filter(C::EventId.is_in(chunk.iter().map(|e| e.id)))
            .group_by(C::EventId)
            .into_tuple()
            .all(db)
            .await?;
        sums.extend(
            rows.into_iter()
                .map(|(event, acts, victims)| (event, (acts, victims.unwrap_or(0)))),
        );
    }
    Ok(sums)
}

/// Whether `actor` may read `event` itself (not just count it).
pub fn readable(actor: &Actor, event: &monitoring_event::Model) -> bool {
    can(actor, Action::Read, record(event))
}

/// The monitoring page of `actor`: the counts of their coalitions (from the running counts),
/// the events they may read, newest first, and where they may record.
pub async fn overview(db: &DatabaseConnection, actor: &Actor) -> Result<MonitoringView, AppError> {
    let Recorded { events, names } = recorded(db, actor).await?;
    let visible = Visibility::of(actor)?;
    let tallies = tallies::read(db, &visible, None).await?;
    let per_event = sums(db, &events).await?;
    let region_lists = super::regions::lists(db, actor).await?;
    let mut regions: Vec<String> = tallies
        .iter()
        .map(|t| t.region.clone())
        .chain(events.iter().map(|e| e.region.clone()))
        .chain(region_lists.iter().flat_map(|l| l.names.iter().cloned()))
        .collect();
    regions.sort();
    regions.dedup();
    let rows = events
        .iter()
        .map(|e| {
            let (acts, victims) = per_event.get(&e.id).copied().unwrap_or_default();
            EventRow {
                id: e.id,
                title: e.title.clone(),
                started_on: day(e.started_on),
                region: e.region.clone(),
                organisation: names.get(&e.organisation_id).cloned().unwrap_or_default(),
                status: e.status,
                shared: e.shared,
                acts,
                victims,
            }
        })
        .collect();
    Ok(MonitoringView {
        counts: tallies::counts(tallies::events(db, &visible, None).await?, &tallies),
        events: rows,
        recording_for: recording_for(db, actor).await?,
        regions,
        region_lists,
    })
}

/// Records or saves an event (see [`super::api::save_event`]).
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    form: EventForm,
) -> Result<i32, AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let existing = if form.id == 0 {
        None
    } else {
        Some(find_event(db, form.id).await?)
    };
    let resource = match &existing {
        Some(event) => record(event),
        None => Resource::MonitoringRecord {
            coalition_id: form.coalition_id,
            organisation_id: form.organisation_id,
            shared: form.shared,
        },
    };
    authorize(actor, Action::Edit, resource)?;
    let coalition_id = resource.coalition_id();
    let Checked {
        form,
        started_on,
        ended_on,
    } = checked(form)?;
    let coalition_of_event = existing
        .as_ref()
        .map_or(form.coalition_id, |e| e.coalition_id);
    super::regions::check(db, coalition_of_event, &form.region).await?;
    let txn = begin(db).await?;
    let result = async {
        let now = Utc::now();
        let id = match existing {
            None => {
                let member = coalition_member::Entity::find()
                    .filter(coalition_member::Column::CoalitionId.eq(form.coalition_id))
                    .filter(coalition_member::Column::OrganisationId.eq(form.organisation_id))
                    .one(&txn)
                    .await?;
                if member.is_none() {
                    return Err(AppError::invalid("monitoring-error-organisation"));
                }
                let created = monitoring_event::ActiveModel {
                    coalition_id: Set(form.coalition_id),
                    organisation_id: Set(form.organisation_id),
                    title: Set(form.title.clone()),
                    started_on: Set(started_on),
                    ended_on: Set(ended_on),
                    region: Set(form.region.clone()),
                    locality: Set(form.locality.clone()),
                    description: Set(form.description.clone()),
                    source: Set(form.source.clone()),
                    reliability: Set(form.reliability),
                    status: Set(form.status),
                    shared: Set(form.shared),
                    created_by: Set(Some(user_id)),
                    created_at: Set(now),
                    updated_at: Set(now),
                    version: Set(1),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                created.id
            }
            Some(event) => {
                use monitoring_event::Column as C;
                // What the counts hold now: the event as this transaction reads it.
                let before = find_event(&txn, event.id).await?;
                let update = monitoring_event::Entity::update_many()
                    .col_expr(C::Title, form.title.clone().into())
                    .col_expr(C::StartedOn, started_on.into())
                    .col_expr(C::EndedOn, ended_on.into())
                    .col_expr(C::Region, form.region.clone().into())
                    .col_expr(C::Locality, form.locality.clone().into())
                    .col_expr(C::Description, form.description.clone().into())
                    .col_expr(C::Source, form.source.clone().into())
                    .col_expr(C::Reliability, form.reliability.name().into())
                    .col_expr(C::Status, form.status.name().into())
                    .col_expr(C::Shared, form.shared.into())
                    .col_expr(C::UpdatedAt, now.into());
                update_if_current(
                    &txn,
                    update,
                    event.id,
                    form.version,
                    "monitoring-error-stale",
                )
                .await?;
                let after = monitoring_event::Model {
                    started_on,
                    region: form.region.clone(),
                    ..before.clone()
                };
                tallies::moved(&txn, &before, &after).await?;
                event.id
            }
        };
        let what = if form.id == 0 {
            action::EVENT_RECORDED
        } else {
            action::EVENT_SAVED
        };
        audit::record_action(
            &txn,
            user_id,
            what,
            &format!("event {id}"),
            "",
            coalition_id,
        )
        .await?;
        Ok(id)
    }
    .await;
    finish(txn, result).await
}

/// Event `id` with its acts, for those who may read it.
pub async fn detail(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<EventDetail, AppError> {
    actor.user_id().ok_or(AppError::Unauthenticated)?;
    let event = find_event(db, id).await?;
    authorize(actor, Action::Read, record(&event))?;
    let acts = monitoring_act::Entity::find()
        .filter(monitoring_act::Column::EventId.eq(id))
        .order_by_asc(monitoring_act::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|a| ActRow {
            id: a.id,
            act_type: a.act_type,
            ground: a.ground,
            victims: a.victims,
            sex: a.sex,
            age_group: a.age_group,
            victim_group: a.victim_group,
        })
        .collect();
    let organisation = organisation::Entity::find_by_id(event.organisation_id)
        .one(db)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    Ok(EventDetail {
        can_edit: can(actor, Action::Edit, record(&event)),
        can_open: super::persons::opens(actor, &event),
        persons: super::persons::of_event(db, event.id).await?,
        interventions: super::interventions::of_event(db, event.id).await?,
        recommendations: linked_recommendations(db, event.id).await?,
        organisation,
        acts,
        form: EventForm {
            id: event.id,
            version: event.version,
            coalition_id: event.coalition_id,
            organisation_id: event.organisation_id,
            title: event.title,
            started_on: day(event.started_on),
            ended_on: event.ended_on.map(day).unwrap_or_default(),
            region: event.region,
            locality: event.locality,
            description: event.description,
            source: event.source,
            reliability: event.reliability,
            status: event.status,
            shared: event.shared,
        },
    })
}

/// The recommendations event `event_id` is linked to, each with the start of its text.
async fn linked_recommendations(
    db: &DatabaseConnection,
    event_id: i32,
) -> Result<Vec<LinkedRecommendation>, AppError> {
    let ids: Vec<i32> = monitoring_event_recommendation::Entity::find()
        .filter(monitoring_event_recommendation::Column::EventId.eq(event_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.recommendation_id)
        .collect();
    Ok(recommendation::Entity::find()
        .filter(recommendation::Column::Id.is_in(ids))
        .order_by_asc(recommendation::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| {
            let mut text: String = r.text.chars().take(160).collect();
            if r.text.chars().count() > 160 {
                text.push('…');
            }
            LinkedRecommendation { id: r.id, text }
        })
        .collect())
}

/// The event's next version, for a change of its acts (in `txn`).
async fn touch(
    txn: &impl ConnectionTrait,
    event: &monitoring_event::Model,
) -> Result<(), AppError> {
    use monitoring_event::Column as C;
    let update = monitoring_event::Entity::update_many().col_expr(C::UpdatedAt, Utc::now().into());
    update_if_current(
        txn,
        update,
        event.id,
        event.version,
        "monitoring-error-stale",
    )
    .await
}

/// Adds an act to its event (see [`super::api::add_act`]).
pub async fn add_act(
    db: &DatabaseConnection,
    actor: &Actor,
    act: ActForm,
) -> Result<i32, AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let event = find_event(db, act.event_id).await?;
    authorize(actor, Action::Edit, record(&event))?;
    if !(0..=MAX_VICTIMS).contains(&act.victims) {
        return Err(AppError::invalid("monitoring-error-victims"));
    }
    let ground = act.ground.trim().to_string();
    if too_long(&ground, MAX_SOURCE) {
        return Err(AppError::invalid("monitoring-error-too-long"));
    }
    let txn = begin(db).await?;
    let result = async {
        let created = monitoring_act::ActiveModel {
            event_id: Set(event.id),
            act_type: Set(act.act_type),
            ground: Set(ground),
            victims: Set(act.victims),
            sex: Set(act.sex),
            age_group: Set(act.age_group),
            victim_group: Set(act.victim_group),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        tallies::add(
            &txn,
            &Key::of(&event, &created),
            1,
            i64::from(created.victims),
        )
        .await?;
        touch(&txn, &event).await?;
        audit::record_action(
            &txn,
            user_id,
            action::ACT_ADDED,
            &format!("event {}", event.id),
            act.act_type.name(),
            Some(event.coalition_id),
        )
        .await?;
        Ok(created.id)
    }
    .await;
    finish(txn, result).await
}

/// Removes act `id` from its event (see [`super::api::remove_act`]).
pub async fn remove_act(db: &DatabaseConnection, actor: &Actor, id: i32) -> Result<(), AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let Some(act) = monitoring_act::Entity::find_by_id(id).one(db).await? else {
        return Err(AppError::invalid("monitoring-error-missing"));
    };
    let event = find_event(db, act.event_id).await?;
    authorize(actor, Action::Edit, record(&event))?;
    let txn = begin(db).await?;
    let result = async {
        monitoring_act::Entity::delete_by_id(id).exec(&txn).await?;
        tallies::add(&txn, &Key::of(&event, &act), -1, -i64::from(act.victims)).await?;
        touch(&txn, &event).await?;
        audit::record_action(
            &txn,
            user_id,
            action::ACT_REMOVED,
            &format!("event {}", event.id),
            act.act_type.name(),
            Some(event.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}
