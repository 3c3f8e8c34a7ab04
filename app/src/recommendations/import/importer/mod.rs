//! Importing recommendations into a coalition's tracker. The file is read row by row on a
//! worker thread and each row is planned as it arrives — created, updated, unchanged, or
//! refused with its reason; when asked, the good rows are written as they come, all in one
//! transaction, so a file that turns out broken at its end changes nothing. Memory stays flat
//! however large the file (server only).

mod plan;
mod write;

use std::{
    io::{BufRead, BufReader, Read, Seek, SeekFrom},
    path::PathBuf,
    sync::{Arc, atomic::Ordering},
};

use sea_orm::{ConnectionTrait, DatabaseConnection};
use shadowdesk_sources::{
    FileError, RowProblem, SourceRow, mapped_csv, mapped_csv::Mapping, uhri, uhri_xlsx, upr_info,
};
use tokio::sync::mpsc;

use super::{
    api::{ImportSummary, PlannedRow},
    progress::Progress,
};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource},
        visibility::authorize,
    },
    error::AppError,
    i18n::{server::request_locale, translate_with},
    states::ImportAction,
    transaction::finish,
};
use plan::{Decision, Existing, Key, Planner};
use write::Writer;

/// The largest file accepted.
pub const MAX_UPLOAD_BYTES: u64 = 1024 * 1024 * 1024;
/// Rows listed in a summary; the counts cover all of them.
const MAX_LISTED: usize = 2000;
/// Rows read ahead of the writer.
const READ_AHEAD: usize = 2048;

/// The file formats read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    UhriJson,
    UhriXlsx,
    UprInfoCsv,
    /// A coalition's own CSV, read through a column mapping.
    MappedCsv,
}

impl Format {
    /// `uhri-json`, `uhri-xlsx`, `upr-info-csv` or `mapped-csv`.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "uhri-json" => Some(Format::UhriJson),
            "uhri-xlsx" => Some(Format::UhriXlsx),
            "upr-info-csv" => Some(Format::UprInfoCsv),
            "mapped-csv" => Some(Format::MappedCsv),
            _ => None,
        }
    }
}

/// A file to import.
#[derive(Clone, Debug)]
pub struct Upload {
    pub coalition_id: i32,
    pub format: Format,
    pub file_name: String,
    pub path: PathBuf,
    /// Write the good rows, rather than only plan them.
    pub apply: bool,
    /// For [`Format::MappedCsv`]: which column gives which field (`None`: not chosen yet).
    pub mapping: Option<Mapping>,
}

fn message(problem: &RowProblem) -> String {
    translate_with(
        request_locale(),
        problem.key,
        &[("detail", problem.detail.clone().into())],
    )
}

fn file_error(error: FileError) -> AppError {
    match error {
        FileError::Json(detail) => {
            AppError::invalid_with("rec-import-error-json", &[("detail", detail.into())])
        }
        FileError::Csv(detail) => {
            AppError::invalid_with("rec-import-error-csv", &[("detail", detail.into())])
        }
        FileError::Encoding => AppError::invalid("rec-import-error-encoding"),
        FileError::MissingColumn(column) => {
            AppError::invalid_with("rec-import-error-column", &[("column", column.into())])
        }
        FileError::Spreadsheet(detail) => {
            AppError::invalid_with("rec-import-error-spreadsheet", &[("detail", detail.into())])
        }
        FileError::Io(detail) => {
            tracing::error!(%detail, "reading an import");
            AppError::invalid("rec-import-error-upload")
        }
    }
}

/// Counts the bytes read into the import's progress.
struct Counting<R> {
    inner: R,
    progress: Arc<Progress>,
}

impl<R: Seek> Seek for Counting<R> {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.inner.seek(to)
    }
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The rows of a file as they are read, and the reader's outcome once it ends.
type Rows = (
    mpsc::Receiver<Result<SourceRow, RowProblem>>,
    tokio::task::JoinHandle<Result<(), FileError>>,
);

/// Reads `upload`'s file on a blocking thread, sending its rows to the returned channel.
fn read_rows(upload: &Upload, progress: Arc<Progress>) -> Rows {
    let (sender, receiver) = mpsc::channel(READ_AHEAD);
    let (path, format, mapping) = (upload.path.clone(), upload.format, upload.mapping.clone());
    let reader = tokio::task::spawn_blocking(move || {
        let file = std::fs::File::open(&path).map_err(|e| FileError::Io(e.to_string()))?;
        let counted = Counting {
            inner: file,
            progress,
        };
        let send = |row| {
            // The writer stopped (it failed): the rest of the file no longer matters.
            let _ = sender.blocking_send(row);
        };
        if format == Format::UhriXlsx {
            return uhri_xlsx::read(BufReader::new(counted), send);
        }
        let mut reader = BufReader::new(counted);
        // A UTF-8 byte order mark is not part of the content.
        if reader
            .fill_buf()
            .map_err(|e| FileError::Io(e.to_string()))?
            .starts_with(b"\xef\xbb\xbf")
        {
            reader.consume(3);
        }
        match format {
            Format::UhriJson => uhri::read(reader, send),
            Format::UprInfoCsv => upr_info::read(reader, send),
            Format::MappedCsv => mapped_csv::read(reader, &mapping.unwrap_or_default(), send),
            Format::UhriXlsx => unreachable!("read above"),
        }
    });
    (receiver, reader)
}

