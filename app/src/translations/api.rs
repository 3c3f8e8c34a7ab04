//! Server functions and DTOs for a report's languages and its sections' translations.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::ApiError,
    sections::api::{DiffPart, WordCount},
    states::{Language, TranslationState},
};

/// How far a report's sections are translated into one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageProgress {
    pub language: Language,
    /// Whether the report's submission profile accepts the language.
    pub accepted: bool,
    /// Sections per state, in the order of [`TranslationState`]'s variants.
    pub states: Vec<(TranslationState, u64)>,
    /// Sections with no translation yet.
    pub missing: u64,
    /// Words of the translations into the language.
    pub words: WordCount,
}

/// The languages of a report: the one it is written in and those it is translated into.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguagesOverview {
    pub report_id: i32,
    /// The language the report is written in (its sections' own text).
    pub source: String,
    pub targets: Vec<LanguageProgress>,
    /// Languages that can still be added.
    pub choices: Vec<Language>,
    /// Whether the viewer may add and remove languages.
    pub can_manage: bool,
}

/// The languages of report `report_id`, for members of its coalition.
#[server(endpoint = "report_languages")]
pub async fn report_languages(report_id: i32) -> Result<LanguagesOverview, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::report_languages(&db, &actor, report_id).await?)
}

/// Adds `language` to the languages report `report_id` is translated into (coordinators).
#[server(endpoint = "add_report_language")]
pub async fn add_report_language(report_id: i32, language: String) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::add_language(&db, &actor, report_id, &language).await?)
}

/// Removes `language` from report `report_id` (coordinators), if no section has text in it.
#[server(endpoint = "remove_report_language")]
pub async fn remove_report_language(report_id: i32, language: String) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::remove_language(&db, &actor, report_id, &language).await?)
}

/// One paragraph of the section's text beside the translation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceParagraph {
    pub text: String,
    /// New or changed since the translation was made.
    pub changed: bool,
    /// The text cut at the glossary terms it uses.
    pub parts: Vec<TextPart>,
    /// A translation of this paragraph (or of one much like it) made before in the
    /// coalition's reports.
    pub reuse: Option<Reuse>,
}

/// One saved version of a translation: who saved it when, the section's version it was made
/// from, and what it changed in the translation's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationRevision {
    pub version: i32,
    pub author: Option<String>,
    /// UTC, `YYYY-MM-DD HH:MM`.
    pub saved_at: String,
    pub source_version: i32,
    pub changes: Vec<DiffPart>,
}

/// A paragraph translated before, offered for reuse.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reuse {
    pub translation: String,
    /// "Report · Section" it was translated in.
    pub from: String,
    /// It translates the very same paragraph; otherwise one much like it, and
    /// `source_changes` is how that one differs from this.
    pub same: bool,
    pub source_changes: Vec<DiffPart>,
}

/// A piece of a paragraph: a glossary term (an index into [`TranslationView::glossary`]) or
/// the text between terms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextPart {
    pub text: String,
    pub term: Option<usize>,
}

/// A glossary term the section's text uses, its agreed equivalent in the translation's
/// language, and whether the translation uses it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermUse {
    pub source: String,
    pub target: String,
    pub used: bool,
}

/// A section's translation into one language, beside the section's own text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationView {
    pub section_id: i32,
    pub section_title: String,
    pub report_id: i32,
    pub report_title: String,
    pub language: Language,
    /// The language the section is written in.
    pub source_language: String,
    /// The section's current text and version.
    pub source: String,
    pub source_version: i32,
    /// The translated heading (empty: not translated yet).
    pub title: String,
    /// The translation's text (empty when missing) and version (0 when missing).
    pub body: String,
    pub version: i32,
    /// `None` while missing.
    pub state: Option<TranslationState>,
    /// The section's version the translation was last brought up to date with.
    pub based_on: i32,
    /// What changed in the section's text since `based_on`, word by word (empty when
    /// nothing did).
    pub source_changes: Vec<DiffPart>,
    /// The section's paragraphs (each footnote definition one of its own), each marked when
    /// it is new or changed since `based_on`.
    pub source_paragraphs: Vec<SourceParagraph>,
    /// The translation's paragraphs, lined up with `source_paragraphs` (empty where one is
    /// not translated yet).
    pub paragraphs: Vec<String>,
    /// Footnotes the section refers to (`[^label]`) that the translation does not.
    pub missing_notes: Vec<String>,
    /// Glossary terms the section's text uses, with their equivalents.
    pub glossary: Vec<TermUse>,
    /// The translation's saved versions, newest first (the latest twenty).
    pub history: Vec<TranslationRevision>,
    /// Words of the translation and of the section's text.
    pub words: WordCount,
    pub source_words: WordCount,
    /// Whom the coordinators assigned to translate the section into the language.
    pub translator: Option<Person>,
    /// Whether the viewer may assign the translator, and whom (the coalition's members; empty
    /// unless they may).
    pub can_assign: bool,
    pub candidates: Vec<Person>,
    pub can_edit: bool,
    pub can_approve: bool,
}

/// Someone the translation page names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: i32,
    pub name: String,
}

/// The translation of section `section_id` into `language`.
#[server(endpoint = "section_translation")]
pub async fn section_translation(
    section_id: i32,
    language: String,
) -> Result<TranslationView, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::translation_view(&db, &actor, section_id, &language).await?)
}

/// Saves a translation based on its version `base_version` (0 for the first): its text as
/// `body`, or paragraph by paragraph as the side-by-side editor sends it (`paragraphs[0]`,
/// `paragraphs[1]`, …, one beside each of the section's; an empty one keeps its place).
/// `complete` (a ticked box) marks it translated against the section's current text,
/// otherwise it stays in translation. Answers the new version.
#[server(endpoint = "save_translation")]
pub async fn save_translation(
    section_id: i32,
    language: String,
    base_version: i32,
    #[server(default)] title: String,
    #[server(default)] body: String,
    #[server(default)] paragraphs: Vec<String>,
    #[server(default)] complete: Option<String>,
) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let body = if paragraphs.is_empty() {
        body
    } else {
        super::align::joined(&paragraphs)
    };
    let edit = super::server::TranslationEdit {
        section_id,
        language,
        base_version,
        title,
        body,
        complete: complete.is_some(),
    };
    Ok(super::server::save(&db, &actor, edit).await?)
}

/// Approves version `version` of a translated section (someone other than its translator
/// who may review the section).
#[server(endpoint = "approve_translation")]
pub async fn approve_translation(
    section_id: i32,
    language: String,
    version: i32,
) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::approve(&db, &actor, section_id, &language, version).await?)
}

/// Assigns `translator` (a user id; 0 clears it) to translate section `section_id` into
/// `language` (coordinators).
#[server(endpoint = "assign_translator")]
pub async fn assign_translator(
    section_id: i32,
    language: String,
    translator: i32,
) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let translator = (translator > 0).then_some(translator);
    Ok(super::server::assign(&db, &actor, section_id, &language, translator).await?)
}
