//! Receiving an import's upload and the register of running imports (server only).

use leptos::{prelude::use_context, server_fn::codec::MultipartData};
use sea_orm::DatabaseConnection;
use shadowdesk_sources::mapped_csv::Mapping;

use super::{
    api::ImportSummary,
    importer::{Format, MAX_UPLOAD_BYTES, Upload, import},
    progress::ProgressRegistry,
};
use crate::{
    auth::policy::Actor,
    error::AppError,
    uploads::{Refusals, spool_form},
};

/// This server's register of running imports.
pub fn progress_registry() -> Result<ProgressRegistry, AppError> {
    use_context::<ProgressRegistry>().ok_or(AppError::NoSearchIndex)
}

/// Spools an import's upload (form fields `coalition_id`, `format`, `progress`, `apply` and
/// `file`) to a temporary file, refusing one over [`MAX_UPLOAD_BYTES`] as it arrives, and
/// imports it.
pub async fn import_upload(
    db: &DatabaseConnection,
    actor: &Actor,
    data: MultipartData,
) -> Result<ImportSummary, AppError> {
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let refusals = Refusals {
        too_large: "rec-import-error-too-large",
        broken: "rec-import-error-upload",
    };
    let spooled = spool_form(data, MAX_UPLOAD_BYTES, &refusals).await?;
    let form = &spooled.form;
    let upload = Upload {
        coalition_id: form.field("coalition_id").parse().unwrap_or(0),
        format: Format::parse(form.field("format"))
            .ok_or_else(|| AppError::invalid("rec-import-error-format"))?,
        apply: form.field("apply") == "true",
        file_name: form.file_name.clone(),
        path: spooled.file.path().to_path_buf(),
        mapping: Mapping::from_fields(|name| form.field(name).to_string()),
    };
    let progress = progress_registry()?.start(form.field("progress"), user_id);
    progress
        .received
        .store(spooled.size, std::sync::atomic::Ordering::Relaxed);
    import(db, actor, &upload, progress).await
}
