//! Server function and DTO for reading the audit log.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// One audit entry as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    /// UTC, `YYYY-MM-DD HH:MM:SS`.
    pub at: String,
    /// Display name of who acted, if known.
    pub actor: Option<String>,
    pub action: String,
    pub subject: Option<String>,
    pub detail: String,
    pub client_address: Option<String>,
}

/// The newest 200 entries the viewer may read, optionally only one `action` (empty: all).
#[server(endpoint = "audit_log")]
pub async fn audit_log(action: String) -> Result<Vec<AuditRow>, ApiError> {
    let db = crate::error::db()?;
    let actor = crate::auth::visibility::current_actor(&db).await?;
    Ok(super::server::entries(&db, &actor, &action).await?)
}
