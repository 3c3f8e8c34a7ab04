//! Reading and changing a section's proposals (server only). Every change is a new version of
//! the section, with a revision that keeps the proposals as they then stand, under the
//! section's row lock, audited, in one transaction.

use chrono::Utc;
use entities::{organisation, proposal, proposal_tag, report_section, tag};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, sea_query::Expr,
};
use serde::Serialize;
use std::collections::HashMap;

use super::{
    api::{ProposalRow, ProposalsView, Theme},
    markdown::proposals_markdown,
};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, can},
    },
    error::AppError,
    i18n::{Locale, server::request_locale, translate},
    recommendations::search::changes::touch,
    report_access::ensure_open,
    sections::{
        access::{SectionContext, authorized},
        history::{NewRevision, record_revision},
        save::{ensure_writable, lock},
        words,
    },
    states::{Addressee, ProposalKind},
    transaction::update_if_current,
};

/// The longest proposal, in characters.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// The most proposals one section holds.
const MAX_PROPOSALS: u64 = 200;
/// The vocabulary of the tags a proposal's themes are.
const THEMES: &str = "theme";

/// The proposals of the sections `ids`, each section's in order.
pub async fn of_sections(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, Vec<proposal::Model>>, AppError> {
    let mut found: HashMap<i32, Vec<proposal::Model>> = HashMap::new();
    for p in proposal::Entity::find()
        .filter(proposal::Column::SectionId.is_in(ids))
        .order_by_asc(proposal::Column::Position)
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await?
    {
        found.entry(p.section_id).or_default().push(p);
    }
    Ok(found)
}

/// `proposals` as the Markdown that ends their section, headings from `heading`.
pub fn markdown_of(proposals: &[proposal::Model], heading: impl Fn(&str) -> String) -> String {
    let rows: Vec<(ProposalKind, Addressee, &str)> = proposals
        .iter()
        .map(|p| (p.kind, p.addressee, p.text.as_str()))
        .collect();
    proposals_markdown(&rows, heading)
}

/// The text a section's words are counted in: its body followed by its `proposals` under
/// their headings in `locale`, as the export ends it (the UN counts them).
pub fn counted_text(
    body: &str,
    proposals: Option<&Vec<proposal::Model>>,
    locale: Locale,
) -> String {
    let mut text = body.to_string();
    if let Some(found) = proposals {
        text.push_str(&markdown_of(found, |key| translate(locale, key)));
    }
    text
}

/// Section `section_id`'s proposals, for those who may read the section.
pub async fn view(
    db: &DatabaseConnection,
    actor: &Actor,
    section_id: i32,
) -> Result<ProposalsView, AppError> {
    let context = authorized(db, actor, section_id, Action::Read).await?;
    let proposals = of_sections(db, [section_id])
        .await?
        .remove(&section_id)
        .unwrap_or_default();
    let ids: Vec<i32> = proposals.iter().map(|p| p.id).collect();
    let mut themes_of: HashMap<i32, Vec<i32>> = HashMap::new();
    for t in proposal_tag::Entity::find()
        .filter(proposal_tag::Column::ProposalId.is_in(ids))
        .all(db)
        .await?
    {
        themes_of.entry(t.proposal_id).or_default().push(t.tag_id);
    }
    let themes = tag::Entity::find()
        .filter(tag::Column::Vocabulary.eq(THEMES))
        .order_by_asc(tag::Column::Label)
        .all(db)
        .await?
        .into_iter()
        .map(|t| Theme {
            id: t.id,
            label: t.label,
        })
        .collect();
    let names: HashMap<i32, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(context.organisations.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let locale = request_locale();
    let words = words::count(&markdown_of(&proposals, |key| translate(locale, key))).total();
    let can_edit = ensure_open(&context.report).is_ok()
        && ensure_writable(&context.section).is_ok()
        && can(actor, Action::Edit, context.resource());
    Ok(ProposalsView {
        section_id,
        proposals: proposals
            .into_iter()
            .map(|p| ProposalRow {
                themes: themes_of.remove(&p.id).unwrap_or_default(),
                id: p.id,
                kind: p.kind,
                addressee: p.addressee,
                text: p.text,
            })
            .collect(),
        themes,
        authors: context
            .organisations
            .iter()
            .filter_map(|id| names.get(id).cloned())
            .collect(),
        words,
        can_edit,
    })
}

/// A proposal as its writer sends it.
#[derive(Clone, Debug)]
pub struct ProposalEdit {
    pub section_id: i32,
    /// 0 for a new one.
    pub id: i32,
    pub kind: ProposalKind,
    pub addressee: Addressee,
    pub text: String,
    pub themes: Vec<i32>,
}

/// One proposal as a revision keeps it.
#[derive(Serialize)]
struct Kept<'a> {
    kind: ProposalKind,
    addressee: Addressee,
    text: &'a str,
    themes: Vec<i32>,
}

/// Makes the section's next version, with the same text, after its proposals changed: its
/// revision keeps them as they now stand.
async fn next_version(
    txn: &DatabaseTransaction,
    section: &report_section::Model,
    user_id: i32,
) -> Result<(), AppError> {
    let now = Utc::now();
    let update = report_section::Entity::update_many()
        .col_expr(report_section::Column::UpdatedAt, Expr::value(now));
    update_if_current(
        txn,
        update,
        section.id,
        section.version,
        "proposal-error-stale",
    )
    .await?;
    let proposals = of_sections(txn, [section.id])
        .await?
        .remove(&section.id)
        .unwrap_or_default();
    let ids: Vec<i32> = proposals.iter().map(|p| p.id).collect();
    let tags = proposal_tag::Entity::find()
        .filter(proposal_tag::Column::ProposalId.is_in(ids))
        .all(txn)
        .await?;
    let kept: Vec<Kept> = proposals
        .iter()
        .map(|p| Kept {
            kind: p.kind,
            addressee: p.addressee,
            text: &p.text,
            themes: tags
                .iter()
                .filter(|t| t.proposal_id == p.id)
                .map(|t| t.tag_id)
                .collect(),
        })
        .collect();
    record_revision(
        txn,
        NewRevision {
            section_id: section.id,
            version: section.version + 1,
            title: &section.title,
            body: &section.body,
            author: Some(user_id),
            organisation: section.assigned_organisation_id,
            message: Some(translate(request_locale(), "proposals-revision-message")),
            proposals: Some(serde_json::to_string(&kept).unwrap_or_default()),
            at: now,
        },
    )
    .await?;
    Ok(())
}

/// The section under its row lock, read again, if it may still change.
async fn locked(txn: &DatabaseTransaction, id: i32) -> Result<report_section::Model, AppError> {
    lock(txn, id).await?;
    let section = report_section::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(AppError::Forbidden)?;
    ensure_writable(&section)?;
    Ok(section)
}

/// Section `section_id` for `actor` to change (those who may write it, while it and its
/// report are open), with the actor's user id.
async fn writable(
    db: &DatabaseConnection,
    actor: &Actor,
    section_id: i32,
) -> Result<(SectionContext, i32), AppError> {
    let context = authorized(db, actor, section_id, Action::Edit).await?;
    ensure_open(&context.report)?;
    ensure_writable(&context.section)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    Ok((context, user_id))
}

/// Adds or changes a proposal of a section as `actor` (those who may write it); answers its id.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    edit: ProposalEdit,
) -> Result<i32, AppError> {
    let (context, user_id) = writable(db, actor, edit.section_id).await?;
    let text = edit.text.trim().to_string();
    if text.is_empty() {
        return Err(AppError::invalid("proposal-error-empty"));
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(AppError::invalid("proposal-error-long"));
    }
    let mut themes = edit.themes.clone();
    themes.sort_unstable();
    themes.dedup();
    let known = tag::Entity::find()
        .filter(tag::Column::Vocabulary.eq(THEMES))
        .filter(tag::Column::Id.is_in(themes.clone()))
        .count(db)
        .await?;
    if known != themes.len() as u64 {
        return Err(AppError::invalid("proposal-error-theme"));
    }
    let action = audit::action::PROPOSAL_SAVED;
    context
        .write_audited(db, user_id, action, move |txn| {
            Box::pin(async move {
                let section = locked(txn, edit.section_id).await?;
                let now = Utc::now();
                let id = if edit.id == 0 {
                    let count = proposal::Entity::find()
                        .filter(proposal::Column::SectionId.eq(section.id))
                        .count(txn)
                        .await?;
                    if count >= MAX_PROPOSALS {
                        return Err(AppError::invalid("proposal-error-too-many"));
                    }
                    proposal::ActiveModel {
                        section_id: Set(section.id),
                        kind: Set(edit.kind),
                        addressee: Set(edit.addressee),
                        text: Set(text),
                        position: Set(i32::try_from(count).unwrap_or(i32::MAX)),
                        created_by_user_id: Set(Some(user_id)),
                        created_at: Set(now),
                        updated_at: Set(now),
                        ..Default::default()
                    }
                    .insert(txn)
                    .await?
                    .id
                } else {
                    let current = proposal::Entity::find_by_id(edit.id)
                        .filter(proposal::Column::SectionId.eq(section.id))
                        .one(txn)
                        .await?
                        .ok_or_else(|| AppError::invalid("proposal-error-missing"))?;
                    let mut active: proposal::ActiveModel = current.into();
                    active.kind = Set(edit.kind);
                    active.addressee = Set(edit.addressee);
                    active.text = Set(text);
                    active.updated_at = Set(now);
                    active.update(txn).await?.id
                };
                proposal_tag::Entity::delete_many()
                    .filter(proposal_tag::Column::ProposalId.eq(id))
                    .exec(txn)
                    .await?;
                for tag_id in themes {
                    proposal_tag::ActiveModel {
                        proposal_id: Set(id),
                        tag_id: Set(tag_id),
                    }
                    .insert(txn)
                    .await?;
                }
                next_version(txn, &section, user_id).await?;
                Ok(id)
            })
        })
        .await
}

