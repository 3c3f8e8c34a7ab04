//! Importing a translated Word or Markdown file as the translation of a report's sections
//! into one of its languages: split at its headings like a draft, each part lined up with the
//! section it translates (`matching`), previewed, then written in one transaction, each as the
//! next version of the section's translation (server only).

use entities::{report_section, section_translation};
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait};
use shadowdesk_drafts::split::DraftSection;
use std::collections::HashMap;

use super::{
    api::{TranslatedSection, TranslationOutcome, TranslationPreview},
    matching::{Outlined, numbered, pair, without_number},
    server::{Upload, draft_sections, excerpt, markdown_of},
};
use crate::{
    auth::{audit, policy::Actor},
    error::AppError,
    outline::server::{lock_report, sections_of, visible_outline},
    report_access as access,
    sections::{save::lock, words},
    states::{Language, Named, TranslationState},
    transaction::{begin, finish},
    translations::server::{VersionText, record, target_of, translation_of, write_version},
};

/// One section of the file and what becomes of it.
struct Planned<'a> {
    part: &'a DraftSection,
    /// The heading the translation takes: the file's, less the outline number the report's
    /// own titles leave out.
    title: &'a str,
    /// The report's section it translates, with its number in the outline.
    section: Option<(String, report_section::Model)>,
    outcome: TranslationOutcome,
}

/// What the translation of `section` into `language` would become with `part`.
async fn outcome_of(
    db: &impl ConnectionTrait,
    section: &report_section::Model,
    language: Language,
    part: &DraftSection,
    title: &str,
) -> Result<(TranslationOutcome, Option<section_translation::Model>), AppError> {
    let current = translation_of(db, section.id, language).await?;
    let outcome = match &current {
        _ if part.body.trim().is_empty() => TranslationOutcome::Empty,
        None => TranslationOutcome::New,
        Some(t) if t.state == TranslationState::Approved => TranslationOutcome::KeepsApproved,
        Some(t) if t.body == part.body && t.title == title => TranslationOutcome::Unchanged,
        Some(_) => TranslationOutcome::Replaces,
    };
    Ok((outcome, current))
}

/// The title the split gives the text before a file's first heading: no heading reads so.
const PREAMBLE: &str = "\u{1}";

/// Lines `draft` up with report `report_id`'s sections (the text before the first heading
/// translates none of them).
async fn plan<'a>(
    db: &impl ConnectionTrait,
    report_id: i32,
    language: Language,
    draft: &'a [DraftSection],
) -> Result<(Vec<Planned<'a>>, Vec<String>), AppError> {
    let sections = sections_of(db, report_id).await?;
    let by_id: HashMap<i32, &report_section::Model> = sections.iter().map(|s| (s.id, s)).collect();
    let order: Vec<(String, &report_section::Model)> = visible_outline(&sections)
        .reading_order()
        .into_iter()
        .filter_map(|(id, _, number)| by_id.get(&id).map(|s| (number, *s)))
        .collect();
    let outline: Vec<Outlined> = order
        .iter()
        .map(|(number, s)| Outlined {
            number,
            title: &s.title,
        })
        .collect();
    let before_headings = draft.first().is_some_and(|p| p.title == PREAMBLE);
    let headed = &draft[usize::from(before_headings)..];
    let titles: Vec<&str> = headed.iter().map(|p| p.title.as_str()).collect();
    let keep_numbers = numbered(&outline);
    let mut matched = vec![None; usize::from(before_headings)];
    matched.extend(pair(&outline, &titles));
    let mut planned = Vec::with_capacity(draft.len());
    for (part, found) in draft.iter().zip(matched) {
        let title = if keep_numbers {
            part.title.as_str()
        } else {
            without_number(&part.title)
        };
        let Some(index) = found else {
            planned.push(Planned {
                part,
                title,
                section: None,
                outcome: TranslationOutcome::Unmatched,
            });
            continue;
        };
        let (number, section) = &order[index];
        let (outcome, _) = outcome_of(db, section, language, part, title).await?;
        planned.push(Planned {
            part,
            title,
            section: Some((number.clone(), (*section).clone())),
            outcome,
        });
    }
    let untouched = order
        .iter()
        .filter(|(_, s)| {
            !planned
                .iter()
                .any(|p| p.section.as_ref().is_some_and(|(_, m)| m.id == s.id))
        })
        .map(|(number, s)| format!("{number} {}", s.title))
        .collect();
    Ok((planned, untouched))
}

