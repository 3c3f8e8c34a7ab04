//! Who has a section open, kept in the database so every app server sees the same: a live
//! connection refreshes its person's mark every few seconds, and marks older than
//! [`FRESH_SECONDS`] no longer count (server only).

use chrono::{DateTime, Duration, Utc};
use entities::{organisation, organisation_member, report_section, section_presence, user};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::OnConflict,
};

use super::api::{PresenceSnapshot, PresentPerson};

/// A mark older than this many seconds means the person has gone.
pub const FRESH_SECONDS: i64 = 20;
/// How often a live connection refreshes its mark and looks for changes, in seconds.
pub const BEAT_SECONDS: u64 = 5;

/// Marks `user_id` as in section `section_id` at `now`.
pub async fn touch(
    db: &impl ConnectionTrait,
    section_id: i32,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    section_presence::Entity::insert(section_presence::ActiveModel {
        section_id: Set(section_id),
        user_id: Set(user_id),
        seen_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            section_presence::Column::SectionId,
            section_presence::Column::UserId,
        ])
        .update_column(section_presence::Column::SeenAt)
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// Removes `user_id`'s mark on section `section_id` (their connection ended).
pub async fn leave(db: &impl ConnectionTrait, section_id: i32, user_id: i32) -> Result<(), DbErr> {
    section_presence::Entity::delete_many()
        .filter(section_presence::Column::SectionId.eq(section_id))
        .filter(section_presence::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Who is in section `section_id` at `now` (by name, with an organisation), and its version.
pub async fn snapshot(
    db: &impl ConnectionTrait,
    section_id: i32,
    now: DateTime<Utc>,
) -> Result<PresenceSnapshot, DbErr> {
    let since = now - Duration::seconds(FRESH_SECONDS);
    let marks = section_presence::Entity::find()
        .filter(section_presence::Column::SectionId.eq(section_id))
        .filter(section_presence::Column::SeenAt.gte(since))
        .all(db)
        .await?;
    let ids: Vec<i32> = marks.iter().map(|m| m.user_id).collect();
    let users = user::Entity::find()
        .filter(user::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?;
    let memberships = organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.is_in(ids))
        .all(db)
        .await?;
    let organisations = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(memberships.iter().map(|m| m.organisation_id)))
        .all(db)
        .await?;
    let mut people: Vec<PresentPerson> = users
        .into_iter()
        .map(|u| PresentPerson {
            organisation: memberships
                .iter()
                .find(|m| m.user_id == u.id)
                .and_then(|m| organisations.iter().find(|o| o.id == m.organisation_id))
                .map(|o| o.short_name.clone()),
            user_id: u.id,
            name: u.display_name,
        })
        .collect();
    people.sort_by(|a, b| a.name.cmp(&b.name));
    let version = report_section::Entity::find_by_id(section_id)
        .one(db)
        .await?
        .map_or(0, |s| s.version);
    Ok(PresenceSnapshot { people, version })
}