/// Removes proposal `id` as `actor` (those who may write its section).
pub async fn remove(db: &DatabaseConnection, actor: &Actor, id: i32) -> Result<(), AppError> {
    let Some(found) = proposal::Entity::find_by_id(id).one(db).await? else {
        // Gone (removed twice, say): say so to anyone signed in.
        actor.user_id().ok_or(AppError::Unauthenticated)?;
        return Err(AppError::invalid("proposal-error-missing"));
    };
    let (context, user_id) = writable(db, actor, found.section_id).await?;
    context
        .write_audited(db, user_id, audit::action::PROPOSAL_REMOVED, move |txn| {
            Box::pin(async move {
                let section = locked(txn, found.section_id).await?;
                // The recommendations that took it up lose it from their "proposed" facet.
                let took_up: Vec<i32> = entities::proposal_uptake::Entity::find()
                    .filter(entities::proposal_uptake::Column::ProposalId.eq(id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|u| u.recommendation_id)
                    .collect();
                let removed = proposal::Entity::delete_by_id(id).exec(txn).await?;
                if !took_up.is_empty() {
                    touch(txn, Some(took_up.as_slice())).await?;
                }
                if removed.rows_affected != 1 {
                    return Err(AppError::invalid("proposal-error-missing"));
                }
                next_version(txn, &section, user_id).await?;
                Ok(())
            })
        })
        .await
}
