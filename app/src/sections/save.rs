//! Saving a section without ever losing an edit: every save names the version it started
//! from. Saves of one section take turns on the section's row lock; a save based on an older
//! version is merged with what was saved in between, or handed back as a conflict that
//! changes nothing. Every save that changes the text is a new revision (server only).

use chrono::Utc;
use entities::{report_section, section_revision, section_translation};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryFilter, sea_query::Expr,
};
use shadowdesk_text::merge::{Merge, three_way};

use super::{
    access::{SectionContext, context_of},
    api::SaveOutcome,
    history::{NewRevision, record_revision},
};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor},
        server::client_info,
        visibility::authorize,
    },
    error::AppError,
    states::{SectionStatus, TranslationState},
};

/// The largest section body accepted, in bytes.
pub const MAX_BODY_BYTES: usize = 200 * 1024;

/// What the person saves.
#[derive(Clone, Debug)]
pub struct Edit {
    pub section_id: i32,
    /// The version the editor was showing when they started.
    pub base_version: i32,
    pub body: String,
    pub message: Option<String>,
    /// A typo or formatting fix: the section's translations stay current.
    pub minor: bool,
}

/// `section` in its context, unless `actor` may not edit it or it is closed for writing.
pub async fn authorize_edit(
    db: &impl ConnectionTrait,
    actor: &Actor,
    section: &report_section::Model,
) -> Result<SectionContext, AppError> {
    let context = context_of(db, section.clone()).await?;
    authorize(actor, Action::Edit, context.resource())?;
    crate::report_access::ensure_open(&context.report)?;
    ensure_writable(section)?;
    Ok(context)
}

/// Refuses changes to a section that is in the bin or approved (locked until reopened).
pub fn ensure_writable(section: &report_section::Model) -> Result<(), AppError> {
    if section.removed_at.is_some() {
        return Err(AppError::invalid("section-error-removed"));
    }
    if section.status == SectionStatus::Approved {
        return Err(AppError::invalid("section-error-locked"));
    }
    Ok(())
}

/// Saves `edit` for `actor`: straight away if nobody saved since its base version, merged if
/// they changed other paragraphs, or a conflict that changes nothing. Saves of one section
/// queue on its row lock, so each one merges against everything acknowledged before it.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    edit: Edit,
) -> Result<SaveOutcome, AppError> {
    // Refuse early, before taking any lock.
    let before = report_section::Entity::find_by_id(edit.section_id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    authorize_edit(db, actor, &before).await?;

    let txn = crate::transaction::begin(db).await?;
    let outcome = save_in(&txn, actor, &edit).await;
    match &outcome {
        Ok(SaveOutcome::Saved { .. }) => txn.commit().await?,
        // Nothing to keep: end the transaction now rather than when the pool reuses it.
        _ => txn.rollback().await?,
    }
    outcome
}

/// The save of `edit` inside `txn`, which the caller commits only if it answers `Saved`
/// (so other writes, such as accepting a suggestion, share its transaction).
pub async fn save_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    edit: &Edit,
) -> Result<SaveOutcome, AppError> {
    let Actor::User {
        id: author,
        organisations,
        ..
    } = actor
    else {
        return Err(AppError::Unauthenticated);
    };
    if edit.body.len() > MAX_BODY_BYTES {
        return Err(AppError::invalid("section-error-too-large"));
    }
    let message = edit
        .message
        .as_deref()
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(|m| m.chars().take(500).collect::<String>());
    save_locked(txn, actor, edit, *author, organisations, message).await
}

/// Takes section `id`'s row lock in `txn` (a no-op update): saves of its text, and of its
/// translations, wait here for one another, then each reads what the previous committed.
pub async fn lock(txn: &DatabaseTransaction, id: i32) -> Result<(), sea_orm::DbErr> {
    report_section::Entity::update_many()
        .col_expr(
            report_section::Column::Version,
            Expr::col(report_section::Column::Version),
        )
        .filter(report_section::Column::Id.eq(id))
        .exec(txn)
        .await?;
    Ok(())
}

