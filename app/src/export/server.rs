//! Reading a report for export, running the pre-submission check, making drafts and final
//! exports, and the front matter the coordinator fills in (server only).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entities::{
    assessment, coalition, coalition_member, organisation, recommendation, report, report_export,
    section_translation, source_document, submission_profile,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, sea_query::Expr,
};
use sha2::{Digest, Sha256};
use shadowdesk_docx::{
    Mode, Texts, Written,
    submission::{
        AnnexRecommendation, Contact, NotePlacement, Publication, SectionText, Submission,
    },
};

use super::{
    api::{CheckItem, ExportRecord, ExportView, FrontMatter},
    check::{self, TranslationGap},
    file_name::file_name,
    texts::ReportTexts,
};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource, can},
    },
    error::AppError,
    outline::{
        server::{sections_of, visible_outline},
        tree::within_annexes,
    },
    profiles::server::list,
    recommendations::citation::{citation, cites},
    report_access as access,
    states::{AssessmentStatus, Assessor, Language, Named, ReportStatus, TranslationState},
    transaction::{finish, update_if_current},
};

/// The most keywords a report carries, and the longest.
const MAX_KEYWORDS: usize = 30;
const MAX_KEYWORD_CHARS: usize = 100;

/// Reads `report` as it would be exported today.
pub async fn load(
    db: &impl ConnectionTrait,
    report: &report::Model,
    now: DateTime<Utc>,
) -> Result<Submission, AppError> {
    Ok(load_in(db, report, now, None, false).await?.0)
}

