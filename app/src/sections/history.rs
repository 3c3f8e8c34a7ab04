//! A section's revisions: the list, a word-level comparison of any two, and restoring one
//! (which is itself a new save, merged like any other) (server only).

use std::collections::HashMap;

use entities::{organisation, report_section, section_revision, user};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use similar::{ChangeTag, TextDiff};

use super::api::{DiffPart, RevisionRow};
use super::words;
use crate::{auth::policy::Actor, error::AppError};

/// Every revision of section `id`, newest first (readers of the section only).
pub async fn revisions(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<Vec<RevisionRow>, AppError> {
    super::server::section_view(db, actor, id).await?;
    let revisions = section_revision::Entity::find()
        .filter(section_revision::Column::SectionId.eq(id))
        .order_by_desc(section_revision::Column::Version)
        .all(db)
        .await?;
    let people: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(revisions.iter().filter_map(|r| r.author_user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let organisations: HashMap<i32, String> = organisation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.short_name))
        .collect();
    Ok(revisions
        .into_iter()
        .map(|r| RevisionRow {
            version: r.version,
            author: r.author_user_id.and_then(|a| people.get(&a).cloned()),
            organisation: r
                .organisation_id
                .and_then(|o| organisations.get(&o).cloned()),
            saved_at: r.created_at.format("%Y-%m-%d %H:%M").to_string(),
            words: words::count(&r.body).total(),
            message: r.message,
        })
        .collect())
}

async fn body_at(db: &DatabaseConnection, id: i32, version: i32) -> Result<String, AppError> {
    section_revision::Entity::find()
        .filter(section_revision::Column::SectionId.eq(id))
        .filter(section_revision::Column::Version.eq(version))
        .one(db)
        .await?
        .map(|r| r.body)
        .ok_or_else(|| AppError::invalid("section-error-version"))
}

/// What changed between versions `from` and `to` of section `id`, word by word.
pub async fn diff(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    from: i32,
    to: i32,
) -> Result<Vec<DiffPart>, AppError> {
    super::server::section_view(db, actor, id).await?;
    let old = body_at(db, id, from).await?;
    let new = body_at(db, id, to).await?;
    Ok(word_diff(&old, &new))
}

/// Word-level differences between `old` and `new`, adjacent parts of one kind joined.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPart> {
    let mut parts: Vec<DiffPart> = Vec::new();
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => "same",
            ChangeTag::Insert => "added",
            ChangeTag::Delete => "removed",
        };
        match parts.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => parts.push(DiffPart {
                kind: kind.to_string(),
                text: change.value().to_string(),
            }),
        }
    }
    parts
}

/// The text of version `version` of section `id` (readers only), to save again as the newest
/// version, and the section's current version.
pub async fn restorable(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    version: i32,
) -> Result<(String, i32), AppError> {
    super::server::section_view(db, actor, id).await?;
    let current = report_section::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    Ok((body_at(db, id, version).await?, current.version))
}

#[cfg(test)]
mod tests {
    use super::word_diff;

    #[test]
    fn word_diffs_mark_what_was_added_and_removed() {
        let parts = word_diff(
            "The State should ratify the Protocol.",
            "The State must ratify the Optional Protocol.",
        );
        let added: String = parts
            .iter()
            .filter(|p| p.kind == "added")
            .map(|p| p.text.as_str())
            .collect();
        let removed: String = parts
            .iter()
            .filter(|p| p.kind == "removed")
            .map(|p| p.text.as_str())
            .collect();
        assert!(
            added.contains("must") && added.contains("Optional"),
            "{parts:?}"
        );
        assert!(removed.contains("should"), "{parts:?}");
        let same: String = parts
            .iter()
            .filter(|p| p.kind != "added")
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(same, "The State should ratify the Protocol.");
    }
}
