//! Reading and changing glossaries (server only).

use chrono::Utc;
use entities::{coalition, glossary_term};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder,
};

use super::api::{CoalitionGlossary, GlossaryView, NewTerm, TermRow};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource, can},
        visibility::{Visibility, authorize},
    },
    error::AppError,
};

/// The longest term, in characters.
const MAX_TERM_CHARS: usize = 200;

/// The terms that apply in coalition `coalition_id`: its own first, then the standard ones.
pub async fn terms_for(
    db: &impl ConnectionTrait,
    coalition_id: i32,
) -> Result<Vec<glossary_term::Model>, AppError> {
    let mut terms = glossary_term::Entity::find()
        .filter(glossary_term::Column::CoalitionId.eq(coalition_id))
        .order_by_asc(glossary_term::Column::Id)
        .all(db)
        .await?;
    terms.extend(
        glossary_term::Entity::find()
            .filter(glossary_term::Column::CoalitionId.is_null())
            .order_by_asc(glossary_term::Column::Id)
            .all(db)
            .await?,
    );
    Ok(terms)
}

fn row(term: &glossary_term::Model) -> TermRow {
    TermRow {
        id: term.id,
        equivalents: term
            .equivalents()
            .map(|(language, text)| (language, text.to_string()))
            .collect(),
    }
}

/// The standard terms and those of every coalition `actor` may see.
pub async fn overview(db: &DatabaseConnection, actor: &Actor) -> Result<GlossaryView, AppError> {
    let visibility = Visibility::of(actor)?;
    let coalitions = visibility
        .restrict(coalition::Entity::find(), coalition::Column::Id)
        .filter(coalition::Column::ArchivedAt.is_null())
        .order_by_asc(coalition::Column::Name)
        .all(db)
        .await?;
    let terms = glossary_term::Entity::find()
        .order_by_asc(glossary_term::Column::Id)
        .all(db)
        .await?;
    Ok(GlossaryView {
        standard: terms
            .iter()
            .filter(|t| t.coalition_id.is_none())
            .map(row)
            .collect(),
        coalitions: coalitions
            .into_iter()
            .map(|c| CoalitionGlossary {
                coalition_id: c.id,
                terms: terms
                    .iter()
                    .filter(|t| t.coalition_id == Some(c.id))
                    .map(row)
                    .collect(),
                can_manage: can(actor, Action::Manage, Resource::Coalition { id: c.id }),
                name: c.name,
            })
            .collect(),
    })
}

/// `text` trimmed, or a 422 naming the field when it is too long.
fn field(text: &str) -> Result<String, AppError> {
    let text = text.trim();
    if text.chars().count() > MAX_TERM_CHARS {
        return Err(AppError::invalid("glossary-error-long"));
    }
    Ok(text.to_string())
}

/// Adds `term` to coalition `coalition_id`'s glossary, for its coordinators: equivalents in
/// at least two languages.
pub async fn add(
    db: &DatabaseConnection,
    actor: &Actor,
    coalition_id: i32,
    term: NewTerm,
) -> Result<(), AppError> {
    authorize(
        actor,
        Action::Manage,
        Resource::Coalition { id: coalition_id },
    )?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let fields = [
        field(&term.en)?,
        field(&term.ru)?,
        field(&term.kk)?,
        field(&term.fr)?,
        field(&term.es)?,
        field(&term.ar)?,
        field(&term.zh)?,
    ];
    if fields.iter().filter(|f| !f.is_empty()).count() < 2 {
        return Err(AppError::invalid("glossary-error-two"));
    }
    let [en, ru, kk, fr, es, ar, zh] = fields;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let term = glossary_term::ActiveModel {
            coalition_id: Set(Some(coalition_id)),
            en: Set(en),
            ru: Set(ru),
            kk: Set(kk),
            fr: Set(fr),
            es: Set(es),
            ar: Set(ar),
            zh: Set(zh),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::GLOSSARY_TERM_ADDED,
            &term.label(),
            "",
            Some(coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    crate::transaction::finish(txn, result).await
}

/// Removes term `id` from its coalition's glossary, for its coordinators; nobody removes a
/// standard term.
pub async fn remove(db: &DatabaseConnection, actor: &Actor, id: i32) -> Result<(), AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let term = glossary_term::Entity::find_by_id(id).one(db).await?;
    let Some((term, coalition_id)) = term.and_then(|t| t.coalition_id.map(|c| (t, c))) else {
        return Err(AppError::Forbidden);
    };
    authorize(
        actor,
        Action::Manage,
        Resource::Coalition { id: coalition_id },
    )?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        glossary_term::Entity::delete_by_id(term.id)
            .exec(&txn)
            .await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::GLOSSARY_TERM_REMOVED,
            &term.label(),
            "",
            Some(coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    crate::transaction::finish(txn, result).await
}
