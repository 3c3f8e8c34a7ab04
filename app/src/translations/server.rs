//! A report's languages and its sections' translations: adding and removing languages,
//! reading a translation beside the section's text with what changed since it was made,
//! saving it (a new revision each time) and approving it (server only).
//!
//! A save of the section's own text makes its translations outdated, in the same
//! transaction, unless it is a minor change (`sections::save`).

use chrono::Utc;
use entities::{
    coalition_role, report, report_language, section_revision, section_translation,
    submission_profile, translation_assignment, translation_revision,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};
use shadowdesk_text::merge::{Merge, three_way};

use super::{
    align::{aligned, changed_paragraphs, missing_notes},
    api::{
        LanguageProgress, LanguagesOverview, Person, Reuse, SourceParagraph, TermUse, TextPart,
        TranslationRevision, TranslationView,
    },
    memory::{best, remembered},
};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource, can},
        server::client_info,
    },
    directory::display_names,
    error::AppError,
    glossary::{
        matching::{mark, uses},
        server::terms_for,
    },
    report_access::{authorized as report_authorized, ensure_open, managed, translation_languages},
    sections::{
        access::{SectionContext, authorized},
        history::word_diff,
        save::{MAX_BODY_BYTES, lock},
        words,
    },
    states::{Language, Named, TranslationState},
    transaction::{begin, finish, update_if_current},
};

/// The longest translated heading, in characters.
const MAX_TITLE_CHARS: usize = 300;

/// `code` as a language `report` can be translated into (any but its own), else a 422.
fn language_for(report: &report::Model, code: &str) -> Result<Language, AppError> {
    Language::parse(code)
        .filter(|language| language.name() != report.language)
        .ok_or_else(|| AppError::invalid("translation-error-language"))
}

/// `code` as one of the languages `report` is translated into, else a 422.
pub async fn target_of(
    db: &impl ConnectionTrait,
    report: &report::Model,
    code: &str,
) -> Result<Language, AppError> {
    let language = language_for(report, code)?;
    if !translation_languages(db, report.id)
        .await?
        .contains(&language)
    {
        return Err(AppError::invalid("translation-error-language"));
    }
    Ok(language)
}

/// The languages the report's submission profile accepts (codes).
async fn accepted_by_profile(
    db: &impl ConnectionTrait,
    report: &report::Model,
) -> Result<Vec<String>, AppError> {
    let Some(id) = report.profile_id else {
        return Ok(Vec::new());
    };
    Ok(submission_profile::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|p| {
            p.languages
                .split(',')
                .map(|code| code.trim().to_lowercase())
                .filter(|code| !code.is_empty())
                .collect()
        })
        .unwrap_or_default())
}

/// Report `report_id`'s languages with each one's progress, for members of its coalition.
pub async fn report_languages(
    db: &DatabaseConnection,
    actor: &Actor,
    report_id: i32,
) -> Result<LanguagesOverview, AppError> {
    let report = report_authorized(db, actor, report_id, Action::Read).await?;
    let targets = translation_languages(db, report.id).await?;
    let accepted = accepted_by_profile(db, &report).await?;
    let sections: Vec<i32> = entities::report_section::Entity::find()
        .filter(entities::report_section::Column::ReportId.eq(report.id))
        .filter(entities::report_section::Column::RemovedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let translations = section_translation::Entity::find()
        .filter(section_translation::Column::SectionId.is_in(sections.iter().copied()))
        .all(db)
        .await?;
    let progress = targets
        .iter()
        .map(|&language| {
            let of_language: Vec<_> = translations
                .iter()
                .filter(|t| t.language == language)
                .collect();
            LanguageProgress {
                language,
                accepted: accepted.iter().any(|code| code == language.name()),
                states: TranslationState::ALL
                    .iter()
                    .map(|&state| {
                        let count = of_language.iter().filter(|t| t.state == state).count();
                        (state, count as u64)
                    })
                    .collect(),
                missing: (sections.len() - of_language.len()) as u64,
                words: of_language.iter().map(|t| words::count(&t.body)).sum(),
            }
        })
        .collect();
    let can_manage = can(
        actor,
        Action::Manage,
        Resource::Coalition {
            id: report.coalition_id,
        },
    ) && ensure_open(&report).is_ok();
    Ok(LanguagesOverview {
        report_id: report.id,
        choices: Language::ALL
            .iter()
            .copied()
            .filter(|l| l.name() != report.language && !targets.contains(l))
            .collect(),
        source: report.language,
        targets: progress,
        can_manage,
    })
}

/// Records `action` on report `report` by `actor` in its coalition's audit log.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: &Actor,
    report: &report::Model,
    action: &'static str,
    detail: &str,
) -> Result<(), AppError> {
    let client = client_info();
    let entry = audit::Entry {
        actor_user_id: actor.user_id(),
        action,
        subject: Some(&report.title),
        detail,
        client_address: client.address.as_deref(),
    };
    audit::record_in_coalition(db, entry, Some(report.coalition_id), Utc::now()).await?;
    Ok(())
}

