//! The import endpoints, for a draft of the report's text and for a translation of its
//! sections, and what they answer.

use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};
use serde::{Deserialize, Serialize};

use crate::{error::ApiError, states::Language};

/// One section of a draft as the import will write it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedSection {
    /// 1 to 3.
    pub level: usize,
    pub title: String,
    /// Words of its text, notes included.
    pub words: i64,
    /// The start of its text.
    pub excerpt: String,
    /// The title of the empty section already in the outline that receives its text; `None`
    /// for a new section.
    pub fills: Option<String>,
}

/// The split of a draft, and whether it has been written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub file_name: String,
    pub sections: Vec<PlannedSection>,
    /// `true` once the sections are in the report.
    pub applied: bool,
}

/// Reads an uploaded draft (form fields `report_id`, `file` and `apply`) and answers its
/// split; writes it into the report when `apply` is `true`. Coordinators only.
#[server(input = MultipartFormData, endpoint = "import_draft")]
pub async fn import_draft(data: MultipartData) -> Result<ImportPreview, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    crate::auth::rate_limit::take_for(&actor, crate::auth::rate_limit::Operation::Import)?;
    let upload = crate::import::server::read_upload(data).await?;
    Ok(crate::import::server::import(&db, &actor, &upload).await?)
}

/// What importing a translated file does to one section of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TranslationOutcome {
    /// Becomes the section's first translation into the language.
    New,
    /// Becomes the next version of the section's translation.
    Replaces,
    /// The section's translation already reads so.
    Unchanged,
    /// The section's translation is approved and stays as it is.
    KeepsApproved,
    /// Has no text: nothing to write.
    Empty,
    /// No section of the report is left for it (or it is the text before the first heading).
    Unmatched,
}

impl TranslationOutcome {
    /// Whether the import writes it.
    pub fn writes(self) -> bool {
        matches!(self, Self::New | Self::Replaces)
    }

    /// The message that names it.
    pub fn message(self) -> &'static str {
        match self {
            Self::New => "import-translation-new",
            Self::Replaces => "import-translation-replaces",
            Self::Unchanged => "import-translation-unchanged",
            Self::KeepsApproved => "import-translation-approved",
            Self::Empty => "import-translation-empty",
            Self::Unmatched => "import-translation-unmatched",
        }
    }
}

/// One section of a translated file, the report's section it translates and what the import
/// does with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslatedSection {
    /// Its heading in the file.
    pub title: String,
    pub words: i64,
    pub excerpt: String,
    /// The report's section it translates: its number in the outline and title.
    pub section: Option<(String, String)>,
    pub outcome: TranslationOutcome,
}

/// How a translated file lines up with a report's sections, and whether it has been written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationPreview {
    pub file_name: String,
    pub language: Language,
    pub sections: Vec<TranslatedSection>,
    /// The report's sections nothing in the file translates ("number title").
    pub untouched: Vec<String>,
    /// The written translations are marked finished against the sections' current text.
    pub complete: bool,
    /// `true` once the translations are written.
    pub applied: bool,
}

/// Reads an uploaded translation of report `report_id`'s sections into `language` (form
/// fields `report_id`, `language`, `file`, `complete` and `apply`) and answers which
/// section each part translates; writes them when `apply` is `true`. Coordinators only.
#[server(input = MultipartFormData, endpoint = "import_translation")]
pub async fn import_translation(data: MultipartData) -> Result<TranslationPreview, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    crate::auth::rate_limit::take_for(&actor, crate::auth::rate_limit::Operation::Import)?;
    let upload = crate::import::server::read_upload(data).await?;
    Ok(crate::import::translation::import(&db, &actor, &upload).await?)
}
