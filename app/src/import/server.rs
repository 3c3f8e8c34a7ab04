//! Importing a Word or Markdown draft into a report: read the file, split it at its headings,
//! show where each part goes, then write it all in one transaction under the report's row
//! lock (server only).

use chrono::Utc;
use entities::{report, report_section};
use leptos::server_fn::codec::MultipartData;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
};
use shadowdesk_drafts::{
    docx::{DocxError, to_markdown},
    split::{DraftSection, Limits, split},
};
use std::collections::HashMap;

use super::{
    api::{ImportPreview, PlannedSection},
    placement::{Existing, Parent, Target, placements},
};
use crate::{
    auth::{audit, policy::Actor},
    error::AppError,
    i18n::{server::request_locale, translate, translate_with},
    outline::server::{lock_report, sections_of, visible_outline},
    profiles::template::{MAX_DEPTH, MAX_TITLE_CHARS},
    report_access as access,
    sections::history::{NewRevision, record_revision},
    sections::{save::MAX_BODY_BYTES, words},
    states::SectionStatus,
    transaction::finish,
    uploads::read_form,
};

/// The largest file accepted.
pub const MAX_UPLOAD_BYTES: usize = 10 * 1024 * 1024;
/// The most sections one import may bring.
const MAX_SECTIONS: usize = 500;
/// Characters of a section's text shown in the preview.
const EXCERPT_CHARS: usize = 160;

/// The Markdown text of an uploaded draft, by the file's extension: `.docx`, or `.md`,
/// `.markdown`, `.txt` in UTF-8.
pub fn markdown_of(file_name: &str, bytes: &[u8]) -> Result<String, AppError> {
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(AppError::invalid("import-error-too-large"));
    }
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let text = match extension.as_str() {
        "docx" => to_markdown(bytes).map_err(|error| {
            AppError::invalid(match error {
                DocxError::NotZip => "import-error-not-docx",
                DocxError::TooLarge => "import-error-too-large",
                DocxError::NoDocument | DocxError::Damaged(_) => "import-error-damaged",
            })
        })?,
        "md" | "markdown" | "txt" => String::from_utf8(bytes.to_vec())
            .map_err(|_| AppError::invalid("import-error-encoding"))?,
        _ => return Err(AppError::invalid("import-error-type")),
    };
    Ok(text.trim_start_matches('\u{feff}').replace("\r\n", "\n"))
}

/// The sections of `markdown` (the text before its first heading titled `preamble`), refused
/// when there are none, too many, or one is too large.
pub(super) fn draft_sections(
    markdown: &str,
    preamble: &str,
) -> Result<Vec<DraftSection>, AppError> {
    let limits = Limits {
        depth: MAX_DEPTH,
        title_chars: MAX_TITLE_CHARS,
    };
    let sections = split(markdown, preamble, limits);
    if sections.is_empty() {
        return Err(AppError::invalid("import-error-empty"));
    }
    if sections.len() > MAX_SECTIONS {
        return Err(AppError::invalid("import-error-too-many"));
    }
    if let Some(big) = sections.iter().find(|s| s.body.len() > MAX_BODY_BYTES) {
        return Err(AppError::invalid_with(
            "import-error-section-too-large",
            &[("title", big.title.clone().into())],
        ));
    }
    Ok(sections)
}

/// The report's visible sections as the placement sees them.
async fn existing_of(db: &impl ConnectionTrait, report_id: i32) -> Result<Vec<Existing>, AppError> {
    let sections = sections_of(db, report_id).await?;
    let outline = visible_outline(&sections);
    let by_id: HashMap<i32, &report_section::Model> = sections.iter().map(|s| (s.id, s)).collect();
    Ok(outline
        .reading_order()
        .into_iter()
        .filter_map(|(id, depth, _)| {
            by_id.get(&id).map(|s| Existing {
                id,
                parent: s.parent_id,
                depth,
                title: s.title.clone(),
                fillable: s.body.trim().is_empty() && s.status != SectionStatus::Approved,
            })
        })
        .collect())
}

/// The start of `body`, its whitespace collapsed, for a preview.
pub(super) fn excerpt(body: &str) -> String {
    body.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(EXCERPT_CHARS)
        .collect()
}

fn preview_of(
    file_name: &str,
    draft: &[DraftSection],
    targets: &[Target],
    existing: &[Existing],
) -> ImportPreview {
    let sections = draft
        .iter()
        .zip(targets)
        .map(|(section, target)| PlannedSection {
            level: section.level,
            title: section.title.clone(),
            words: words::count(&section.body).total(),
            excerpt: excerpt(&section.body),
            fills: match target {
                Target::Fill(id) => existing
                    .iter()
                    .find(|e| e.id == *id)
                    .map(|e| e.title.clone()),
                Target::Create(_) => None,
            },
        })
        .collect();
    ImportPreview {
        file_name: file_name.to_string(),
        sections,
        applied: false,
    }
}

/// A draft file sent to be imported.
#[derive(Clone, Debug, Default)]
pub struct Upload {
    pub report_id: i32,
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// Write it, rather than only preview it.
    pub apply: bool,
    /// For a translation: the language it is in, and whether its sections are finished.
    pub language: String,
    pub complete: bool,
}

