//! Importing recommendations from a file, and the coalitions one may import into.

use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// One row of an import's plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedRow {
    /// The record's number in the file (for CSV, its line).
    pub line: usize,
    /// The AnnotationId, or the symbol and paragraph.
    pub key: String,
    /// `create`, `update`, `unchanged` or `refused`.
    pub action: String,
    /// Why a row is refused.
    pub reason: String,
}

/// What an import does (or did, when `applied`), row by row.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportSummary {
    pub file_name: String,
    pub applied: bool,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub refused: usize,
    /// The first rows, in file order.
    pub rows: Vec<PlannedRow>,
}

/// A coalition to choose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionChoice {
    pub id: i32,
    pub name: String,
}

/// The coalitions the viewer may import recommendations into (coordinators; empty for
/// everyone else).
#[server(endpoint = "recommendation_import_choices")]
pub async fn recommendation_import_choices() -> Result<Vec<CoalitionChoice>, ApiError> {
    let db = crate::error::db()?;
    let actor = crate::auth::visibility::current_actor(&db).await?;
    Ok(super::server::importable(&db, &actor).await?)
}

/// Reads an uploaded file (form fields `coalition_id`, `format` — `uhri-json` or
/// `upr-info-csv` —, `file` and `apply`) and answers its plan; writes the good rows when
/// `apply` is `true`. Coordinators of the coalition only.
#[server(input = MultipartFormData, endpoint = "import_recommendations")]
pub async fn import_recommendations(data: MultipartData) -> Result<ImportSummary, ApiError> {
    let db = crate::error::db()?;
    let actor = crate::auth::visibility::current_actor(&db).await?;
    let upload = super::server::read_upload(data).await?;
    Ok(super::importer::import(&db, &actor, &upload).await?)
}
