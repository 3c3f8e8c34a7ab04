//! Persons of monitored events and their sealed identities (server only). A person's identity
//! fields are sealed under their event's organisation's key before they reach the database;
//! only that organisation's case workers open them, each opening audited; the organisation's
//! keepers grant the right and, in an emergency, destroy the key (the identities become
//! unreadable everywhere, the counts stay).

use std::collections::HashMap;

use chrono::Utc;
use entities::{
    coalition_member, monitoring_event, monitoring_person, organisation, organisation_member, user,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, sea_query::Expr,
};
use shadowdesk_seal::{KeyStore, Zeroizing, open, seal};

use super::{
    api::{Identity, Keeper, Keeping, PersonForm, PersonRow},
    server::{find_event, record},
};
use crate::{
    auth::{
        audit::{self, action},
        policy::{Action, Actor, Resource, can},
        visibility::authorize,
    },
    error::AppError,
    states::Named,
    transaction::{begin, finish},
};

const MAX_PSEUDONYM: usize = 100;
const MAX_IDENTITY_FIELD: usize = 300;

/// What a person's sealed identity is bound to: a copy on another row does not open.
fn context(person_id: i32) -> String {
    format!("person {person_id} identity")
}

fn sealing(error: shadowdesk_seal::SealError) -> AppError {
    AppError::Sealing(error.to_string())
}