/// Reads the form fields `report_id`, `apply` and `file` of an upload, refusing a file over
/// [`MAX_UPLOAD_BYTES`] as soon as it grows past it.
pub async fn read_upload(data: MultipartData) -> Result<Upload, AppError> {
    let form = read_form(
        data,
        MAX_UPLOAD_BYTES,
        "import-error-too-large",
        "import-error-upload",
    )
    .await?;
    Ok(Upload {
        report_id: form.field("report_id").parse().unwrap_or(0),
        apply: form.field("apply") == "true",
        language: form.field("language").to_string(),
        complete: form.field("complete") == "on",
        file_name: form.file_name,
        bytes: form.bytes,
    })
}

/// What importing `upload` into its report would do, written only when it asks to be
/// applied. Coordinators of the report's coalition only; never into a submitted report.
pub async fn import(
    db: &DatabaseConnection,
    actor: &Actor,
    upload: &Upload,
) -> Result<ImportPreview, AppError> {
    let report = access::managed(db, actor, upload.report_id).await?;
    access::ensure_open(&report)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    if upload.file_name.is_empty() || upload.bytes.is_empty() {
        return Err(AppError::invalid("import-error-no-file"));
    }
    let file_name = upload.file_name.as_str();
    let markdown = markdown_of(file_name, &upload.bytes)?;
    let preamble = translate(request_locale(), "import-preamble");
    let draft = draft_sections(&markdown, &preamble)?;
    if !upload.apply {
        let existing = existing_of(db, report.id).await?;
        let targets = placements(&existing, &draft);
        return Ok(preview_of(file_name, &draft, &targets, &existing));
    }
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let report = lock_report(&txn, report.id).await?;
        // Placed against the outline as it is under the lock, not as it was previewed.
        let existing = existing_of(&txn, report.id).await?;
        let targets = placements(&existing, &draft);
        write(&txn, &report, user_id, file_name, &draft, &targets).await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::DRAFT_IMPORTED,
            file_name,
            &report.title,
            Some(report.coalition_id),
        )
        .await?;
        let mut preview = preview_of(file_name, &draft, &targets, &existing);
        preview.applied = true;
        Ok(preview)
    }
    .await;
    finish(txn, result).await
}

async fn write(
    txn: &DatabaseTransaction,
    report: &report::Model,
    user_id: i32,
    file_name: &str,
    draft: &[DraftSection],
    targets: &[Target],
) -> Result<(), AppError> {
    let sections = sections_of(txn, report.id).await?;
    let outline = visible_outline(&sections);
    let message = translate_with(
        request_locale(),
        "import-revision-message",
        &[("file", file_name.to_string().into())],
    );
    let now = Utc::now();
    let mut created: HashMap<usize, i32> = HashMap::new();
    // Next free position under each parent (None: top level).
    let mut next_position: HashMap<Option<i32>, i32> = HashMap::new();
    for (index, (section, target)) in draft.iter().zip(targets).enumerate() {
        let status = if section.body.trim().is_empty() {
            SectionStatus::NotStarted
        } else {
            SectionStatus::Drafting
        };
        match *target {
            Target::Fill(id) => {
                let Some(current) = sections.iter().find(|s| s.id == id) else {
                    continue;
                };
                let version = current.version + 1;
                let mut active: report_section::ActiveModel = current.clone().into();
                active.body = Set(section.body.clone());
                active.version = Set(version);
                active.updated_at = Set(now);
                if current.status == SectionStatus::NotStarted {
                    active.status = Set(status);
                }
                active.update(txn).await?;
                revision(txn, current, version, &section.body, user_id, &message).await?;
            }
            Target::Create(parent) => {
                let parent_id = match parent {
                    Parent::Top => None,
                    Parent::Existing(id) => Some(id),
                    Parent::Imported(at) => created.get(&at).copied(),
                };
                let position = next_position.entry(parent_id).or_insert_with(|| {
                    i32::try_from(outline.children(parent_id).len()).unwrap_or(i32::MAX)
                });
                let model = report_section::ActiveModel {
                    report_id: Set(report.id),
                    parent_id: Set(parent_id),
                    position: Set(*position),
                    title: Set(section.title.clone()),
                    body: Set(section.body.clone()),
                    status: Set(status),
                    coordination_notes: Set(String::new()),
                    created_at: Set(now),
                    updated_at: Set(now),
                    version: Set(1),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
                *position += 1;
                created.insert(index, model.id);
                revision(txn, &model, 1, &section.body, user_id, &message).await?;
            }
        }
    }
    Ok(())
}

async fn revision(
    txn: &DatabaseTransaction,
    section: &report_section::Model,
    version: i32,
    body: &str,
    user_id: i32,
    message: &str,
) -> Result<(), AppError> {
    record_revision(
        txn,
        NewRevision {
            section_id: section.id,
            version,
            title: &section.title,
            body,
            author: Some(user_id),
            organisation: section.assigned_organisation_id,
            message: Some(message.to_string()),
            proposals: None,
            at: Utc::now(),
        },
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_markdown_and_refuses_other_files() {
        assert_eq!(
            markdown_of("draft.MD", "\u{feff}# A\r\ntext".as_bytes()).unwrap(),
            "# A\ntext"
        );
        assert!(markdown_of("draft.pdf", b"%PDF").is_err());
        assert!(markdown_of("draft.md", &[0xff, 0xfe, 0x00]).is_err());
        assert!(markdown_of("draft.docx", b"not a zip").is_err());
    }
}
