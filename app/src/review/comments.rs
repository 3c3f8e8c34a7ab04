//! Adding comments and replies, resolving and reopening threads (server only).

use chrono::Utc;
use entities::section_comment;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    sea_query::Expr,
};

use crate::{
    auth::{
        audit,
        policy::{Action, Actor, can},
        visibility::authorize,
    },
    error::AppError,
    sections::access::{Commenter, authorized, commenter},
};

/// The longest comment accepted, in characters.
pub const MAX_COMMENT_CHARS: usize = 10_000;
/// The longest quoted passage kept, in characters.
pub const MAX_QUOTE_CHARS: usize = 1_000;

/// A comment to add.
#[derive(Clone, Debug)]
pub struct NewComment {
    pub section_id: i32,
    pub body: String,
    /// The passage a new thread is about (ignored for replies).
    pub quote: String,
    /// The thread to answer (its first comment's id).
    pub reply_to: Option<i32>,
}

/// Adds `comment` for someone who may comment on the section; returns its id.
pub async fn add(
    db: &DatabaseConnection,
    actor: &Actor,
    comment: NewComment,
) -> Result<i32, AppError> {
    let (context, writer) = commenter(db, actor, comment.section_id).await?;
    if context.is_removed() {
        return Err(AppError::invalid("section-error-removed"));
    }
    let body = comment.body.trim().to_string();
    if body.is_empty() || body.chars().count() > MAX_COMMENT_CHARS {
        return Err(AppError::invalid("comment-error-body"));
    }
    let quote = comment.quote.trim().to_string();
    if quote.chars().count() > MAX_QUOTE_CHARS {
        return Err(AppError::invalid("comment-error-quote"));
    }
    if let Some(thread) = comment.reply_to {
        let first = section_comment::Entity::find_by_id(thread).one(db).await?;
        if !first.is_some_and(|f| f.section_id == comment.section_id && f.parent_id.is_none()) {
            return Err(AppError::invalid("comment-error-thread"));
        }
    }
    let Commenter {
        user_id: author,
        organisation,
    } = writer;
    let action = audit::action::COMMENT_ADDED;
    context
        .write_audited(db, author, action, move |txn| {
            Box::pin(async move {
                let inserted = section_comment::ActiveModel {
                    section_id: Set(comment.section_id),
                    parent_id: Set(comment.reply_to),
                    author_user_id: Set(Some(author)),
                    organisation_id: Set(organisation),
                    quote: Set(if comment.reply_to.is_some() {
                        String::new()
                    } else {
                        quote
                    }),
                    body: Set(body),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
                Ok(inserted.id)
            })
        })
        .await
}

/// Resolves or reopens the thread `id` starts: its author, the section's writers and
/// coordinators may.
pub async fn resolve(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    resolved: bool,
) -> Result<(), AppError> {
    let first = section_comment::Entity::find_by_id(id).one(db).await?;
    let section_id = first.as_ref().map_or(0, |c| c.section_id);
    let context = authorized(db, actor, section_id, Action::Read).await?;
    let first = first.ok_or(AppError::Forbidden)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let is_author = first.author_user_id == Some(user_id);
    if !is_author || !can(actor, Action::Comment, context.resource()) {
        authorize(actor, Action::Edit, context.resource())?;
    }
    if first.parent_id.is_some() {
        return Err(AppError::invalid("comment-error-thread"));
    }
    let (at, by, action) = if resolved {
        (
            Some(Utc::now()),
            Some(user_id),
            audit::action::THREAD_RESOLVED,
        )
    } else {
        (None, None, audit::action::THREAD_REOPENED)
    };
    context
        .write_audited(db, user_id, action, move |txn| {
            Box::pin(async move {
                section_comment::Entity::update_many()
                    .col_expr(section_comment::Column::ResolvedAt, Expr::value(at))
                    .col_expr(section_comment::Column::ResolvedBy, Expr::value(by))
                    .filter(section_comment::Column::Id.eq(id))
                    .exec(txn)
                    .await?;
                Ok(())
            })
        })
        .await
}
