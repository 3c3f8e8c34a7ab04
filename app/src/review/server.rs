//! Reading a section's review: threads with their comments, suggestions with their changes,
//! and counts of what is still open per section (server only).

use std::collections::HashMap;

use entities::{section_comment, section_revision, section_suggestion};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use super::api::{CommentView, ReviewView, SuggestionView, ThreadView};
use crate::{
    auth::policy::{Action, Actor, can},
    directory,
    error::AppError,
    sections::{access::authorized, history::word_diff, save::ensure_writable},
    states::SuggestionStatus,
};

fn stamp(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

/// Section `id`'s threads (open ones first) and suggestions (open ones first).
pub async fn review(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<ReviewView, AppError> {
    let context = authorized(db, actor, id, Action::Read).await?;
    let resource = context.resource();
    let writes = can(actor, Action::Edit, resource);
    let comments = can(actor, Action::Comment, resource);
    let open = ensure_writable(&context.section).is_ok()
        && crate::report_access::ensure_open(&context.report).is_ok();
    let all = section_comment::Entity::find()
        .filter(section_comment::Column::SectionId.eq(id))
        .order_by_asc(section_comment::Column::CreatedAt)
        .order_by_asc(section_comment::Column::Id)
        .all(db)
        .await?;
    let suggestions = section_suggestion::Entity::find()
        .filter(section_suggestion::Column::SectionId.eq(id))
        .order_by_desc(section_suggestion::Column::CreatedAt)
        .all(db)
        .await?;
    let people = directory::display_names(
        db,
        all.iter()
            .flat_map(|c| [c.author_user_id, c.resolved_by])
            .chain(suggestions.iter().map(|s| s.author_user_id))
            .flatten()
            .collect(),
    )
    .await?;
    let organisations = directory::short_names(
        db,
        all.iter()
            .map(|c| c.organisation_id)
            .chain(suggestions.iter().map(|s| s.organisation_id))
            .flatten()
            .collect(),
    )
    .await?;
    let person = |id: Option<i32>| id.and_then(|i| people.get(&i).cloned());
    let org = |id: Option<i32>| id.and_then(|i| organisations.get(&i).cloned());
    let viewer = actor.user_id();
    let mut threads: Vec<ThreadView> = all
        .iter()
        .filter(|c| c.parent_id.is_none())
        .map(|first| ThreadView {
            id: first.id,
            quote: first.quote.clone(),
            comments: all
                .iter()
                .filter(|c| c.id == first.id || c.parent_id == Some(first.id))
                .map(|c| CommentView {
                    id: c.id,
                    author: person(c.author_user_id),
                    organisation: org(c.organisation_id),
                    body: c.body.clone(),
                    created_at: stamp(c.created_at),
                })
                .collect(),
            resolved: first.resolved_at.is_some(),
            resolved_by: person(first.resolved_by),
            can_resolve: writes || (viewer.is_some() && first.author_user_id == viewer),
        })
        .collect();
    threads.sort_by_key(|t| t.resolved);

    let bases: HashMap<i32, String> = section_revision::Entity::find()
        .filter(section_revision::Column::SectionId.eq(id))
        .filter(section_revision::Column::Version.is_in(suggestions.iter().map(|s| s.base_version)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.version, r.body))
        .collect();
    let mut suggestions: Vec<SuggestionView> = suggestions
        .into_iter()
        .map(|s| SuggestionView {
            id: s.id,
            author: person(s.author_user_id),
            organisation: org(s.organisation_id),
            changes: word_diff(
                bases.get(&s.base_version).map_or("", String::as_str),
                &s.body,
            ),
            message: s.message,
            base_version: s.base_version,
            created_at: stamp(s.created_at),
            status: s.status,
            result_version: s.result_version,
        })
        .collect();
    suggestions.sort_by_key(|s| s.status != SuggestionStatus::Open);
    Ok(ReviewView {
        threads,
        suggestions,
        can_comment: comments && !context.is_removed(),
        can_suggest: comments && !writes && open,
        can_decide: writes && open,
    })
}

/// Unresolved threads and open suggestions per section of `section_ids`.
pub async fn open_counts(
    db: &impl ConnectionTrait,
    section_ids: &[i32],
) -> Result<HashMap<i32, (i64, i64)>, AppError> {
    let mut counts: HashMap<i32, (i64, i64)> = HashMap::new();
    let threads = section_comment::Entity::find()
        .filter(section_comment::Column::SectionId.is_in(section_ids.iter().copied()))
        .filter(section_comment::Column::ParentId.is_null())
        .filter(section_comment::Column::ResolvedAt.is_null())
        .all(db)
        .await?;
    for thread in threads {
        counts.entry(thread.section_id).or_default().0 += 1;
    }
    let suggestions = section_suggestion::Entity::find()
        .filter(section_suggestion::Column::SectionId.is_in(section_ids.iter().copied()))
        .filter(section_suggestion::Column::Status.eq(SuggestionStatus::Open))
        .all(db)
        .await?;
    for suggestion in suggestions {
        counts.entry(suggestion.section_id).or_default().1 += 1;
    }
    Ok(counts)
}
