//! Changing a report's outline — add, move, remove to the bin, restore — each in one
//! transaction that holds the report's row lock, so two coordinators' changes queue rather
//! than interleave (server only).

use chrono::Utc;
use entities::{report, report_section};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait, QueryFilter, sea_query::Expr,
};

use super::tree::{Direction, MoveError, Outline, Place};
use crate::{
    auth::{audit, policy::Actor},
    error::AppError,
    profiles::template::{MAX_DEPTH, MAX_TITLE_CHARS},
    report_access as access,
    sections::history::first_revision,
    states::SectionStatus,
    transaction::finish,
};

/// Every section of report `report_id`, removed ones included.
pub async fn sections_of(
    db: &impl ConnectionTrait,
    report_id: i32,
) -> Result<Vec<report_section::Model>, AppError> {
    Ok(report_section::Entity::find()
        .filter(report_section::Column::ReportId.eq(report_id))
        .all(db)
        .await?)
}

/// The visible outline of `sections`: not in the bin, and not under a section in the bin.
pub fn visible_outline(sections: &[report_section::Model]) -> Outline {
    let present = Outline::new(
        sections
            .iter()
            .filter(|s| s.removed_at.is_none())
            .map(|s| Place {
                id: s.id,
                parent: s.parent_id,
                position: s.position,
            })
            .collect(),
    );
    let reachable: Vec<i32> = present
        .reading_order()
        .into_iter()
        .map(|(id, ..)| id)
        .collect();
    Outline::new(
        sections
            .iter()
            .filter(|s| reachable.contains(&s.id))
            .map(|s| Place {
                id: s.id,
                parent: s.parent_id,
                position: s.position,
            })
            .collect(),
    )
}

/// Takes the report's row lock for the rest of `txn` (a no-op update) and refuses a
/// submitted report.
pub(crate) async fn lock_report(
    txn: &DatabaseTransaction,
    report_id: i32,
) -> Result<report::Model, AppError> {
    report::Entity::update_many()
        .col_expr(report::Column::Version, Expr::col(report::Column::Version))
        .filter(report::Column::Id.eq(report_id))
        .exec(txn)
        .await?;
    let report = report::Entity::find_by_id(report_id)
        .one(txn)
        .await?
        .ok_or(AppError::Forbidden)?;
    access::ensure_open(&report)?;
    Ok(report)
}

async fn write_places(txn: &DatabaseTransaction, places: &[Place]) -> Result<(), AppError> {
    for place in places {
        report_section::Entity::update_many()
            .col_expr(report_section::Column::ParentId, Expr::value(place.parent))
            .col_expr(
                report_section::Column::Position,
                Expr::value(place.position),
            )
            .filter(report_section::Column::Id.eq(place.id))
            .exec(txn)
            .await?;
    }
    Ok(())
}

fn move_error(error: MoveError) -> AppError {
    AppError::invalid(error.message_key())
}

/// Checks a section title: 1 to 200 characters after trimming.
pub fn valid_title(title: &str) -> Result<String, AppError> {
    let title = title.trim();
    if title.is_empty() || title.chars().count() > MAX_TITLE_CHARS {
        return Err(AppError::invalid("section-error-title"));
    }
    Ok(title.to_string())
}

/// The report section `id` belongs to, for someone who manages that report.
async fn managed_section(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<(report::Model, report_section::Model), AppError> {
    let section = report_section::Entity::find_by_id(id).one(db).await?;
    let report_id = section.as_ref().map_or(0, |s| s.report_id);
    let report = access::managed(db, actor, report_id).await?;
    let section = section.ok_or(AppError::Forbidden)?;
    Ok((report, section))
}

/// Adds a section titled `title` at the end of `parent`'s children (top level for `None`).
/// Returns its id.
pub async fn add(
    db: &DatabaseConnection,
    actor: &Actor,
    report_id: i32,
    parent: Option<i32>,
    title: &str,
) -> Result<i32, AppError> {
    let report = access::managed(db, actor, report_id).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let title = valid_title(title)?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        lock_report(&txn, report.id).await?;
        let outline = visible_outline(&sections_of(&txn, report.id).await?);
        if let Some(parent) = parent {
            if !outline.reading_order().iter().any(|(id, ..)| *id == parent) {
                return Err(move_error(MoveError::Unknown));
            }
            if outline.depth(parent) >= MAX_DEPTH {
                return Err(move_error(MoveError::TooDeep));
            }
        }
        let position = i32::try_from(outline.children(parent).len()).unwrap_or(i32::MAX);
        let now = Utc::now();
        let section = report_section::ActiveModel {
            report_id: Set(report.id),
            parent_id: Set(parent),
            position: Set(position),
            title: Set(title.clone()),
            body: Set(String::new()),
            status: Set(SectionStatus::NotStarted),
            coordination_notes: Set(String::new()),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        first_revision(&txn, &section).await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::SECTION_ADDED,
            &title,
            &report.title,
            Some(report.coalition_id),
        )
        .await?;
        Ok(section.id)
    }
    .await;
    finish(txn, result).await
}