/// Reads `report` as it would be exported today in `language` (one it is translated into;
/// `None`: its own): each section's heading and text in that language where it is
/// translated, otherwise the section's own — in a draft (`mark`) with a note saying it is
/// untranslated or outdated. Also answers the sections whose translation is not approved.
pub async fn load_in(
    db: &impl ConnectionTrait,
    report: &report::Model,
    now: DateTime<Utc>,
    language: Option<Language>,
    mark: bool,
) -> Result<(Submission, Vec<TranslationGap>), AppError> {
    let profile = match report.profile_id {
        Some(id) => submission_profile::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let coalition = coalition::Entity::find_by_id(report.coalition_id)
        .one(db)
        .await?
        .ok_or_else(|| sea_orm::DbErr::RecordNotFound("the report's coalition".into()))?;
    let member_ids: Vec<i32> = coalition_member::Entity::find()
        .filter(coalition_member::Column::CoalitionId.eq(coalition.id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.organisation_id)
        .collect();
    let mut organisations = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(member_ids))
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?;
    // The lead organisation first.
    organisations.sort_by_key(|o| o.id != coalition.lead_organisation_id);
    let lead = organisation::Entity::find_by_id(coalition.lead_organisation_id)
        .one(db)
        .await?;

    let all = sections_of(db, report.id).await?;
    let outline = visible_outline(&all);
    let by_id: HashMap<i32, &entities::report_section::Model> =
        all.iter().map(|s| (s.id, s)).collect();
    let ids: Vec<i32> = all.iter().map(|s| s.id).collect();
    let review = crate::review::server::open_counts(db, &ids).await?;
    let ordered: Vec<(usize, &entities::report_section::Model)> = outline
        .reading_order()
        .into_iter()
        .filter_map(|(id, depth, _)| by_id.get(&id).map(|s| (depth, *s)))
        .collect();
    let in_annex = within_annexes(ordered.iter().map(|(depth, s)| (*depth, s.annex)));
    let mut sections: Vec<SectionText> = ordered
        .into_iter()
        .zip(in_annex)
        .map(|((depth, s), annex)| SectionText {
            id: s.id,
            depth,
            title: s.title.clone(),
            body: s.body.clone(),
            status: s.status,
            annex,
            open_threads: review.get(&s.id).map_or(0, |c| c.0),
            open_suggestions: review.get(&s.id).map_or(0, |c| c.1),
            revision: s.version,
        })
        .collect();

    let language_code = language.map_or_else(|| report.language.clone(), |l| l.name().to_string());
    let texts = ReportTexts::new(&language_code);
    let gaps = match language {
        Some(language) => translate_sections(db, &mut sections, language, &texts, mark).await?,
        None => Vec::new(),
    };
    // Each section ends with its proposals, under headings in the export's language.
    let proposals =
        crate::proposals::server::of_sections(db, sections.iter().map(|s| s.id)).await?;
    for section in &mut sections {
        if let Some(found) = proposals.get(&section.id) {
            let markdown = crate::proposals::server::markdown_of(found, |key| texts.get(key));
            section.body.push_str(&markdown);
        }
    }
    let recommendations = cited_recommendations(db, report.coalition_id, &sections, &texts).await?;
    let submission = Submission {
        report_id: report.id,
        title: report.title.clone(),
        mechanism: report.mechanism.clone(),
        stage: report.stage.clone(),
        submission_type: profile
            .as_ref()
            .map_or_else(|| report.mechanism.clone(), |p| p.name.clone()),
        state_under_review: report.state_under_review.clone(),
        session: report.session.clone(),
        language: language_code,
        coalition: coalition.name.clone(),
        coalition_description: coalition.description.clone(),
        members: organisations.into_iter().map(|o| o.name).collect(),
        contact: lead.map(|o| Contact {
            name: o.name,
            email: o.contact_email.filter(|e| !e.trim().is_empty()),
            website: o.website.filter(|w| !w.trim().is_empty()),
        }),
        keywords: keywords(&report.keywords),
        publication: report.publication,
        word_limit: profile.as_ref().and_then(|p| p.word_limit),
        notes_counted: profile.as_ref().is_some_and(|p| p.notes_counted),
        notes: profile.as_ref().map_or(NotePlacement::Footnotes, |p| {
            NotePlacement::from_code(&p.notes_placement)
        }),
        front_matter: profile
            .as_ref()
            .map(|p| list(&p.front_matter))
            .unwrap_or_default(),
        languages: profile
            .as_ref()
            .map(|p| list(&p.languages))
            .unwrap_or_default(),
        deadline: report.deadline,
        status: report.status,
        sections,
        recommendations,
        reference_styles: profile.and_then(|p| p.reference_styles),
        today: now.date_naive(),
    };
    Ok((submission, gaps))
}

/// `sections` in `language`: the translated heading and text where there is a translation,
/// the section's own otherwise, with a note saying it is untranslated or outdated when
/// `mark`ed. Answers the sections with text whose translation is not approved.
async fn translate_sections(
    db: &impl ConnectionTrait,
    sections: &mut [SectionText],
    language: Language,
    texts: &ReportTexts,
    mark: bool,
) -> Result<Vec<TranslationGap>, AppError> {
    let translations: HashMap<i32, section_translation::Model> =
        section_translation::Entity::find()
            .filter(section_translation::Column::SectionId.is_in(sections.iter().map(|s| s.id)))
            .filter(section_translation::Column::Language.eq(language))
            .all(db)
            .await?
            .into_iter()
            .map(|t| (t.section_id, t))
            .collect();
    let mut gaps = Vec::new();
    for section in sections.iter_mut() {
        let translation = translations
            .get(&section.id)
            .filter(|t| !t.body.trim().is_empty());
        let state = translation.map(|t| t.state);
        if !section.body.trim().is_empty() && state != Some(TranslationState::Approved) {
            gaps.push(TranslationGap {
                title: translation
                    .map(|t| t.title.trim())
                    .filter(|t| !t.is_empty())
                    .unwrap_or(&section.title)
                    .to_string(),
                state,
            });
        }
        match translation {
            Some(t) => {
                if !t.title.trim().is_empty() {
                    section.title = t.title.clone();
                }
                section.body = if mark && t.state == TranslationState::Outdated {
                    format!(
                        "*{}*\n\n{}",
                        texts.get("export-translation-outdated"),
                        t.body
                    )
                } else {
                    t.body.clone()
                };
            }
            None => {
                if mark && !section.body.trim().is_empty() {
                    section.body =
                        format!("*{}*\n\n{}", texts.get("export-untranslated"), section.body);
                }
            }
        }
    }
    Ok(gaps)
}

/// A comma-separated keyword list as its keywords.
fn keywords(list: &str) -> Vec<String> {
    list.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_string)
        .collect()
}

