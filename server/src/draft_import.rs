//! `shadowdesk import-draft`: the command-line twin of the import page. The import is made as
//! a named coordinator, so the same policy checks and audit entry apply.

use std::path::Path;

use app::{
    error::AppError,
    import::{
        api::ImportPreview,
        server::{Upload, import},
    },
};
use sea_orm::DatabaseConnection;

/// Why an import from the command line failed.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {source}")]
    File {
        path: String,
        source: std::io::Error,
    },
    #[error("no user has the e-mail address {0}")]
    UnknownUser(String),
    #[error(
        "{email} may not import into report {report}: not a coordinator of its coalition, or no such report"
    )]
    Forbidden { email: String, report: i32 },
    #[error("{0}")]
    Refused(AppError),
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
}

/// Imports `file` into report `report` as the user with e-mail `email`; with `dry_run`, only
/// answers the split.
pub async fn import_draft(
    db: &DatabaseConnection,
    report: i32,
    file: &Path,
    email: &str,
    dry_run: bool,
) -> Result<ImportPreview, ImportError> {
    let bytes = std::fs::read(file).map_err(|source| ImportError::File {
        path: file.display().to_string(),
        source,
    })?;
    let email = email.trim().to_lowercase();
    let actor = crate::acting::actor_by_email(db, &email)
        .await?
        .ok_or_else(|| ImportError::UnknownUser(email.clone()))?;
    let upload = Upload {
        report_id: report,
        file_name: file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        bytes,
        apply: !dry_run,
        ..Upload::default()
    };
    import(db, &actor, &upload)
        .await
        .map_err(|error| match error {
            AppError::Forbidden | AppError::Unauthenticated => {
                ImportError::Forbidden { email, report }
            }
            other => ImportError::Refused(other),
        })
}

/// The split as lines of text: one per section, indented by level.
pub fn describe(preview: &ImportPreview) -> String {
    let mut lines = Vec::new();
    for section in &preview.sections {
        let indent = "  ".repeat(section.level);
        let destination = match &section.fills {
            Some(title) => format!("into \"{title}\""),
            None => "new".to_string(),
        };
        lines.push(format!(
            "{indent}{} ({destination}, {} words)",
            section.title, section.words
        ));
    }
    let filled = preview
        .sections
        .iter()
        .filter(|s| s.fills.is_some())
        .count();
    let verb = if preview.applied {
        "Imported"
    } else {
        "Would import"
    };
    lines.push(format!(
        "{verb} {} sections from {} ({filled} into empty sections already in the outline).",
        preview.sections.len(),
        preview.file_name
    ));
    lines.join("\n")
}
