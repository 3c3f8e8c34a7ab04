//! `shadowdesk import-recommendations`: the command-line twin of the import page, for large
//! files (the UHRI's full export) and scripts. The file is read as it is, row by row, and the
//! import is made as a named coordinator: same checks, same audit entry.

use std::{path::Path, sync::Arc};

use app::{
    error::AppError,
    recommendations::import::{
        api::ImportSummary,
        importer::{Format, Upload, import},
        progress::Progress,
    },
    states::ImportAction,
};
use sea_orm::DatabaseConnection;

/// Why an import from the command line failed.
#[derive(Debug, thiserror::Error)]
pub enum RecommendationImportError {
    #[error("unknown format {0}: use uhri-json, uhri-xlsx or upr-info-csv")]
    Format(String),
    #[error("cannot read {0}")]
    File(String),
    #[error("no user has the e-mail address {0}")]
    UnknownUser(String),
    #[error(
        "{email} may not import into coalition {coalition}: not its coordinator, or no such coalition"
    )]
    Forbidden { email: String, coalition: i32 },
    #[error("{0}")]
    Refused(AppError),
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
}

/// Imports `file` (in `format`) into coalition `coalition` as the user with e-mail `email`;
/// with `dry_run`, only plans it.
pub async fn import_file(
    db: &DatabaseConnection,
    coalition: i32,
    file: &Path,
    format: &str,
    email: &str,
    dry_run: bool,
) -> Result<ImportSummary, RecommendationImportError> {
    let format = Format::parse(format)
        .filter(|f| *f != Format::MappedCsv)
        .ok_or_else(|| RecommendationImportError::Format(format.to_string()))?;
    if !file.is_file() {
        return Err(RecommendationImportError::File(file.display().to_string()));
    }
    let actor = crate::acting::actor_by_email(db, email)
        .await?
        .ok_or_else(|| RecommendationImportError::UnknownUser(email.to_string()))?;
    let upload = Upload {
        coalition_id: coalition,
        format,
        file_name: file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        path: file.to_path_buf(),
        apply: !dry_run,
        mapping: None,
    };
    import(db, &actor, &upload, Arc::new(Progress::default()))
        .await
        .map_err(|error| match error {
            AppError::Forbidden | AppError::Unauthenticated => {
                RecommendationImportError::Forbidden {
                    email: email.to_string(),
                    coalition,
                }
            }
            other => RecommendationImportError::Refused(other),
        })
}

/// The summary as lines of text: the refused rows with their reasons, then the counts.
pub fn describe(summary: &ImportSummary) -> String {
    let mut lines: Vec<String> = summary
        .rows
        .iter()
        .filter(|r| r.action == ImportAction::Refused)
        .map(|r| format!("line {}: refused: {}", r.line, r.reason))
        .collect();
    let verb = if summary.applied {
        "Imported"
    } else {
        "Would import"
    };
    lines.push(format!(
        "{verb} {}: {} new, {} updated, {} unchanged, {} refused.",
        summary.file_name, summary.created, summary.updated, summary.unchanged, summary.refused
    ));
    lines.join("\n")
}