/// The coalition's recommendations that `sections` cite, in the order of their first
/// citation.
async fn cited_recommendations(
    db: &impl ConnectionTrait,
    coalition_id: i32,
    sections: &[SectionText],
    texts: &ReportTexts,
) -> Result<Vec<AnnexRecommendation>, AppError> {
    let text: String = sections
        .iter()
        .map(|s| s.body.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let documents: Vec<source_document::Model> = source_document::Entity::find()
        .filter(source_document::Column::CoalitionId.eq(coalition_id))
        .all(db)
        .await?
        .into_iter()
        .filter(|d| !d.symbol.is_empty() && text.contains(&d.symbol))
        .collect();
    if documents.is_empty() {
        return Ok(Vec::new());
    }
    let by_document: HashMap<i32, &source_document::Model> =
        documents.iter().map(|d| (d.id, d)).collect();
    let candidates = recommendation::Entity::find()
        .filter(recommendation::Column::DocumentId.is_in(by_document.keys().copied()))
        .all(db)
        .await?;
    let mut cited: Vec<(usize, recommendation::Model, &source_document::Model)> = Vec::new();
    for rec in candidates {
        let Some(document) = by_document.get(&rec.document_id) else {
            continue;
        };
        let reference = citation(&document.symbol, &rec.paragraph);
        if cites(&text, &document.symbol, &rec.paragraph) {
            let at = text.find(&reference).unwrap_or(usize::MAX);
            cited.push((at, rec, document));
        }
    }
    cited.sort_by(|a, b| (a.0, &a.1.paragraph).cmp(&(b.0, &b.1.paragraph)));
    let ids: Vec<i32> = cited.iter().map(|(_, r, _)| r.id).collect();
    let mut coalition_view: HashMap<i32, assessment::Model> = HashMap::new();
    for a in assessment::Entity::find()
        .filter(assessment::Column::RecommendationId.is_in(ids))
        .filter(assessment::Column::Assessor.eq(Assessor::Coalition))
        .filter(assessment::Column::Status.eq(AssessmentStatus::Approved))
        .order_by_asc(assessment::Column::AssessedOn)
        .order_by_asc(assessment::Column::Id)
        .all(db)
        .await?
    {
        coalition_view.insert(a.recommendation_id, a);
    }
    Ok(cited
        .into_iter()
        .map(|(_, rec, document)| {
            let assessment = coalition_view
                .get(&rec.id)
                .map(|a| {
                    a.scale
                        .label_key(&a.label)
                        .map(|key| texts.get(&key))
                        .filter(|t| !t.starts_with("level-"))
                        .unwrap_or_else(|| a.label.clone())
                })
                .unwrap_or_default();
            let position = rec
                .upr_position
                .map(|p| texts.get(p.message()))
                .unwrap_or_default();
            AnnexRecommendation {
                citation: citation(&document.symbol, &rec.paragraph),
                text: rec.text,
                recommending_states: rec.recommending_states,
                position,
                assessment,
                state: document.state_under_review.clone(),
            }
        })
        .collect())
}

/// The export page of report `id`: the check, the words, the front matter, the exports.
pub async fn overview(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    language: &str,
) -> Result<ExportView, AppError> {
    let report = access::authorized(db, actor, id, Action::Read).await?;
    let translation = translation_language(db, &report, language).await?;
    let can_manage = can(
        actor,
        Action::Manage,
        Resource::Coalition {
            id: report.coalition_id,
        },
    );
    let now = Utc::now();
    let (submission, gaps) = load_in(db, &report, now, translation, false).await?;
    let checks = checks_in(&submission, translation, &gaps, now);
    let words = check::body_words(&submission);
    let lead = lead_name(&submission);
    let exports = report_export::Entity::find()
        .filter(report_export::Column::ReportId.eq(report.id))
        .order_by_desc(report_export::Column::Id)
        .all(db)
        .await?;
    let people =
        crate::directory::display_names(db, exports.iter().filter_map(|e| e.exported_by).collect())
            .await?;
    let languages = access::translation_languages(db, report.id).await?;
    Ok(ExportView {
        languages,
        language: translation,
        source_language: report.language.clone(),
        report_id: report.id,
        title: report.title.clone(),
        status: report.status,
        version: report.version,
        blocking: check::blocks(&checks),
        checks,
        words,
        word_limit: submission.word_limit,
        notes_counted: submission.notes_counted,
        file_name: final_file_name(&submission, &lead, translation, now),
        front_matter: FrontMatter {
            report_id: report.id,
            version: report.version,
            keywords: report.keywords.clone(),
            publication: report.publication.name().to_string(),
        },
        wants_keywords: submission.wants("keywords"),
        wants_publication: submission.wants("publication_statement"),
        exports: exports
            .into_iter()
            .map(|e| ExportRecord {
                id: e.id,
                name: e.name,
                file_name: e.file_name,
                sha256: e.sha256,
                size_bytes: e.size_bytes,
                body_words: i64::from(e.body_words),
                note_words: i64::from(e.note_words),
                exported_by: e.exported_by.and_then(|u| people.get(&u).cloned()),
                exported_at: e.exported_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            })
            .collect(),
        submitted_on: report
            .submitted_on
            .map(|d| d.format("%Y-%m-%d").to_string()),
        submission_reference: report.submission_reference.clone(),
        can_manage,
    })
}

/// A made file: its name and bytes.
pub struct File {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A draft export of report `id` for anyone who may read it: always possible, marked
/// "Draft" on every page, not kept. `language` is one the report is translated into (empty
/// or the report's own: the sections' own text).
pub async fn draft(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    language: &str,
) -> Result<File, AppError> {
    let report = access::authorized(db, actor, id, Action::Read).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let translation = translation_language(db, &report, language).await?;
    let now = Utc::now();
    let (submission, _) = load_in(db, &report, now, translation, true).await?;
    let written = write(&submission, Mode::Draft, now).await?;
    let lead = lead_name(&submission);
    let suffix = match translation {
        Some(language) => format!(" ({}, draft).docx", language.name()),
        None => " (draft).docx".to_string(),
    };
    let name = file_name(&submission, &lead, now.date_naive()).replace(".docx", &suffix);
    audit::record_action(
        db,
        user_id,
        audit::action::DRAFT_EXPORTED,
        &report.title,
        &name,
        Some(report.coalition_id),
    )
    .await?;
    Ok(File {
        name,
        bytes: written.bytes,
    })
}

/// `code` as a language `report` is translated into; `None` for empty or the report's own
/// language; a 422 for any other.
async fn translation_language(
    db: &impl ConnectionTrait,
    report: &report::Model,
    code: &str,
) -> Result<Option<Language>, AppError> {
    if code.is_empty() || code == report.language {
        return Ok(None);
    }
    let language =
        Language::parse(code).ok_or_else(|| AppError::invalid("translation-error-language"))?;
    if !access::translation_languages(db, report.id)
        .await?
        .contains(&language)
    {
        return Err(AppError::invalid("translation-error-language"));
    }
    Ok(Some(language))
}

/// The pre-submission check of `submission`, made in `translation` (`None`: the report's
/// own language) with `gaps` in that translation.
fn checks_in(
    submission: &Submission,
    translation: Option<Language>,
    gaps: &[TranslationGap],
    now: DateTime<Utc>,
) -> Vec<CheckItem> {
    let mut checks = check::run(submission, now);
    if translation.is_some() {
        checks.extend(check::translation(gaps));
    }
    checks
}

/// The final file's name: the OHCHR pattern, with the language for a translation.
fn final_file_name(
    submission: &Submission,
    lead: &str,
    translation: Option<Language>,
    now: DateTime<Utc>,
) -> String {
    let name = file_name(submission, lead, now.date_naive());
    match translation {
        Some(language) => name.replace(".docx", &format!(" ({}).docx", language.name())),
        None => name,
    }
}

fn lead_name(submission: &Submission) -> String {
    submission
        .contact
        .as_ref()
        .map_or_else(|| submission.coalition.clone(), |c| c.name.clone())
}

/// Writes the file on a worker thread (a long report takes a moment of CPU).
async fn write(
    submission: &Submission,
    mode: Mode,
    now: DateTime<Utc>,
) -> Result<Written, AppError> {
    let submission = submission.clone();
    let texts = ReportTexts::new(&submission.language);
    tokio::task::spawn_blocking(move || shadowdesk_docx::write(&submission, mode, now, &texts))
        .await
        .map_err(|e| AppError::Export(format!("worker: {e}")))?
        .map_err(|e| AppError::Export(e.to_string()))
}

/// The final export of report `id` in `language` (coordinators; empty or the report's own
/// language: its sections' own text): refused while the check finds a blocking problem — in
/// a translation, any section missing, unfinished or outdated in it; otherwise the file is
/// kept as the next "Final n" with its SHA-256 and the revisions it holds, and the report
/// moves to `final`. Returns the export's id.
pub async fn final_export(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    language: &str,
) -> Result<i32, AppError> {
    let report = access::managed(db, actor, id).await?;
    access::ensure_open(&report)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let translation = translation_language(db, &report, language).await?;
    let now = Utc::now();
    let (submission, gaps) = load_in(db, &report, now, translation, false).await?;
    let checks = checks_in(&submission, translation, &gaps, now);
    let blocking = checks
        .iter()
        .filter(|c| c.severity == super::api::Severity::Blocking)
        .count();
    if blocking > 0 {
        return Err(AppError::invalid_with(
            "export-error-blocking",
            &[("count", (blocking as i64).into())],
        ));
    }
    let written = write(&submission, Mode::Final, now).await?;
    let words = check::body_words(&submission);
    let sha256 = crate::recommendations::evidence::server::hex(&Sha256::digest(&written.bytes));
    let name_of_file = final_file_name(&submission, &lead_name(&submission), translation, now);
    let revisions: Vec<[i32; 2]> = submission
        .sections
        .iter()
        .map(|s| [s.id, s.revision])
        .collect();
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        // The report must not have changed since it was read.
        let update = report::Entity::update_many()
            .col_expr(report::Column::Status, Expr::value(ReportStatus::Final))
            .col_expr(report::Column::UpdatedAt, Expr::value(now));
        update_if_current(
            &txn,
            update,
            report.id,
            report.version,
            "report-error-stale",
        )
        .await?;
        let earlier = report_export::Entity::find()
            .filter(report_export::Column::ReportId.eq(report.id))
            .count(&txn)
            .await?;
        let export = report_export::ActiveModel {
            report_id: Set(report.id),
            name: Set(match translation {
                Some(language) => format!("Final {} ({})", earlier + 1, language.name()),
                None => format!("Final {}", earlier + 1),
            }),
            file_name: Set(name_of_file.clone()),
            sha256: Set(sha256.clone()),
            size_bytes: Set(i64::try_from(written.bytes.len()).unwrap_or(i64::MAX)),
            content: Set(written.bytes.clone()),
            body_words: Set(i32::try_from(words.body).unwrap_or(i32::MAX)),
            note_words: Set(i32::try_from(words.notes).unwrap_or(i32::MAX)),
            revisions: Set(serde_json::to_string(&revisions).unwrap_or_default()),
            exported_by: Set(Some(user_id)),
            exported_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::FINAL_EXPORTED,
            &report.title,
            &format!("{} · SHA-256 {sha256}", export.name),
            Some(report.coalition_id),
        )
        .await?;
        Ok(export.id)
    }
    .await;
    finish(txn, result).await
}

/// Final export `export_id` as it was made, for anyone who may read its report.
pub async fn stored(
    db: &DatabaseConnection,
    actor: &Actor,
    export_id: i32,
) -> Result<File, AppError> {
    let Some(export) = report_export::Entity::find_by_id(export_id).one(db).await? else {
        // Like an export of another coalition: ids reveal nothing.
        crate::auth::visibility::authorize(actor, Action::Read, Resource::Instance)?;
        return Err(AppError::Forbidden);
    };
    access::authorized(db, actor, export.report_id, Action::Read).await?;
    Ok(File {
        name: export.file_name,
        bytes: export.content,
    })
}

/// Saves the front matter of a report (coordinators), if nobody changed the report since.
pub async fn save_front_matter(
    db: &DatabaseConnection,
    actor: &Actor,
    front: FrontMatter,
) -> Result<(), AppError> {
    let report = access::managed(db, actor, front.report_id).await?;
    access::ensure_open(&report)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let list = keywords(&front.keywords);
    if list.len() > MAX_KEYWORDS || list.iter().any(|k| k.chars().count() > MAX_KEYWORD_CHARS) {
        return Err(AppError::invalid("export-error-keywords"));
    }
    let publication = Publication::parse(&front.publication)
        .ok_or_else(|| AppError::invalid("export-error-publication"))?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let update = report::Entity::update_many()
            .col_expr(report::Column::Keywords, Expr::value(list.join(", ")))
            .col_expr(report::Column::Publication, Expr::value(publication))
            .col_expr(report::Column::UpdatedAt, Expr::value(Utc::now()));
        update_if_current(&txn, update, report.id, front.version, "report-error-stale").await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::FRONT_MATTER_SAVED,
            &report.title,
            &front.publication,
            Some(report.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}