/// The coalitions `organisation_id` belongs to.
async fn coalitions_of(
    db: &impl ConnectionTrait,
    organisation_id: i32,
) -> Result<Vec<i32>, AppError> {
    Ok(coalition_member::Entity::find()
        .filter(coalition_member::Column::OrganisationId.eq(organisation_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.coalition_id)
        .collect())
}

/// Whether `actor` may open the identities of `event`'s persons.
pub fn opens(actor: &Actor, event: &monitoring_event::Model) -> bool {
    can(
        actor,
        Action::Read,
        Resource::Identity {
            organisation_id: event.organisation_id,
            coalitions: &[],
        },
    )
}

/// The persons of `event`, as its page lists them: never their identities.
pub async fn of_event(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<Vec<PersonRow>, AppError> {
    Ok(monitoring_person::Entity::find()
        .filter(monitoring_person::Column::EventId.eq(event_id))
        .order_by_asc(monitoring_person::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|p| PersonRow {
            id: p.id,
            role: p.role,
            pseudonym: p.pseudonym,
            sex: p.sex,
            age_group: p.age_group,
            sealed: p.identity.is_some(),
            destroyed: p.identity_destroyed,
        })
        .collect())
}

/// Adds a person to their event (see [`super::api::add_person`]).
pub async fn add(
    db: &DatabaseConnection,
    actor: &Actor,
    keys: &KeyStore,
    form: PersonForm,
) -> Result<i32, AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let event = find_event(db, form.event_id).await?;
    authorize(actor, Action::Edit, record(&event))?;
    let pseudonym = form.pseudonym.trim().to_string();
    if pseudonym.is_empty() || pseudonym.chars().count() > MAX_PSEUDONYM {
        return Err(AppError::invalid("monitoring-error-pseudonym"));
    }
    let identity = Identity {
        name: form.name.trim().to_string(),
        contacts: form.contacts.trim().to_string(),
        identity_numbers: form.identity_numbers.trim().to_string(),
    };
    let fields = [
        &identity.name,
        &identity.contacts,
        &identity.identity_numbers,
    ];
    if fields
        .iter()
        .any(|f| f.chars().count() > MAX_IDENTITY_FIELD)
    {
        return Err(AppError::invalid("monitoring-error-identity-long"));
    }
    let key = if fields.iter().any(|f| !f.is_empty()) {
        let fresh = !keys.has_instance_key();
        let key = keys
            .organisation_key_or_create(event.organisation_id)
            .map_err(sealing)?;
        if fresh {
            tracing::warn!(
                "seal key made: keep a copy of it, and of the keys beside it, apart from the \
                 database backups"
            );
        }
        Some(key)
    } else {
        None
    };
    let txn = begin(db).await?;
    let result = async {
        let person = monitoring_person::ActiveModel {
            event_id: Set(event.id),
            role: Set(form.role),
            pseudonym: Set(pseudonym),
            sex: Set(form.sex),
            age_group: Set(form.age_group),
            identity: Set(None),
            identity_destroyed: Set(false),
            created_by: Set(Some(user_id)),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if let Some(key) = &key {
            let plain = Zeroizing::new(
                serde_json::to_vec(&identity).map_err(|e| AppError::Sealing(e.to_string()))?,
            );
            let sealed = seal(key, &plain, &context(person.id));
            monitoring_person::Entity::update_many()
                .col_expr(monitoring_person::Column::Identity, Expr::value(sealed))
                .filter(monitoring_person::Column::Id.eq(person.id))
                .exec(&txn)
                .await?;
        }
        audit::record_action(
            &txn,
            user_id,
            action::PERSON_ADDED,
            &format!("event {}", event.id),
            person.role.name(),
            Some(event.coalition_id),
        )
        .await?;
        Ok(person.id)
    }
    .await;
    finish(txn, result).await
}

/// Removes person `id` from their event, identity and all.
pub async fn remove(db: &DatabaseConnection, actor: &Actor, id: i32) -> Result<(), AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let Some(person) = monitoring_person::Entity::find_by_id(id).one(db).await? else {
        return Err(AppError::invalid("monitoring-error-person-missing"));
    };
    let event = find_event(db, person.event_id).await?;
    authorize(actor, Action::Edit, record(&event))?;
    let txn = begin(db).await?;
    let result = async {
        monitoring_person::Entity::delete_by_id(id)
            .exec(&txn)
            .await?;
        audit::record_action(
            &txn,
            user_id,
            action::PERSON_REMOVED,
            &format!("event {}", event.id),
            person.role.name(),
            Some(event.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

/// Opens person `id`'s identity for a case worker of their organisation; the opening is
/// audited (who, whose pseudonym, when — never what it showed).
pub async fn open_identity(
    db: &DatabaseConnection,
    actor: &Actor,
    keys: &KeyStore,
    id: i32,
) -> Result<Identity, AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let Some(person) = monitoring_person::Entity::find_by_id(id).one(db).await? else {
        return Err(AppError::invalid("monitoring-error-person-missing"));
    };
    let event = find_event(db, person.event_id).await?;
    if !opens(actor, &event) {
        return Err(AppError::Forbidden);
    }
    let Some(sealed) = person.identity else {
        let key = if person.identity_destroyed {
            "monitoring-identity-destroyed"
        } else {
            "monitoring-identity-none"
        };
        return Err(AppError::invalid(key));
    };
    let key = keys
        .organisation_key(event.organisation_id)
        .map_err(sealing)?
        .ok_or_else(|| AppError::invalid("monitoring-identity-destroyed"))?;
    let plain = open(&key, &sealed, &context(person.id)).map_err(sealing)?;
    let identity: Identity =
        serde_json::from_slice(&plain).map_err(|e| AppError::Sealing(e.to_string()))?;
    audit::record_action(
        db,
        user_id,
        action::IDENTITY_OPENED,
        &format!("event {}", event.id),
        &format!("person {}", person.id),
        Some(event.coalition_id),
    )
    .await?;
    Ok(identity)
}

/// Whether `actor` keeps the identities of `organisation_id` (grants the case-worker right,
/// destroys the key), given the coalitions it belongs to.
fn keeps(actor: &Actor, organisation_id: i32, coalitions: &[i32]) -> bool {
    can(
        actor,
        Action::Manage,
        Resource::Identity {
            organisation_id,
            coalitions,
        },
    )
}

/// The organisations whose identities `actor` keeps, each with its members and how many
/// sealed identities it holds.
pub async fn keeping(db: &DatabaseConnection, actor: &Actor) -> Result<Vec<Keeping>, AppError> {
    actor.user_id().ok_or(AppError::Unauthenticated)?;
    let mut coalitions: HashMap<i32, Vec<i32>> = HashMap::new();
    for member in coalition_member::Entity::find().all(db).await? {
        coalitions
            .entry(member.organisation_id)
            .or_default()
            .push(member.coalition_id);
    }
    let organisations: Vec<organisation::Model> = organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .filter(|o| {
            keeps(
                actor,
                o.id,
                coalitions.get(&o.id).map(Vec::as_slice).unwrap_or(&[]),
            )
        })
        .collect();
    let mut keeping = Vec::with_capacity(organisations.len());
    for o in organisations {
        let members = organisation_member::Entity::find()
            .filter(organisation_member::Column::OrganisationId.eq(o.id))
            .all(db)
            .await?;
        let names: HashMap<i32, String> = user::Entity::find()
            .filter(user::Column::Id.is_in(members.iter().map(|m| m.user_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.display_name))
            .collect();
        let mut keepers: Vec<Keeper> = members
            .into_iter()
            .map(|m| Keeper {
                user_id: m.user_id,
                name: names.get(&m.user_id).cloned().unwrap_or_default(),
                case_worker: m.case_worker,
            })
            .collect();
        keepers.sort_by(|a, b| a.name.cmp(&b.name));
        let sealed = monitoring_person::Entity::find()
            .inner_join(monitoring_event::Entity)
            .filter(monitoring_event::Column::OrganisationId.eq(o.id))
            .filter(monitoring_person::Column::Identity.is_not_null())
            .count(db)
            .await?;
        keeping.push(Keeping {
            organisation_id: o.id,
            organisation: o.name,
            short_name: o.short_name,
            sealed: i64::try_from(sealed).unwrap_or(i64::MAX),
            members: keepers,
        });
    }
    Ok(keeping)
}

/// Grants or withdraws the case-worker right of `user_id` in `organisation_id`.
pub async fn set_case_worker(
    db: &DatabaseConnection,
    actor: &Actor,
    organisation_id: i32,
    user_id: i32,
    case_worker: bool,
) -> Result<(), AppError> {
    let by = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let coalitions = coalitions_of(db, organisation_id).await?;
    if !keeps(actor, organisation_id, &coalitions) {
        return Err(AppError::Forbidden);
    }
    let txn = begin(db).await?;
    let result = async {
        let updated = organisation_member::Entity::update_many()
            .col_expr(
                organisation_member::Column::CaseWorker,
                Expr::value(case_worker),
            )
            .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
            .filter(organisation_member::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
        if updated.rows_affected == 0 {
            return Err(AppError::invalid("monitoring-error-not-a-member"));
        }
        let what = if case_worker {
            action::CASE_WORKER_GRANTED
        } else {
            action::CASE_WORKER_WITHDRAWN
        };
        audit::record_action(
            &txn,
            by,
            what,
            &format!("organisation {organisation_id}"),
            &format!("user {user_id}"),
            coalitions.first().copied(),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

/// Destroys `organisation_id`'s key once `confirm` repeats its short name: every identity
/// sealed under it is unreadable from then on, in the database and in every backup of it;
/// the persons, their pseudonyms and the counts stay. Answers how many identities went.
pub async fn destroy(
    db: &DatabaseConnection,
    actor: &Actor,
    keys: &KeyStore,
    organisation_id: i32,
    confirm: &str,
) -> Result<i64, AppError> {
    let by = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let coalitions = coalitions_of(db, organisation_id).await?;
    if !keeps(actor, organisation_id, &coalitions) {
        return Err(AppError::Forbidden);
    }
    let organisation = organisation::Entity::find_by_id(organisation_id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    if confirm.trim() != organisation.short_name {
        return Err(AppError::invalid("monitoring-error-confirm"));
    }
    // The key first: should the database then fail, the identities are unreadable anyway.
    keys.destroy(organisation_id).map_err(sealing)?;
    let txn = begin(db).await?;
    let result = async {
        let events: Vec<i32> = monitoring_event::Entity::find()
            .filter(monitoring_event::Column::OrganisationId.eq(organisation_id))
            .all(&txn)
            .await?
            .into_iter()
            .map(|e| e.id)
            .collect();
        let mut destroyed = 0;
        for chunk in events.chunks(10_000) {
            destroyed += monitoring_person::Entity::update_many()
                .col_expr(
                    monitoring_person::Column::Identity,
                    Expr::value(Option::<Vec<u8>>::None),
                )
                .col_expr(
                    monitoring_person::Column::IdentityDestroyed,
                    Expr::value(true),
                )
                .filter(monitoring_person::Column::EventId.is_in(chunk.iter().copied()))
                .filter(monitoring_person::Column::Identity.is_not_null())
                .exec(&txn)
                .await?
                .rows_affected;
        }
        audit::record_action(
            &txn,
            by,
            action::IDENTITY_KEY_DESTROYED,
            &format!("organisation {organisation_id}"),
            &format!("{destroyed} identities"),
            coalitions.first().copied(),
        )
        .await?;
        Ok(i64::try_from(destroyed).unwrap_or(i64::MAX))
    }
    .await;
    finish(txn, result).await
}
