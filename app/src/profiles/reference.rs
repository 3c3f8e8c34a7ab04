//! A profile's reference document: a `.docx` whose styles (`word/styles.xml`) the export uses
//! instead of Shadowdesk's own, as pandoc's `--reference-doc` does (server only).

use std::io::Read;

use chrono::Utc;
use entities::submission_profile;
use leptos::server_fn::codec::MultipartData;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};

use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource},
        visibility::authorize,
    },
    error::AppError,
    uploads::read_form,
};

/// The largest reference document accepted.
const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The largest styles part kept.
const MAX_STYLES_BYTES: u64 = 2 * 1024 * 1024;

/// The styles part of the `.docx` in `bytes`.
pub fn styles_of(bytes: &[u8]) -> Result<String, AppError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|_| AppError::invalid("profile-error-reference-not-docx"))?;
    let part = archive
        .by_name("word/styles.xml")
        .map_err(|_| AppError::invalid("profile-error-reference-no-styles"))?;
    let mut styles = String::new();
    part.take(MAX_STYLES_BYTES + 1)
        .read_to_string(&mut styles)
        .map_err(|_| AppError::invalid("profile-error-reference-no-styles"))?;
    if styles.len() as u64 > MAX_STYLES_BYTES
        || !styles.contains("<w:styles")
        || !styles.trim_end().ends_with("</w:styles>")
    {
        return Err(AppError::invalid("profile-error-reference-no-styles"));
    }
    Ok(styles)
}

/// Sets or clears the reference document of the profile the form names.
pub async fn set(
    db: &DatabaseConnection,
    actor: &Actor,
    data: MultipartData,
) -> Result<(), AppError> {
    authorize(actor, Action::Manage, Resource::Instance)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let form = read_form(
        data,
        MAX_BYTES,
        "profile-error-reference-too-large",
        "import-error-upload",
    )
    .await?;
    let id: i32 = form.field("profile_id").parse().unwrap_or(0);
    let profile = submission_profile::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    let styles = if form.field("clear") == "true" {
        None
    } else if form.bytes.is_empty() {
        return Err(AppError::invalid("import-error-no-file"));
    } else {
        Some(styles_of(&form.bytes)?)
    };
    let detail = if styles.is_some() {
        form.file_name.as_str()
    } else {
        ""
    };
    submission_profile::Entity::update_many()
        .col_expr(
            submission_profile::Column::ReferenceStyles,
            Expr::value(styles.clone()),
        )
        .col_expr(
            submission_profile::Column::UpdatedAt,
            Expr::value(Utc::now()),
        )
        .filter(submission_profile::Column::Id.eq(profile.id))
        .exec(db)
        .await?;
    audit::record_action(
        db,
        user_id,
        audit::action::PROFILE_SAVED,
        &profile.code,
        detail,
        None,
    )
    .await?;
    Ok(())
}
