//! Server functions and DTOs for comments and suggested edits.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{error::ApiError, sections::api::DiffPart, states::SuggestionStatus};

/// What deciding on a suggestion did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    /// Merged into the text as `version`.
    Accepted {
        version: i32,
    },
    Rejected,
    /// The text changed meanwhile in the same paragraphs: nothing was changed and the
    /// suggestion stays open.
    Conflict,
}

/// One comment in a thread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: i32,
    pub author: Option<String>,
    pub organisation: Option<String>,
    pub body: String,
    /// UTC, `YYYY-MM-DD HH:MM`.
    pub created_at: String,
}

/// A thread: the passage it is about, its comments in order, and whether it is resolved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadView {
    /// The id of its first comment.
    pub id: i32,
    pub quote: String,
    pub comments: Vec<CommentView>,
    pub resolved: bool,
    pub resolved_by: Option<String>,
    /// The viewer may resolve or reopen it (its author, the section's writers, coordinators).
    pub can_resolve: bool,
}

/// A suggested edit and what it changes against the version it was written on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuggestionView {
    pub id: i32,
    pub author: Option<String>,
    pub organisation: Option<String>,
    pub message: String,
    pub base_version: i32,
    /// UTC, `YYYY-MM-DD HH:MM`.
    pub created_at: String,
    pub status: SuggestionStatus,
    pub changes: Vec<DiffPart>,
    pub result_version: Option<i32>,
}

/// Everything under review on a section, and what the viewer may do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewView {
    pub threads: Vec<ThreadView>,
    pub suggestions: Vec<SuggestionView>,
    /// May comment (reviewers, editors, coordinators).
    pub can_comment: bool,
    /// May propose changes (who may comment but not write it; the section must be open).
    pub can_suggest: bool,
    /// May accept or reject suggestions (the section's writers and coordinators).
    pub can_decide: bool,
}

/// The threads and suggestions of section `id`.
#[server(endpoint = "section_review")]
pub async fn section_review(id: i32) -> Result<ReviewView, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::review(&db, &actor, id).await?)
}

/// Starts a thread on section `section_id` (about `quote`, if given) or, with `reply_to`,
/// answers one. Returns the comment's id.
#[server(endpoint = "add_comment")]
pub async fn add_comment(
    section_id: i32,
    body: String,
    #[server(default)] quote: String,
    #[server(default)] reply_to: i32,
) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let comment = super::comments::NewComment {
        section_id,
        body,
        quote,
        reply_to: (reply_to > 0).then_some(reply_to),
    };
    Ok(super::comments::add(&db, &actor, comment).await?)
}

/// Resolves (or, with `resolved` false, reopens) the thread that comment `id` starts.
#[server(endpoint = "resolve_thread")]
pub async fn resolve_thread(id: i32, resolved: bool) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::comments::resolve(&db, &actor, id, resolved).await?)
}

/// Accepts (merged into the text like any save; a conflict changes nothing) or rejects
/// suggestion `id`.
#[server(endpoint = "decide_suggestion")]
pub async fn decide_suggestion(id: i32, accept: bool) -> Result<Decision, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::suggestions::decide(&db, &actor, id, accept).await?)
}
