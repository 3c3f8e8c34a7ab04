//! Importing recommendations into a coalition's tracker: every row of the file is planned —
//! created, updated, unchanged, or refused with its reason — and, when asked, the good rows
//! are written in one transaction. Rows are keyed by the UHRI AnnotationId, else by document
//! symbol and paragraph (or text, when there is no paragraph), so importing a file again
//! changes nothing (server only).

use std::collections::{BTreeSet, HashMap};

use chrono::Utc;
use entities::{mechanism, recommendation, recommendation_tag, source_document, tag};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter, TransactionTrait,
};

use super::{
    api::{ImportSummary, PlannedRow},
    sources::{FileError, RowProblem, SourceRow, uhri, upr_info},
};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource},
        visibility::authorize,
    },
    error::AppError,
    i18n::{server::request_locale, translate, translate_with},
    transaction::finish,
};

/// The largest file accepted.
pub const MAX_UPLOAD_BYTES: usize = 50 * 1024 * 1024;
/// Rows listed in a summary; the counts cover all of them.
const MAX_LISTED: usize = 2000;

/// The file formats read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    UhriJson,
    UprInfoCsv,
}

impl Format {
    /// `uhri-json` or `upr-info-csv`.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "uhri-json" => Some(Format::UhriJson),
            "upr-info-csv" => Some(Format::UprInfoCsv),
            _ => None,
        }
    }
}

/// A file sent to be imported.
#[derive(Clone, Debug)]
pub struct Upload {
    pub coalition_id: i32,
    pub format: Format,
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// Write the good rows, rather than only plan them.
    pub apply: bool,
}

/// What identifies a recommendation across imports.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Annotation(String),
    Paragraph(String, String),
    Text(String, String),
}

fn key_of(row: &SourceRow) -> Key {
    match &row.annotation_id {
        Some(id) => Key::Annotation(id.clone()),
        None if !row.paragraph.is_empty() => {
            Key::Paragraph(row.symbol.clone(), row.paragraph.clone())
        }
        None => Key::Text(row.symbol.clone(), row.text.clone()),
    }
}

fn describe(key: &Key) -> String {
    match key {
        Key::Annotation(id) => id.clone(),
        Key::Paragraph(symbol, paragraph) => format!("{symbol}, para. {paragraph}"),
        Key::Text(symbol, _) => symbol.clone(),
    }
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
    }
}

/// The rows of `upload`'s file.
fn read_rows(upload: &Upload) -> Result<Vec<Result<SourceRow, RowProblem>>, AppError> {
    let mut rows = Vec::new();
    let bytes = upload
        .bytes
        .strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(&upload.bytes);
    match upload.format {
        Format::UhriJson => uhri::read(bytes, |row| rows.push(row)),
        Format::UprInfoCsv => upr_info::read(bytes, |row| rows.push(row)),
    }
    .map_err(file_error)?;
    Ok(rows)
}

/// An existing recommendation with what an import compares.
struct Current {
    model: recommendation::Model,
    tags: BTreeSet<(String, String)>,
}

fn tags_of(row: &SourceRow) -> BTreeSet<(String, String)> {
    let tagged = |vocabulary: &str, labels: &[String]| {
        labels
            .iter()
            .map(|l| (vocabulary.to_string(), l.clone()))
            .collect::<Vec<_>>()
    };
    tagged("theme", &row.themes)
        .into_iter()
        .chain(tagged("affected_persons", &row.affected_persons))
        .chain(tagged("sdg", &row.sdgs))
        .collect()
}

fn differs(current: &Current, row: &SourceRow) -> bool {
    let model = &current.model;
    model.text != row.text
        || model.paragraph != row.paragraph
        || model.recommending_states != row.recommending_states.join("; ")
        || model.upr_position != row.upr_position
        || !tags_of(row).is_subset(&current.tags)
}