/// Adds `code` to the languages of report `report_id` (coordinators, while it is open).
pub async fn add_language(
    db: &DatabaseConnection,
    actor: &Actor,
    report_id: i32,
    code: &str,
) -> Result<(), AppError> {
    let report = managed(db, actor, report_id).await?;
    ensure_open(&report)?;
    let language = language_for(&report, code)?;
    let txn = begin(db).await?;
    let result = async {
        if translation_languages(&txn, report.id)
            .await?
            .contains(&language)
        {
            return Err(AppError::invalid("translation-error-language-added"));
        }
        report_language::ActiveModel {
            report_id: Set(report.id),
            language: Set(language),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        record(
            &txn,
            actor,
            &report,
            audit::action::REPORT_LANGUAGE_ADDED,
            language.name(),
        )
        .await
    }
    .await;
    finish(txn, result).await
}

/// Removes `code` from the languages of report `report_id` (coordinators, while it is open),
/// if no section has been translated into it.
pub async fn remove_language(
    db: &DatabaseConnection,
    actor: &Actor,
    report_id: i32,
    code: &str,
) -> Result<(), AppError> {
    let report = managed(db, actor, report_id).await?;
    ensure_open(&report)?;
    let txn = begin(db).await?;
    let result = async {
        let language = target_of(&txn, &report, code).await?;
        let sections: Vec<i32> = entities::report_section::Entity::find()
            .filter(entities::report_section::Column::ReportId.eq(report.id))
            .all(&txn)
            .await?
            .into_iter()
            .map(|s| s.id)
            .collect();
        let translated = section_translation::Entity::find()
            .filter(section_translation::Column::SectionId.is_in(sections.iter().copied()))
            .filter(section_translation::Column::Language.eq(language))
            .one(&txn)
            .await?;
        if translated.is_some() {
            return Err(AppError::invalid("translation-error-language-in-use"));
        }
        translation_assignment::Entity::delete_many()
            .filter(translation_assignment::Column::SectionId.is_in(sections))
            .filter(translation_assignment::Column::Language.eq(language))
            .exec(&txn)
            .await?;
        report_language::Entity::delete_many()
            .filter(report_language::Column::ReportId.eq(report.id))
            .filter(report_language::Column::Language.eq(language))
            .exec(&txn)
            .await?;
        record(
            &txn,
            actor,
            &report,
            audit::action::REPORT_LANGUAGE_REMOVED,
            language.name(),
        )
        .await
    }
    .await;
    finish(txn, result).await
}

/// The glossary terms of coalition `coalition_id` (its own first) that `source` uses in
/// language `source_code`, each once, with its equivalent in `target` and whether
/// `translation` uses that (never while the translation is empty).
async fn glossary_uses(
    db: &impl ConnectionTrait,
    coalition_id: i32,
    source_code: &str,
    target: Language,
    source: &str,
    translation: &str,
) -> Result<Vec<TermUse>, AppError> {
    let mut found: Vec<TermUse> = Vec::new();
    for term in terms_for(db, coalition_id).await? {
        let (from, to) = (
            term.in_language(source_code),
            term.in_language(target.name()),
        );
        if from.is_empty()
            || to.is_empty()
            || found
                .iter()
                .any(|t| t.source.to_lowercase() == from.to_lowercase())
            || !uses(source, from)
        {
            continue;
        }
        found.push(TermUse {
            source: from.to_string(),
            target: to.to_string(),
            used: !translation.trim().is_empty() && uses(translation, to),
        });
    }
    Ok(found)
}

/// `ours`, edited from version `base` of translation `current`, combined with what was saved
/// since; a 422 when both changed the same paragraphs (or the base version is gone).
async fn merged(
    db: &impl ConnectionTrait,
    current: &section_translation::Model,
    base: i32,
    ours: &str,
) -> Result<String, AppError> {
    let base = translation_revision::Entity::find()
        .filter(translation_revision::Column::TranslationId.eq(current.id))
        .filter(translation_revision::Column::Version.eq(base))
        .one(db)
        .await?;
    match base.map(|b| three_way(&b.body, ours, &current.body)) {
        Some(Merge::Clean(text)) => Ok(text),
        _ => Err(AppError::invalid("translation-error-stale")),
    }
}

/// How many saved versions of a translation its page lists.
const HISTORY_SHOWN: usize = 20;

/// The saved versions of translation `translation_id`, newest first (the latest
/// [`HISTORY_SHOWN`]), each with what it changed since the one before.
async fn history_of(
    db: &impl ConnectionTrait,
    translation_id: i32,
) -> Result<Vec<TranslationRevision>, AppError> {
    let revisions = translation_revision::Entity::find()
        .filter(translation_revision::Column::TranslationId.eq(translation_id))
        .order_by_asc(translation_revision::Column::Version)
        .all(db)
        .await?;
    let people = display_names(
        db,
        revisions.iter().filter_map(|r| r.author_user_id).collect(),
    )
    .await?;
    let mut history: Vec<TranslationRevision> = revisions
        .iter()
        .enumerate()
        .map(|(i, r)| TranslationRevision {
            version: r.version,
            author: r.author_user_id.and_then(|id| people.get(&id).cloned()),
            saved_at: r.created_at.format("%Y-%m-%d %H:%M").to_string(),
            source_version: r.source_version,
            changes: word_diff(i.checked_sub(1).map_or("", |p| &revisions[p].body), &r.body),
        })
        .collect();
    history.reverse();
    history.truncate(HISTORY_SHOWN);
    Ok(history)
}

/// Who is assigned to translate section `section_id` into `language`, if anyone.
async fn translator_of(
    db: &impl ConnectionTrait,
    section_id: i32,
    language: Language,
) -> Result<Option<i32>, AppError> {
    Ok(translation_assignment::Entity::find()
        .filter(translation_assignment::Column::SectionId.eq(section_id))
        .filter(translation_assignment::Column::Language.eq(language))
        .one(db)
        .await?
        .map(|a| a.translator_user_id))
}

/// Section `section_id` for `actor` to do `action` on its translation into `code` (the
/// policy's translation resource: its writers and its assigned translator), with that
/// translator.
async fn translation_authorized(
    db: &impl ConnectionTrait,
    actor: &Actor,
    section_id: i32,
    code: &str,
    action: Action,
) -> Result<(SectionContext, Option<i32>), AppError> {
    let context = authorized(db, actor, section_id, Action::Read).await?;
    let translator = match Language::parse(code) {
        Some(language) => translator_of(db, section_id, language).await?,
        None => None,
    };
    let resource = context.translation(translator);
    if !can(actor, action, resource) {
        return Err(AppError::Forbidden);
    }
    Ok((context, translator))
}

/// The translation of section `section_id` into `language`, if there is one.
pub async fn translation_of(
    db: &impl ConnectionTrait,
    section_id: i32,
    language: Language,
) -> Result<Option<section_translation::Model>, AppError> {
    Ok(section_translation::Entity::find()
        .filter(section_translation::Column::SectionId.eq(section_id))
        .filter(section_translation::Column::Language.eq(language))
        .one(db)
        .await?)
}

/// The text of section `section_id` at `version`.
async fn source_at(
    db: &impl ConnectionTrait,
    section_id: i32,
    version: i32,
) -> Result<Option<String>, AppError> {
    Ok(section_revision::Entity::find()
        .filter(section_revision::Column::SectionId.eq(section_id))
        .filter(section_revision::Column::Version.eq(version))
        .one(db)
        .await?
        .map(|r| r.body))
}

/// Section `section_id`'s translation into `code` beside the section's text, for members of
/// its coalition.
pub async fn translation_view(
    db: &DatabaseConnection,
    actor: &Actor,
    section_id: i32,
    code: &str,
) -> Result<TranslationView, AppError> {
    let (context, translator) =
        translation_authorized(db, actor, section_id, code, Action::Read).await?;
    let language = target_of(db, &context.report, code).await?;
    let translation = translation_of(db, section_id, language).await?;
    let section = &context.section;
    let based_on = translation
        .as_ref()
        .map_or(section.version, |t| t.source_version);
    let before = if based_on < section.version {
        source_at(db, section.id, based_on).await?
    } else {
        None
    };
    let source_changes = before
        .as_deref()
        .map(|old| word_diff(old, &section.body))
        .unwrap_or_default();
    let translated_body = translation.as_ref().map_or("", |t| t.body.as_str());
    let glossary = glossary_uses(
        db,
        context.report.coalition_id,
        &context.report.language,
        language,
        &section.body,
        translated_body,
    )
    .await?;
    let sources: Vec<&str> = glossary.iter().map(|t| t.source.as_str()).collect();
    let memory = remembered(db, context.report.coalition_id, language, section.id).await?;
    let source_paragraphs = changed_paragraphs(before.as_deref(), &section.body)
        .into_iter()
        .map(|(text, changed)| SourceParagraph {
            parts: mark(&text, &sources)
                .into_iter()
                .map(|(text, term)| TextPart { text, term })
                .collect(),
            reuse: best(&text, &memory).map(|(found, same)| Reuse {
                translation: found.translation.clone(),
                from: found.from.clone(),
                same,
                source_changes: if same {
                    Vec::new()
                } else {
                    word_diff(&found.source, &text)
                },
            }),
            text,
            changed,
        })
        .collect();
    let missing_notes = match &translation {
        Some(t) if !t.body.trim().is_empty() => missing_notes(&section.body, &t.body),
        _ => Vec::new(),
    };
    let open = ensure_open(&context.report).is_ok() && !context.is_removed();
    let resource = context.translation(translator);
    let can_edit = open && can(actor, Action::Edit, resource);
    let can_assign = open && can(actor, Action::Manage, resource);
    let candidates = if can_assign {
        coalition_people(db, context.report.coalition_id).await?
    } else {
        Vec::new()
    };
    let translator = match translator {
        Some(id) => display_names(db, vec![id])
            .await?
            .remove(&id)
            .map(|name| Person { id, name }),
        None => None,
    };
    let can_approve = open
        && can(actor, Action::Comment, resource)
        && translation.as_ref().is_some_and(|t| {
            t.state == TranslationState::Translated && t.translator_user_id != actor.user_id()
        });
    Ok(TranslationView {
        section_id: section.id,
        section_title: section.title.clone(),
        report_id: context.report.id,
        report_title: context.report.title.clone(),
        language,
        source_language: context.report.language.clone(),
        source: section.body.clone(),
        source_version: section.version,
        title: translation
            .as_ref()
            .map(|t| t.title.clone())
            .unwrap_or_default(),
        body: translation
            .as_ref()
            .map(|t| t.body.clone())
            .unwrap_or_default(),
        version: translation.as_ref().map_or(0, |t| t.version),
        state: translation.as_ref().map(|t| t.state),
        based_on,
        source_changes,
        source_paragraphs,
        paragraphs: aligned(translated_body),
        missing_notes,
        glossary,
        history: match &translation {
            Some(t) => history_of(db, t.id).await?,
            None => Vec::new(),
        },
        words: translation
            .as_ref()
            .map(|t| words::count(&t.body))
            .unwrap_or_default(),
        source_words: words::count(&section.body),
        translator,
        can_assign,
        candidates,
        can_edit,
        can_approve,
    })
}

/// What a translator saves.
#[derive(Clone, Debug)]
pub struct TranslationEdit {
    pub section_id: i32,
    pub language: String,
    /// The version the translator started from (0 for a new translation).
    pub base_version: i32,
    /// The heading in the language (trimmed; empty keeps the section's own).
    pub title: String,
    pub body: String,
    /// Finished against the section's current text.
    pub complete: bool,
}

/// Saves `edit` for `actor` (those who may edit the translation) as its next version, based
/// on the section's current text. One based on an older version of the translation is
/// merged with what was saved since when the two changed different paragraphs, and refused,
/// changing nothing, when they overlap. Answers the new version.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    edit: TranslationEdit,
) -> Result<i32, AppError> {
    let (context, _) =
        translation_authorized(db, actor, edit.section_id, &edit.language, Action::Edit).await?;
    ensure_open(&context.report)?;
    if context.is_removed() {
        return Err(AppError::invalid("section-error-removed"));
    }
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    if edit.body.len() > MAX_BODY_BYTES {
        return Err(AppError::invalid("section-error-too-large"));
    }
    let title = edit.title.trim().to_string();
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(AppError::invalid("translation-error-title"));
    }
    let language = target_of(db, &context.report, &edit.language).await?;
    let state = if edit.complete {
        TranslationState::Translated
    } else {
        TranslationState::InTranslation
    };
    let txn = begin(db).await?;
    let result = async {
        // Take the section's row lock first, as a save of its text does: the two take turns,
        // so a translation is never marked current against a text that changed under it. The
        // section's version is then the one it is based on.
        lock(&txn, edit.section_id).await?;
        let source_version = entities::report_section::Entity::find_by_id(edit.section_id)
            .one(&txn)
            .await?
            .ok_or(AppError::Forbidden)?
            .version;
        let text = VersionText {
            title: &title,
            body: &edit.body,
            state,
            source_version,
            user_id,
        };
        let version = match translation_of(&txn, edit.section_id, language).await? {
            None if edit.base_version == 0 => {
                write_version(&txn, edit.section_id, language, None, text).await?
            }
            Some(current) if (1..=current.version).contains(&edit.base_version) => {
                // Saved by someone else since: their changes and these combine when they
                // touch different paragraphs; otherwise the save is refused.
                let body = if current.version == edit.base_version {
                    edit.body.clone()
                } else {
                    merged(&txn, &current, edit.base_version, &edit.body).await?
                };
                let text = VersionText {
                    body: &body,
                    ..text
                };
                write_version(&txn, edit.section_id, language, Some(&current), text).await?
            }
            _ => return Err(AppError::invalid("translation-error-stale")),
        };
        let detail = format!("{} · {} v{version}", context.section.title, language.name());
        record(
            &txn,
            actor,
            &context.report,
            audit::action::TRANSLATION_SAVED,
            &detail,
        )
        .await?;
        Ok(version)
    }
    .await;
    finish(txn, result).await
}