/// The part of a save that runs holding the section's row lock, inside `txn`.
async fn save_locked(
    txn: &DatabaseTransaction,
    actor: &Actor,
    edit: &Edit,
    author: i32,
    organisations: &[i32],
    message: Option<String>,
) -> Result<SaveOutcome, AppError> {
    lock(txn, edit.section_id).await?;
    let current = report_section::Entity::find_by_id(edit.section_id)
        .one(txn)
        .await?
        .ok_or(AppError::Forbidden)?;
    let context = authorize_edit(txn, actor, &current).await?;
    if edit.base_version < 1 || edit.base_version > current.version {
        return Err(AppError::invalid("section-error-version"));
    }
    let (text, merged) = if current.version == edit.base_version {
        (edit.body.clone(), false)
    } else {
        let base = section_revision::Entity::find()
            .filter(section_revision::Column::SectionId.eq(current.id))
            .filter(section_revision::Column::Version.eq(edit.base_version))
            .one(txn)
            .await?;
        match base.map(|b| three_way(&b.body, &edit.body, &current.body)) {
            Some(Merge::Clean(text)) => (text, true),
            _ => {
                return Ok(SaveOutcome::Conflict {
                    version: current.version,
                    theirs: current.body,
                    ours: edit.body.clone(),
                });
            }
        }
    };
    if text == current.body {
        // Unchanged: nothing to write (committing the no-op lock update changes nothing).
        return Ok(SaveOutcome::Saved {
            version: current.version,
            body: text,
            merged,
        });
    }
    let now = Utc::now();
    let next = current.version + 1;
    let organisation = current
        .assigned_organisation_id
        .filter(|org| organisations.contains(org))
        .or_else(|| organisations.first().copied());
    let mut update = report_section::Entity::update_many()
        .col_expr(report_section::Column::Body, Expr::value(text.clone()))
        .col_expr(report_section::Column::Version, Expr::value(next))
        .col_expr(report_section::Column::UpdatedAt, Expr::value(now));
    if current.status == SectionStatus::NotStarted {
        update = update.col_expr(
            report_section::Column::Status,
            Expr::value(SectionStatus::Drafting),
        );
    }
    update
        .filter(report_section::Column::Id.eq(current.id))
        .filter(report_section::Column::Version.eq(current.version))
        .exec(txn)
        .await?;
    record_revision(
        txn,
        NewRevision {
            section_id: current.id,
            version: next,
            title: &current.title,
            body: &text,
            author: Some(author),
            organisation,
            message,
            proposals: None,
            at: now,
        },
    )
    .await?;
    settle_translations(txn, current.id, next, edit.minor).await?;
    let client = client_info();
    let coalition = Some(context.report.coalition_id);
    // What the author had typed is saved now: their draft has served.
    super::drafts::clear(txn, current.id, author).await?;
    let detail = format!("version {next}{}", if merged { ", merged" } else { "" });
    let entry = audit::Entry {
        actor_user_id: Some(author),
        action: audit::action::SECTION_SAVED,
        subject: Some(&current.title),
        detail: &detail,
        client_address: client.address.as_deref(),
    };
    audit::record_in_coalition(txn, entry, coalition, now).await?;
    Ok(SaveOutcome::Saved {
        version: next,
        body: text,
        merged,
    })
}

/// What a new version of a section's text does to its translations, in the save's
/// transaction: a minor change (a typo, formatting) keeps the current ones current, now based
/// on `version`; any other change makes every translation not yet outdated outdated, still
/// based on the version it was made from (so its translator sees everything that changed).
async fn settle_translations(
    txn: &DatabaseTransaction,
    section_id: i32,
    version: i32,
    minor: bool,
) -> Result<(), sea_orm::DbErr> {
    let update = section_translation::Entity::update_many()
        .filter(section_translation::Column::SectionId.eq(section_id))
        .filter(section_translation::Column::State.ne(TranslationState::Outdated));
    let update = if minor {
        update.col_expr(
            section_translation::Column::SourceVersion,
            Expr::value(version),
        )
    } else {
        update.col_expr(
            section_translation::Column::State,
            Expr::value(TranslationState::Outdated),
        )
    };
    update.exec(txn).await?;
    Ok(())
}
