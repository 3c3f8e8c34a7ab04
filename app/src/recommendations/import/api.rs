//! Importing recommendations from a file, and the coalitions one may import into.

use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};
use serde::{Deserialize, Serialize};

use crate::{error::ApiError, recommendations::list::api::CoalitionChoice, states::ImportAction};

/// One row of an import's plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedRow {
    /// Where the record is, as the file's reader shows it: the line of a CSV file and the
    /// row of a spreadsheet (header and blank lines counted), the record's number in JSON.
    pub line: usize,
    /// The AnnotationId, or the symbol and paragraph.
    pub key: String,
    pub action: ImportAction,
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
    /// For a coalition's own CSV whose columns are not mapped yet: its column titles (and no
    /// rows are planned until they are mapped).
    pub columns: Vec<String>,
}

/// How far an import has got.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressReport {
    /// Bytes of the file the server has received.
    pub received: u64,
    /// Bytes of the file read so far.
    pub read: u64,
    /// Rows checked so far.
    pub rows: u64,
    pub finished: bool,
}

/// The coalitions the viewer may import recommendations into (coordinators; empty for
/// everyone else).
#[server(endpoint = "recommendation_import_choices")]
pub async fn recommendation_import_choices() -> Result<Vec<CoalitionChoice>, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(crate::recommendations::list::server::importable(&db, &actor).await?)
}

/// Reads an uploaded file (form fields `coalition_id`, `format` — `uhri-json`, `uhri-xlsx`,
/// `upr-info-csv` or `mapped-csv` with its `map_<field>` columns —, `progress` (a token to
/// follow it by), `file` and `apply`) and answers its plan; writes the good rows when `apply`
/// is `true`. Coordinators of the coalition only.
/// The file is spooled to disk as it arrives and read row by row.
#[server(input = MultipartFormData, endpoint = "import_recommendations")]
pub async fn import_recommendations(data: MultipartData) -> Result<ImportSummary, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    crate::auth::rate_limit::take_for(&actor, crate::auth::rate_limit::Operation::Import)?;
    Ok(super::server::import_upload(&db, &actor, data).await?)
}

/// How far the viewer's import `token` has got on this server (`None`: not known here).
#[server(endpoint = "import_progress")]
pub async fn import_progress(token: String) -> Result<Option<ProgressReport>, ApiError> {
    let (_, actor) = crate::auth::visibility::db_and_actor().await?;
    let user_id = actor
        .user_id()
        .ok_or(crate::error::AppError::Unauthenticated)?;
    Ok(super::server::progress_registry()?.get(&token, user_id))
}
