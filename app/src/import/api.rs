//! The draft import endpoint and what it answers.

use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

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