/// Where a section should go.
#[derive(Clone, Copy, Debug)]
pub enum Destination {
    /// One step in a direction.
    Step(Direction),
    /// Under `parent` (top level for `None`) at `index` among the siblings (drag and drop).
    At { parent: Option<i32>, index: usize },
}

/// Moves section `id` (with its subsections) to `destination` (`None`: a direction that
/// does not exist, refused once the caller is known to be allowed to move sections).
pub async fn relocate(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    destination: Option<Destination>,
) -> Result<(), AppError> {
    let (report, section) = managed_section(db, actor, id).await?;
    let destination = destination.ok_or_else(|| AppError::invalid("outline-error-direction"))?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        lock_report(&txn, report.id).await?;
        let mut outline = visible_outline(&sections_of(&txn, report.id).await?);
        let (parent, index) = match destination {
            Destination::Step(direction) => outline.target(id, direction).map_err(move_error)?,
            Destination::At { parent, index } => (parent, index),
        };
        let changed = outline.place(id, parent, index).map_err(move_error)?;
        write_places(&txn, &changed).await?;
        let number = outline
            .reading_order()
            .into_iter()
            .find(|(s, ..)| *s == id)
            .map(|(_, _, n)| n)
            .unwrap_or_default();
        audit::record_action(
            &txn,
            user_id,
            audit::action::SECTION_MOVED,
            &section.title,
            &format!("now {number}"),
            Some(report.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

/// Puts section `id` (and what is under it) in the bin; its text and history are kept.
pub async fn remove(db: &DatabaseConnection, actor: &Actor, id: i32) -> Result<(), AppError> {
    let (report, section) = managed_section(db, actor, id).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        lock_report(&txn, report.id).await?;
        let mut outline = visible_outline(&sections_of(&txn, report.id).await?);
        let changed = outline.remove(id).map_err(move_error)?;
        write_places(&txn, &changed).await?;
        report_section::Entity::update_many()
            .col_expr(
                report_section::Column::RemovedAt,
                Expr::value(Some(Utc::now())),
            )
            .col_expr(
                report_section::Column::RemovedBy,
                Expr::value(Some(user_id)),
            )
            .filter(report_section::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::SECTION_REMOVED,
            &section.title,
            &report.title,
            Some(report.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

/// Takes section `id` out of the bin: back under its parent if that is still in the outline
/// and the depth allows, otherwise at the top level; last among its new siblings.
pub async fn restore(db: &DatabaseConnection, actor: &Actor, id: i32) -> Result<(), AppError> {
    let (report, section) = managed_section(db, actor, id).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    if section.removed_at.is_none() {
        return Err(AppError::invalid("outline-error-not-removed"));
    }
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        lock_report(&txn, report.id).await?;
        let mut sections = sections_of(&txn, report.id).await?;
        let before = visible_outline(&sections);
        let parent = section
            .parent_id
            .filter(|p| before.reading_order().iter().any(|(id, ..)| id == p));
        // Bring it (and its subtree) back into view, then place it.
        for s in sections.iter_mut().filter(|s| s.id == id) {
            s.removed_at = None;
            s.parent_id = parent;
            s.position = i32::MAX;
        }
        let mut outline = visible_outline(&sections);
        let at_end = |o: &Outline, p: Option<i32>| o.children(p).len();
        let changed = match outline.place(id, parent, at_end(&outline, parent)) {
            Ok(changed) => changed,
            Err(MoveError::TooDeep) => outline
                .place(id, None, at_end(&outline, None))
                .map_err(move_error)?,
            Err(other) => return Err(move_error(other)),
        };
        write_places(&txn, &changed).await?;
        report_section::Entity::update_many()
            .col_expr(
                report_section::Column::RemovedAt,
                Expr::value(Option::<chrono::DateTime<Utc>>::None),
            )
            .col_expr(
                report_section::Column::RemovedBy,
                Expr::value(Option::<i32>::None),
            )
            .filter(report_section::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::SECTION_RESTORED,
            &section.title,
            &report.title,
            Some(report.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}
