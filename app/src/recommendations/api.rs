//! Recommendation endpoints and what they answer: the list, and importing a file.

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

/// A recommendation as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecommendationRow {
    pub id: i32,
    pub mechanism: String,
    pub symbol: String,
    pub paragraph: String,
    pub text: String,
    pub recommending_states: String,
    pub upr_position: Option<String>,
    pub themes: Vec<String>,
}

/// A coalition to choose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionChoice {
    pub id: i32,
    pub name: String,
}

/// The recommendations the viewer may read, filtered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecommendationList {
    pub rows: Vec<RecommendationRow>,
    /// How many match (the list shows the first [`RecommendationList::rows`]).
    pub total: usize,
    /// Mechanism codes with recommendations, for the filter.
    pub mechanisms: Vec<String>,
    /// Coalitions the viewer may import into (coordinators).
    pub importable: Vec<CoalitionChoice>,
}

/// Recommendations of the viewer's coalitions; `mechanism` (a code) and `query` (words that
/// must all appear in the text, symbol or paragraph, any case) narrow them.
#[server(endpoint = "list_recommendations")]
pub async fn list_recommendations(
    #[server(default)] mechanism: String,
    #[server(default)] query: String,
) -> Result<RecommendationList, ApiError> {
    let db = crate::error::db()?;
    let actor = crate::auth::visibility::current_actor(&db).await?;
    Ok(super::server::list(&db, &actor, &mechanism, &query).await?)
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
