//! Server functions and DTOs for reading and writing a section.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::ApiError,
    states::{Language, SectionStatus, TranslationState},
};

/// A language the section's report is translated into, and how its translation stands
/// (`None`: missing).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationLink {
    pub language: Language,
    pub state: Option<TranslationState>,
}

/// A section as the editor shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionView {
    pub id: i32,
    pub report_id: i32,
    pub report_title: String,
    pub title: String,
    /// Markdown source.
    pub body: String,
    /// `body` rendered as safe HTML, for the first preview.
    pub html: String,
    /// The version `body` is; saves name it as their base.
    pub version: i32,
    /// Words of `body`, body text and notes apart.
    pub words: WordCount,
    pub status: SectionStatus,
    pub organisation: Option<String>,
    /// Organisations writing with the lead organisation.
    pub contributors: Vec<String>,
    pub lead_editor: Option<String>,
    /// `YYYY-MM-DD`.
    pub due_date: Option<String>,
    pub word_budget: Option<i32>,
    /// Coordination notes, for coordinators and the section's writers only.
    pub notes: Option<String>,
    /// Whether the viewer may change the text.
    pub can_edit: bool,
    /// Whether the viewer may propose changes instead (reviewers, other organisations).
    pub can_suggest: bool,
    /// Statuses the viewer may move the section to.
    pub next_statuses: Vec<SectionStatus>,
    /// The viewer's own unsaved draft, if they left one.
    pub draft: Option<DraftView>,
    /// The viewer's user id (to leave them out of "who else is here").
    pub viewer_id: i32,
    /// The report's other languages with this section's translation into each.
    pub translations: Vec<TranslationLink>,
}

/// A writer's autosaved, unsaved text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftView {
    /// The version it was typed on top of.
    pub base_version: i32,
    pub body: String,
    /// UTC, `YYYY-MM-DD HH:MM`.
    pub saved_at: String,
}

/// What happened to a save.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SaveOutcome {
    /// Saved as `version` (`merged` when combined with someone else's save in between); `body`
    /// is the text now stored.
    Saved {
        version: i32,
        body: String,
        merged: bool,
    },
    /// Someone else changed the same paragraphs; nothing was saved. `theirs` is the stored
    /// text at `version`, `ours` what was submitted.
    Conflict {
        version: i32,
        theirs: String,
        ours: String,
    },
}

/// One saved version of a section, as the history lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionRow {
    pub version: i32,
    /// Display name of who saved it (`None` for text that predates revisions).
    pub author: Option<String>,
    /// Short name of the organisation it was saved for.
    pub organisation: Option<String>,
    /// UTC, `YYYY-MM-DD HH:MM`.
    pub saved_at: String,
    pub words: i64,
    pub message: Option<String>,
}

/// Whether a run of words is in both versions, only in the newer or only in the older.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    Same,
    Added,
    Removed,
}

/// A run of words that two versions share or that one of them lacks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffPart {
    pub kind: DiffKind,
    pub text: String,
}

/// One section, if the viewer's coalition owns it.
#[server(endpoint = "section")]
pub async fn section(id: i32) -> Result<SectionView, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::section_view(&db, &actor, id).await?)
}

/// Saves the section's text, based on `base_version` (see [`SaveOutcome`]). A `minor` change
/// (a ticked box: a typo or formatting) keeps the section's translations current.
#[server(endpoint = "save_section")]
pub async fn save_section(
    id: i32,
    base_version: i32,
    body: String,
    #[server(default)] message: String,
    #[server(default)] minor: Option<String>,
) -> Result<SaveOutcome, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let edit = super::save::Edit {
        section_id: id,
        base_version,
        body,
        message: Some(message),
        minor: minor.is_some(),
    };
    Ok(super::save::save(&db, &actor, edit).await?)
}

/// Markdown rendered for the preview, with its words counted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    /// Safe HTML: raw HTML and dangerous links removed.
    pub html: String,
    pub words: WordCount,
}

