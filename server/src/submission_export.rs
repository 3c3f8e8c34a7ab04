//! `shadowdesk export`: the command-line twin of the export page. A draft by default; with
//! `--final`, the final export (refused while the check blocks it), kept like one made on the
//! page. Made as a named user, so the same policy checks and audit entries apply.

use std::path::Path;

use app::{
    error::AppError,
    export::{
        api::{Severity, check_message},
        server::{draft, final_export, overview, stored},
    },
    i18n::Locale,
};
use sea_orm::DatabaseConnection;

/// Why an export from the command line failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("no user has the e-mail address {0}")]
    UnknownUser(String),
    #[error(
        "{email} may not export report {report}: not a member of its coalition (a coordinator, for --final), or no such report"
    )]
    Forbidden { email: String, report: i32 },
    #[error("{0}")]
    Refused(String),
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
}

fn refused(email: &str, report: i32, error: AppError) -> ExportError {
    match error {
        AppError::Forbidden | AppError::Unauthenticated => ExportError::Forbidden {
            email: email.to_string(),
            report,
        },
        other => ExportError::Refused(other.to_string()),
    }
}

/// Exports report `report` as the user with e-mail `email` to `out`; returns what to print:
/// the check's findings and where the file went.
pub async fn export(
    db: &DatabaseConnection,
    report: i32,
    out: &Path,
    email: &str,
    final_file: bool,
) -> Result<String, ExportError> {
    let email = email.trim().to_lowercase();
    let actor = crate::acting::actor_by_email(db, &email)
        .await?
        .ok_or_else(|| ExportError::UnknownUser(email.clone()))?;
    let view = overview(db, &actor, report, "")
        .await
        .map_err(|e| refused(&email, report, e))?;
    let mut lines: Vec<String> = view
        .checks
        .iter()
        .filter(|c| c.severity != Severity::Passed)
        .map(|c| {
            let mark = if c.severity == Severity::Blocking {
                "Blocking"
            } else {
                "Warning"
            };
            let mut line = format!("{mark}: {}", check_message(Locale::En, c));
            for detail in &c.details {
                line.push_str(&format!("\n  - {detail}"));
            }
            line
        })
        .collect();
    let file = if final_file {
        let id = final_export(db, &actor, report, "")
            .await
            .map_err(|e| refused(&email, report, e))?;
        stored(db, &actor, id)
            .await
            .map_err(|e| refused(&email, report, e))?
    } else {
        draft(db, &actor, report, "")
            .await
            .map_err(|e| refused(&email, report, e))?
    };
    std::fs::write(out, &file.bytes).map_err(|source| ExportError::Write {
        path: out.display().to_string(),
        source,
    })?;
    lines.push(format!(
        "{} export of \"{}\" written to {} ({} bytes); the OHCHR file name is \"{}\".",
        if final_file { "Final" } else { "Draft" },
        view.title,
        out.display(),
        file.bytes.len(),
        file.name
    ));
    Ok(lines.join("\n"))
}