/// Plans `upload` for `actor` and, when it asks, writes its good rows; `progress` follows it.
/// Coordinators of the coalition only.
pub async fn import(
    db: &DatabaseConnection,
    actor: &Actor,
    upload: &Upload,
    progress: Arc<Progress>,
) -> Result<ImportSummary, AppError> {
    let result = import_checked(db, actor, upload, progress.clone()).await;
    progress.finish();
    result
}

async fn import_checked(
    db: &DatabaseConnection,
    actor: &Actor,
    upload: &Upload,
    progress: Arc<Progress>,
) -> Result<ImportSummary, AppError> {
    authorize(
        actor,
        Action::Manage,
        Resource::Coalition {
            id: upload.coalition_id,
        },
    )?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    if std::fs::metadata(&upload.path).map_or(0, |m| m.len()) == 0 {
        return Err(AppError::invalid("rec-import-error-no-file"));
    }
    if upload.format == Format::MappedCsv && upload.mapping.is_none() {
        // First the columns, for the person importing to map.
        let file = std::fs::File::open(&upload.path)
            .map_err(|e| file_error(FileError::Io(e.to_string())))?;
        let columns = mapped_csv::columns(BufReader::new(file)).map_err(file_error)?;
        if columns.is_empty() {
            return Err(AppError::invalid("rec-import-error-empty"));
        }
        return Ok(ImportSummary {
            file_name: upload.file_name.clone(),
            columns,
            ..ImportSummary::default()
        });
    }
    if !upload.apply {
        return run(db, upload, progress, false)
            .await
            .map(|(summary, _)| summary);
    }
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let (summary, written) = run(&txn, upload, progress, true).await?;
        if !written.is_empty() {
            crate::recommendations::search::changes::touch(&txn, Some(&written)).await?;
        }
        audit::record_action(
            &txn,
            user_id,
            audit::action::RECOMMENDATIONS_IMPORTED,
            &upload.file_name,
            &format!(
                "{} created, {} updated, {} refused",
                summary.created, summary.updated, summary.refused
            ),
            Some(upload.coalition_id),
        )
        .await?;
        Ok(summary)
    }
    .await;
    finish(txn, result).await
}

/// Reads, plans and (when `write`) writes every row; answers the summary and the ids written.
async fn run(
    db: &impl ConnectionTrait,
    upload: &Upload,
    progress: Arc<Progress>,
    write: bool,
) -> Result<(ImportSummary, Vec<i32>), AppError> {
    let mut existing = Existing::load(db, upload.coalition_id).await?;
    let mut planner = Planner::default();
    let mut writer = Writer::new(upload.coalition_id);
    let mut summary = ImportSummary {
        file_name: upload.file_name.clone(),
        applied: write,
        ..ImportSummary::default()
    };
    let (mut rows, reader) = read_rows(upload, progress.clone());
    while let Some(row) = rows.recv().await {
        progress.rows.fetch_add(1, Ordering::Relaxed);
        let row = match row {
            Ok(row) => row,
            Err(problem) => {
                summary.refused += 1;
                list(
                    &mut summary,
                    problem.line,
                    String::new(),
                    ImportAction::Refused,
                    message(&problem),
                );
                continue;
            }
        };
        let key = Key::of(&row);
        let decision = planner.decide(&existing, &row, &key);
        let reason = match &decision {
            Decision::Refused(problem) => message(problem),
            _ => String::new(),
        };
        match &decision {
            Decision::Create { .. } => summary.created += 1,
            Decision::Update { .. } => summary.updated += 1,
            Decision::Unchanged => summary.unchanged += 1,
            Decision::Refused(_) => summary.refused += 1,
        }
        list(
            &mut summary,
            row.line,
            key.describe(),
            decision.action(),
            reason,
        );
        if write {
            match decision {
                Decision::Create { mechanism_id } => {
                    writer.create(db, &mut existing, &row, mechanism_id).await?
                }
                Decision::Update { current } => {
                    writer.update(db, &mut existing, &row, &current).await?
                }
                Decision::Unchanged | Decision::Refused(_) => {}
            }
        }
    }
    reader
        .await
        .map_err(|error| {
            tracing::error!(%error, "the import reader stopped");
            AppError::invalid("rec-import-error-upload")
        })?
        .map_err(file_error)?;
    if write {
        writer.flush(db).await?;
    }
    if summary.created + summary.updated + summary.unchanged + summary.refused == 0 {
        return Err(AppError::invalid("rec-import-error-empty"));
    }
    Ok((summary, writer.written))
}

fn list(
    summary: &mut ImportSummary,
    line: usize,
    key: String,
    action: ImportAction,
    reason: String,
) {
    if summary.rows.len() < MAX_LISTED {
        summary.rows.push(PlannedRow {
            line,
            key,
            action,
            reason,
        });
    }
}
