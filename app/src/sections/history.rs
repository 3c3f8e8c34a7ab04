//! A section's revisions: the list, a word-level comparison of any two, and restoring one
//! (which is itself a new save, merged like any other) (server only).

use chrono::{DateTime, Utc};
use entities::{report_section, section_revision};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, QueryOrder,
};
use similar::{ChangeTag, TextDiff};

use super::api::{DiffKind, DiffPart, RevisionRow};
use super::words;
use crate::{auth::policy::Actor, error::AppError};

/// A revision to record: the section's title and text at `version`, who wrote it and why.
pub struct NewRevision<'a> {
    pub section_id: i32,
    pub version: i32,
    pub title: &'a str,
    pub body: &'a str,
    pub author: Option<i32>,
    pub organisation: Option<i32>,
    pub message: Option<String>,
    /// The section's proposals as they stand (JSON), when this revision changes them.
    pub proposals: Option<String>,
    pub at: DateTime<Utc>,
}

/// Records `revision`: every save, restore, import and new section goes through here.
pub async fn record_revision(
    db: &impl ConnectionTrait,
    revision: NewRevision<'_>,
) -> Result<(), DbErr> {
    section_revision::ActiveModel {
        section_id: Set(revision.section_id),
        version: Set(revision.version),
        title: Set(revision.title.to_string()),
        body: Set(revision.body.to_string()),
        author_user_id: Set(revision.author),
        organisation_id: Set(revision.organisation),
        message: Set(revision.message),
        proposals: Set(revision.proposals),
        created_at: Set(revision.at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Revision 1 of a new section: saves based on version 1 merge against it.
pub async fn first_revision(
    db: &impl ConnectionTrait,
    section: &report_section::Model,
) -> Result<(), DbErr> {
    record_revision(
        db,
        NewRevision {
            section_id: section.id,
            version: 1,
            title: &section.title,
            body: &section.body,
            author: None,
            organisation: section.assigned_organisation_id,
            message: None,
            proposals: None,
            at: section.created_at,
        },
    )
    .await
}

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
    let people = crate::directory::display_names(
        db,
        revisions.iter().filter_map(|r| r.author_user_id).collect(),
    )
    .await?;
    let organisations = crate::directory::short_names(
        db,
        revisions.iter().filter_map(|r| r.organisation_id).collect(),
    )
    .await?;
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
    let (old, new) = (words_with_spaces(old), words_with_spaces(new));
    let mut parts: Vec<DiffPart> = Vec::new();
    for change in TextDiff::from_slices(&old, &new).iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => DiffKind::Same,
            ChangeTag::Insert => DiffKind::Added,
            ChangeTag::Delete => DiffKind::Removed,
        };
        match parts.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => parts.push(DiffPart {
                kind,
                text: change.value().to_string(),
            }),
        }
    }
    parts
}

/// `text` cut into words, each with the spaces after it (leading spaces stand alone), so a
/// changed passage reads as one removed run and one added run rather than word by word.
fn words_with_spaces(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (index, c) in text.char_indices() {
        let space = c.is_whitespace();
        if !space && in_space && index > start {
            tokens.push(&text[start..index]);
            start = index;
        }
        in_space = space;
    }
    if start < text.len() {
        tokens.push(&text[start..]);
    }
    tokens
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
    use super::{DiffKind, word_diff};

    #[test]
    fn word_diffs_mark_what_was_added_and_removed() {
        let parts = word_diff(
            "The State should ratify the Protocol.",
            "The State must ratify the Optional Protocol.",
        );
        let added: String = parts
            .iter()
            .filter(|p| p.kind == DiffKind::Added)
            .map(|p| p.text.as_str())
            .collect();
        let removed: String = parts
            .iter()
            .filter(|p| p.kind == DiffKind::Removed)
            .map(|p| p.text.as_str())
            .collect();
        assert!(
            added.contains("must") && added.contains("Optional"),
            "{parts:?}"
        );
        assert!(removed.contains("should"), "{parts:?}");
        let same: String = parts
            .iter()
            .filter(|p| p.kind != DiffKind::Added)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(same, "The State should ratify the Protocol.");
    }

    #[test]
    fn a_rewritten_passage_is_one_removed_run_and_one_added_run() {
        let parts = word_diff(
            "Monitors saw lawyers denied meetings. End.",
            "Monitors attended 212 hearings in 2025. End.",
        );
        let kinds: Vec<(DiffKind, &str)> =
            parts.iter().map(|p| (p.kind, p.text.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (DiffKind::Same, "Monitors "),
                (DiffKind::Removed, "saw lawyers denied meetings. "),
                (DiffKind::Added, "attended 212 hearings in 2025. "),
                (DiffKind::Same, "End."),
            ]
        );
        assert!(word_diff("", "").is_empty());
    }
}