/// `markdown` rendered as the report will show it, and its words (body and notes apart).
#[server(endpoint = "preview_markdown")]
pub async fn preview_markdown(markdown: String) -> Result<Preview, ApiError> {
    let (_, actor) = crate::auth::visibility::db_and_actor().await?;
    // Signed-in people only: rendering is cheap but not free.
    crate::auth::visibility::Visibility::of(&actor)?;
    if markdown.len() > super::save::MAX_BODY_BYTES {
        return Err(crate::error::AppError::invalid("section-error-too-large").into());
    }
    Ok(Preview {
        html: shadowdesk_text::markdown::to_safe_html(&markdown),
        words: super::words::count(&markdown),
    })
}

/// Moves a section along its review workflow: `in_review` (writers send it), `drafting`
/// (take it back, or a coordinator reopens it), `approved` (coordinators; locks it).
#[server(endpoint = "change_section_status")]
pub async fn change_section_status(id: i32, status: String) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::status::change(&db, &actor, id, &status).await?)
}

/// Keeps the viewer's unsaved text of a section as their private draft.
#[server(endpoint = "autosave_draft")]
pub async fn autosave_draft(id: i32, base_version: i32, body: String) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::drafts::autosave(&db, &actor, id, base_version, body).await?)
}

/// Drops the viewer's draft of a section.
#[server(endpoint = "discard_draft")]
pub async fn discard_draft(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::drafts::discard(&db, &actor, id).await?)
}

/// Every revision of a section, newest first.
#[server(endpoint = "section_history")]
pub async fn section_history(id: i32) -> Result<Vec<RevisionRow>, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::history::revisions(&db, &actor, id).await?)
}

/// What changed from version `from` to version `to`, word by word.
#[server(endpoint = "revision_diff")]
pub async fn revision_diff(id: i32, from: i32, to: i32) -> Result<Vec<DiffPart>, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::history::diff(&db, &actor, id, from, to).await?)
}

/// Makes version `version`'s text the newest version again (a new revision; merged like any
/// save if someone saved meanwhile).
#[server(endpoint = "restore_revision")]
pub async fn restore_revision(id: i32, version: i32) -> Result<SaveOutcome, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let (body, current) = super::history::restorable(&db, &actor, id, version).await?;
    let edit = super::save::Edit {
        section_id: id,
        base_version: current,
        body,
        message: Some(format!("restored version {version}")),
        minor: false,
    };
    Ok(super::save::save(&db, &actor, edit).await?)
}

/// Words in the body text and in the notes of a piece of Markdown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordCount {
    pub body: i64,
    pub notes: i64,
}

impl WordCount {
    /// Body and notes together.
    pub fn total(self) -> i64 {
        self.body + self.notes
    }
}

impl std::ops::Add for WordCount {
    type Output = WordCount;

    fn add(self, other: WordCount) -> WordCount {
        WordCount {
            body: self.body + other.body,
            notes: self.notes + other.notes,
        }
    }
}

impl std::iter::Sum for WordCount {
    fn sum<I: Iterator<Item = WordCount>>(iter: I) -> WordCount {
        iter.fold(WordCount::default(), |a, b| a + b)
    }
}

/// Someone who has the section open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentPerson {
    pub user_id: i32,
    pub name: String,
    pub organisation: Option<String>,
}

/// Who has a section open and its current version: what the live connection sends.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresenceSnapshot {
    pub people: Vec<PresentPerson>,
    pub version: i32,
}

/// Proposes `body` as the new text of section `section_id`, written against `base_version`.
/// Returns the suggestion's id.
#[server(endpoint = "suggest_edit")]
pub async fn suggest_edit(
    section_id: i32,
    base_version: i32,
    body: String,
    #[server(default)] message: String,
) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let proposal = super::suggest::Proposal {
        section_id,
        base_version,
        body,
        message,
    };
    Ok(super::suggest::propose(&db, &actor, proposal).await?)
}