/// The next version of a translation, as written.
#[derive(Clone, Copy, Debug)]
pub struct VersionText<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub state: TranslationState,
    /// The section's version it is made from.
    pub source_version: i32,
    pub user_id: i32,
}

/// Writes `text` as the next version of `current` (the first when `None`) of section
/// `section_id`'s translation into `language`, with its revision; its approval, if any, is
/// gone. The caller holds the section's row lock in `txn` and has checked the access.
/// Answers the version written.
pub async fn write_version(
    txn: &DatabaseTransaction,
    section_id: i32,
    language: Language,
    current: Option<&section_translation::Model>,
    text: VersionText<'_>,
) -> Result<i32, AppError> {
    let now = Utc::now();
    let (id, version) = match current {
        None => {
            let inserted = section_translation::ActiveModel {
                section_id: Set(section_id),
                language: Set(language),
                title: Set(text.title.to_string()),
                body: Set(text.body.to_string()),
                state: Set(text.state),
                source_version: Set(text.source_version),
                translator_user_id: Set(Some(text.user_id)),
                approved_by_user_id: Set(None),
                approved_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                version: Set(1),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            (inserted.id, 1)
        }
        Some(current) => {
            let update = section_translation::Entity::update_many()
                .col_expr(
                    section_translation::Column::Title,
                    Expr::value(text.title.to_string()),
                )
                .col_expr(
                    section_translation::Column::Body,
                    Expr::value(text.body.to_string()),
                )
                .col_expr(section_translation::Column::State, Expr::value(text.state))
                .col_expr(
                    section_translation::Column::SourceVersion,
                    Expr::value(text.source_version),
                )
                .col_expr(
                    section_translation::Column::TranslatorUserId,
                    Expr::value(text.user_id),
                )
                .col_expr(
                    section_translation::Column::ApprovedByUserId,
                    Expr::value(None::<i32>),
                )
                .col_expr(
                    section_translation::Column::ApprovedAt,
                    Expr::value(None::<chrono::DateTime<Utc>>),
                )
                .col_expr(section_translation::Column::UpdatedAt, Expr::value(now));
            update_if_current(
                txn,
                update,
                current.id,
                current.version,
                "translation-error-stale",
            )
            .await?;
            (current.id, current.version + 1)
        }
    };
    translation_revision::ActiveModel {
        translation_id: Set(id),
        version: Set(version),
        body: Set(text.body.to_string()),
        source_version: Set(text.source_version),
        author_user_id: Set(Some(text.user_id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(version)
}

/// Approves version `version` of section `section_id`'s translation into `code`: someone
/// who may review the section and did not save that version, while it is translated against
/// the section's current text.
pub async fn approve(
    db: &DatabaseConnection,
    actor: &Actor,
    section_id: i32,
    code: &str,
    version: i32,
) -> Result<(), AppError> {
    let context = authorized(db, actor, section_id, Action::Comment).await?;
    ensure_open(&context.report)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let language = target_of(db, &context.report, code).await?;
    let txn = begin(db).await?;
    let result = async {
        let translation = translation_of(&txn, section_id, language)
            .await?
            .ok_or_else(|| AppError::invalid("translation-error-stale"))?;
        if translation.state != TranslationState::Translated {
            return Err(AppError::invalid("translation-error-not-translated"));
        }
        if translation.translator_user_id == Some(user_id) {
            return Err(AppError::invalid("translation-error-own"));
        }
        let now = Utc::now();
        let update = section_translation::Entity::update_many()
            .col_expr(
                section_translation::Column::State,
                Expr::value(TranslationState::Approved),
            )
            .col_expr(
                section_translation::Column::ApprovedByUserId,
                Expr::value(user_id),
            )
            .col_expr(section_translation::Column::ApprovedAt, Expr::value(now))
            .filter(section_translation::Column::State.eq(TranslationState::Translated));
        update_if_current(
            &txn,
            update,
            translation.id,
            version,
            "translation-error-stale",
        )
        .await?;
        let detail = format!("{} · {}", context.section.title, language.name());
        record(
            &txn,
            actor,
            &context.report,
            audit::action::TRANSLATION_APPROVED,
            &detail,
        )
        .await
    }
    .await;
    finish(txn, result).await
}

/// The members of coalition `coalition_id`, by name: whom a translation can be assigned to.
async fn coalition_people(
    db: &impl ConnectionTrait,
    coalition_id: i32,
) -> Result<Vec<Person>, AppError> {
    let members: Vec<i32> = coalition_role::Entity::find()
        .filter(coalition_role::Column::CoalitionId.eq(coalition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    let mut people: Vec<Person> = display_names(db, members)
        .await?
        .into_iter()
        .map(|(id, name)| Person { id, name })
        .collect();
    people.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    Ok(people)
}

/// Assigns `translator` (`None`: nobody) to translate section `section_id` into `code`, for
/// coordinators while the report is open; the translator must be a member of the coalition.
pub async fn assign(
    db: &DatabaseConnection,
    actor: &Actor,
    section_id: i32,
    code: &str,
    translator: Option<i32>,
) -> Result<(), AppError> {
    let (context, _) = translation_authorized(db, actor, section_id, code, Action::Manage).await?;
    ensure_open(&context.report)?;
    if context.is_removed() {
        return Err(AppError::invalid("section-error-removed"));
    }
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let language = target_of(db, &context.report, code).await?;
    let txn = begin(db).await?;
    let result = async {
        let name = match translator {
            Some(id) => {
                let member = coalition_role::Entity::find()
                    .filter(coalition_role::Column::CoalitionId.eq(context.report.coalition_id))
                    .filter(coalition_role::Column::UserId.eq(id))
                    .one(&txn)
                    .await?;
                if member.is_none() {
                    return Err(AppError::invalid("translation-error-translator"));
                }
                display_names(&txn, vec![id])
                    .await?
                    .remove(&id)
                    .unwrap_or_default()
            }
            None => String::new(),
        };
        translation_assignment::Entity::delete_many()
            .filter(translation_assignment::Column::SectionId.eq(section_id))
            .filter(translation_assignment::Column::Language.eq(language))
            .exec(&txn)
            .await?;
        if let Some(id) = translator {
            translation_assignment::ActiveModel {
                section_id: Set(section_id),
                language: Set(language),
                translator_user_id: Set(id),
                assigned_by_user_id: Set(Some(user_id)),
                assigned_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        let detail = format!("{} · {} · {name}", context.section.title, language.name());
        record(
            &txn,
            actor,
            &context.report,
            audit::action::TRANSLATOR_ASSIGNED,
            detail.trim_end_matches(" · "),
        )
        .await
    }
    .await;
    finish(txn, result).await
}
