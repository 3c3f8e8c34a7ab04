//! Each writer's private autosaved draft of a section: what they typed and have not saved,
//! kept on the server so a reload, a crash or another device does not lose it. Only its
//! writer reads it; saving the section (or proposing the text) clears it (server only).

use chrono::Utc;
use entities::section_draft;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::OnConflict,
};

use super::{access::authorized, api::DraftView, save::MAX_BODY_BYTES};
use crate::{
    auth::policy::{Action, Actor},
    error::AppError,
};

/// Keeps `body`, typed on top of version `base_version`, as `actor`'s draft of section `id`
/// (for those who may write or suggest changes to it).
pub async fn autosave(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: i32,
    base_version: i32,
    body: String,
) -> Result<(), AppError> {
    // Writers and those who may propose changes (everyone who may comment).
    let context = authorized(db, actor, id, Action::Comment).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    if body.len() > MAX_BODY_BYTES {
        return Err(AppError::invalid("section-error-too-large"));
    }
    if base_version < 1 || base_version > context.section.version {
        return Err(AppError::invalid("section-error-version"));
    }
    section_draft::Entity::insert(section_draft::ActiveModel {
        section_id: Set(id),
        user_id: Set(user_id),
        base_version: Set(base_version),
        body: Set(body),
        saved_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            section_draft::Column::SectionId,
            section_draft::Column::UserId,
        ])
        .update_columns([
            section_draft::Column::BaseVersion,
            section_draft::Column::Body,
            section_draft::Column::SavedAt,
        ])
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// Removes `user_id`'s draft of section `section_id`, if any.
pub async fn clear(db: &impl ConnectionTrait, section_id: i32, user_id: i32) -> Result<(), DbErr> {
    section_draft::Entity::delete_many()
        .filter(section_draft::Column::SectionId.eq(section_id))
        .filter(section_draft::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// `actor`'s draft of section `id`, dropped by them.
pub async fn discard(db: &impl ConnectionTrait, actor: &Actor, id: i32) -> Result<(), AppError> {
    authorized(db, actor, id, Action::Read).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    Ok(clear(db, id, user_id).await?)
}

/// `user_id`'s draft of section `section_id`, if they left one.
pub async fn draft_of(
    db: &impl ConnectionTrait,
    section_id: i32,
    user_id: i32,
) -> Result<Option<DraftView>, DbErr> {
    Ok(section_draft::Entity::find_by_id((section_id, user_id))
        .one(db)
        .await?
        .map(|d| DraftView {
            base_version: d.base_version,
            body: d.body,
            saved_at: d.saved_at.format("%Y-%m-%d %H:%M").to_string(),
        }))
}