/// Plans `upload` for `actor` and, when it asks, writes its good rows. Coordinators of the
/// coalition only.
pub async fn import(
    db: &DatabaseConnection,
    actor: &Actor,
    upload: &Upload,
) -> Result<ImportSummary, AppError> {
    authorize(
        actor,
        Action::Manage,
        Resource::Coalition {
            id: upload.coalition_id,
        },
    )?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    if upload.bytes.is_empty() {
        return Err(AppError::invalid("rec-import-error-no-file"));
    }
    let rows = read_rows(upload)?;
    if upload.apply {
        let txn = db.begin().await?;
        let result = async {
            let summary = plan_and_write(&txn, upload, rows, true).await?;
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
    } else {
        let txn = db.begin().await?;
        let result = plan_and_write(&txn, upload, rows, false).await;
        // Nothing was written; end the read-only transaction either way.
        txn.rollback().await?;
        result
    }
}

async fn plan_and_write(
    txn: &DatabaseTransaction,
    upload: &Upload,
    rows: Vec<Result<SourceRow, RowProblem>>,
    write: bool,
) -> Result<ImportSummary, AppError> {
    let coalition = upload.coalition_id;
    let mechanisms: HashMap<String, i32> = mechanism::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .map(|m| (m.code.to_uppercase(), m.id))
        .collect();
    let mut documents: HashMap<String, source_document::Model> = source_document::Entity::find()
        .filter(source_document::Column::CoalitionId.eq(coalition))
        .all(txn)
        .await?
        .into_iter()
        .map(|d| (d.symbol.clone(), d))
        .collect();
    let symbol_of: HashMap<i32, String> = documents
        .values()
        .map(|d| (d.id, d.symbol.clone()))
        .collect();
    let existing = recommendation::Entity::find()
        .filter(recommendation::Column::CoalitionId.eq(coalition))
        .all(txn)
        .await?;
    let mut tag_ids: HashMap<(String, String), i32> = tag::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .map(|t| ((t.vocabulary, t.label), t.id))
        .collect();
    let tag_names: HashMap<i32, (String, String)> =
        tag_ids.iter().map(|(k, v)| (*v, k.clone())).collect();
    let mut links: HashMap<i32, BTreeSet<(String, String)>> = HashMap::new();
    for link in recommendation_tag::Entity::find()
        .filter(recommendation_tag::Column::RecommendationId.is_in(existing.iter().map(|r| r.id)))
        .all(txn)
        .await?
    {
        if let Some(name) = tag_names.get(&link.tag_id) {
            links
                .entry(link.recommendation_id)
                .or_default()
                .insert(name.clone());
        }
    }
    let mut current: HashMap<Key, Current> = HashMap::new();
    for model in existing {
        let symbol = symbol_of
            .get(&model.document_id)
            .cloned()
            .unwrap_or_default();
        let key = match &model.annotation_id {
            Some(id) => Key::Annotation(id.clone()),
            None if !model.paragraph.is_empty() => Key::Paragraph(symbol, model.paragraph.clone()),
            None => Key::Text(symbol, model.text.clone()),
        };
        let tags = links.remove(&model.id).unwrap_or_default();
        current.insert(key, Current { model, tags });
    }

    let mut summary = ImportSummary {
        file_name: upload.file_name.clone(),
        applied: write,
        ..ImportSummary::default()
    };
    let mut seen: HashMap<Key, usize> = HashMap::new();
    let mut written: Vec<i32> = Vec::new();
    let now = Utc::now();
    for row in rows {
        let row = match row {
            Ok(row) => row,
            Err(problem) => {
                summary.refused += 1;
                list(
                    &mut summary,
                    problem.line,
                    String::new(),
                    "refused",
                    message(&problem),
                );
                continue;
            }
        };
        let key = key_of(&row);
        let label = describe(&key);
        let Some(&mechanism_id) = mechanisms.get(&row.mechanism.to_uppercase()) else {
            summary.refused += 1;
            let problem = RowProblem {
                line: row.line,
                key: "rec-import-unknown-mechanism",
                detail: row.mechanism.clone(),
            };
            list(&mut summary, row.line, label, "refused", message(&problem));
            continue;
        };
        if let Some(first) = seen.get(&key) {
            summary.refused += 1;
            let problem = RowProblem {
                line: row.line,
                key: "rec-import-duplicate",
                detail: first.to_string(),
            };
            list(&mut summary, row.line, label, "refused", message(&problem));
            continue;
        }
        seen.insert(key.clone(), row.line);
        let action = match current.get(&key) {
            None => "create",
            Some(found) if differs(found, &row) => "update",
            Some(_) => "unchanged",
        };
        match action {
            "create" => summary.created += 1,
            "update" => summary.updated += 1,
            _ => summary.unchanged += 1,
        }
        list(&mut summary, row.line, label, action, String::new());
        if !write || action == "unchanged" {
            continue;
        }
        let document_id = match documents.get(&row.symbol) {
            Some(document) => document.id,
            None => {
                let document = source_document::ActiveModel {
                    coalition_id: Set(coalition),
                    mechanism_id: Set(mechanism_id),
                    symbol: Set(row.symbol.clone()),
                    published_on: Set(row.published_on),
                    session: Set(row.session.clone()),
                    state_under_review: Set(row.state_under_review.clone()),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
                let id = document.id;
                documents.insert(row.symbol.clone(), document);
                id
            }
        };
        let id = match current.get(&key) {
            Some(found) => {
                let mut active: recommendation::ActiveModel = found.model.clone().into();
                active.paragraph = Set(row.paragraph.clone());
                active.text = Set(row.text.clone());
                active.recommending_states = Set(row.recommending_states.join("; "));
                active.upr_position = Set(row.upr_position.clone());
                active.updated_at = Set(now);
                active.version = Set(found.model.version + 1);
                active.update(txn).await?.id
            }
            None => {
                recommendation::ActiveModel {
                    coalition_id: Set(coalition),
                    document_id: Set(document_id),
                    paragraph: Set(row.paragraph.clone()),
                    text: Set(row.text.clone()),
                    recommending_states: Set(row.recommending_states.join("; ")),
                    upr_position: Set(row.upr_position.clone()),
                    annotation_id: Set(row.annotation_id.clone()),
                    created_at: Set(now),
                    updated_at: Set(now),
                    version: Set(1),
                    ..Default::default()
                }
                .insert(txn)
                .await?
                .id
            }
        };
        written.push(id);
        let already = current
            .get(&key)
            .map(|c| c.tags.clone())
            .unwrap_or_default();
        for name in tags_of(&row).difference(&already) {
            let tag_id = match tag_ids.get(name) {
                Some(id) => *id,
                None => {
                    let created = tag::ActiveModel {
                        vocabulary: Set(name.0.clone()),
                        label: Set(name.1.clone()),
                        ..Default::default()
                    }
                    .insert(txn)
                    .await?;
                    tag_ids.insert(name.clone(), created.id);
                    created.id
                }
            };
            recommendation_tag::ActiveModel {
                recommendation_id: Set(id),
                tag_id: Set(tag_id),
            }
            .insert(txn)
            .await?;
        }
    }
    if !written.is_empty() {
        super::search::changes::touch(txn, Some(&written)).await?;
    }
    if summary.created + summary.updated + summary.unchanged + summary.refused == 0 {
        return Err(AppError::Validation(translate(
            request_locale(),
            "rec-import-error-empty",
        )));
    }
    Ok(summary)
}

fn list(summary: &mut ImportSummary, line: usize, key: String, action: &str, reason: String) {
    if summary.rows.len() < MAX_LISTED {
        summary.rows.push(PlannedRow {
            line,
            key,
            action: action.to_string(),
            reason,
        });
    }
}