fn preview_of(
    upload: &Upload,
    language: Language,
    planned: &[Planned],
    untouched: Vec<String>,
) -> TranslationPreview {
    TranslationPreview {
        file_name: upload.file_name.clone(),
        language,
        sections: planned
            .iter()
            .map(|p| TranslatedSection {
                // Left empty for the text before the first heading: the page names it.
                title: if p.part.title == PREAMBLE {
                    String::new()
                } else {
                    p.part.title.clone()
                },
                words: words::count(&p.part.body).total(),
                excerpt: excerpt(&p.part.body),
                section: p
                    .section
                    .as_ref()
                    .map(|(number, s)| (number.clone(), s.title.clone())),
                outcome: p.outcome,
            })
            .collect(),
        untouched,
        complete: upload.complete,
        applied: false,
    }
}

/// What importing `upload` as the translation of its report's sections into its language
/// would do, written only when it asks to be applied. Coordinators of the report's
/// coalition only, while the report is open; approved translations are left as they are.
pub async fn import(
    db: &DatabaseConnection,
    actor: &Actor,
    upload: &Upload,
) -> Result<TranslationPreview, AppError> {
    let report = access::managed(db, actor, upload.report_id).await?;
    access::ensure_open(&report)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let language = target_of(db, &report, &upload.language).await?;
    if upload.file_name.is_empty() || upload.bytes.is_empty() {
        return Err(AppError::invalid("import-error-no-file"));
    }
    let markdown = markdown_of(&upload.file_name, &upload.bytes)?;
    let draft = draft_sections(&markdown, PREAMBLE)?;
    if !upload.apply {
        let (planned, untouched) = plan(db, report.id, language, &draft).await?;
        return Ok(preview_of(upload, language, &planned, untouched));
    }
    let txn = begin(db).await?;
    let result = async {
        // Lined up against the outline as it is under the report's lock, not as previewed.
        let report = lock_report(&txn, report.id).await?;
        let (planned, untouched) = plan(&txn, report.id, language, &draft).await?;
        let written = write(&txn, &planned, language, upload.complete, user_id).await?;
        let detail = format!("{} · {} · {written}", upload.file_name, language.name());
        record(
            &txn,
            actor,
            &report,
            audit::action::TRANSLATION_IMPORTED,
            &detail,
        )
        .await?;
        let mut preview = preview_of(upload, language, &planned, untouched);
        preview.applied = true;
        Ok(preview)
    }
    .await;
    finish(txn, result).await
}

/// Writes the planned translations, each under its section's row lock; answers how many.
async fn write(
    txn: &DatabaseTransaction,
    planned: &[Planned<'_>],
    language: Language,
    complete: bool,
    user_id: i32,
) -> Result<usize, AppError> {
    let state = if complete {
        TranslationState::Translated
    } else {
        TranslationState::InTranslation
    };
    let mut written = 0;
    for planned in planned {
        let Some((_, section)) = &planned.section else {
            continue;
        };
        lock(txn, section.id).await?;
        // Read again under the lock: a save since the plan is taken into account.
        let section = report_section::Entity::find_by_id(section.id)
            .one(txn)
            .await?
            .ok_or(AppError::Forbidden)?;
        let (outcome, current) =
            outcome_of(txn, &section, language, planned.part, planned.title).await?;
        if !outcome.writes() {
            continue;
        }
        let text = VersionText {
            title: planned.title,
            body: &planned.part.body,
            state,
            source_version: section.version,
            user_id,
        };
        write_version(txn, section.id, language, current.as_ref(), text).await?;
        written += 1;
    }
    Ok(written)
}
