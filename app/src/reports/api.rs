//! Server functions and DTOs for reports.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// One report as listed on the overview and the reports page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportSummary {
    pub id: i32,
    pub title: String,
    pub coalition: String,
    /// Mechanism code such as `CCPR`.
    pub mechanism: String,
    pub state_under_review: String,
    pub session: Option<String>,
    /// Deadline as an ISO date (`YYYY-MM-DD`, UTC).
    pub deadline: Option<String>,
    /// `drafting`, `review`, `final` or `submitted`.
    pub status: String,
    pub section_count: i64,
    pub approved_sections: i64,
    /// Words in all section bodies, counted like a word processor.
    pub word_count: i64,
}

/// Every report, soonest deadline first.
#[server(endpoint = "list_reports")]
pub async fn list_reports() -> Result<Vec<ReportSummary>, ApiError> {
    let db = crate::error::db()?;
    let visibility = crate::auth::visibility::require_visibility(&db).await?;
    Ok(super::server::report_summaries(&db, &visibility).await?)
}

/// One section in a report's outline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlineRow {
    pub id: i32,
    pub title: String,
    pub organisation: Option<String>,
    /// `not_started`, `drafting`, `in_review` or `approved`.
    pub status: String,
    pub words: i64,
    pub word_budget: Option<i32>,
}

/// A report and its sections in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlineView {
    pub id: i32,
    pub title: String,
    pub mechanism: String,
    pub state_under_review: String,
    pub status: String,
    pub sections: Vec<OutlineRow>,
}

/// One report with its sections, if the viewer's coalition owns it.
#[server(endpoint = "report_outline")]
pub async fn report_outline(id: i32) -> Result<OutlineView, ApiError> {
    let db = crate::error::db()?;
    let actor = crate::auth::visibility::current_actor(&db).await?;
    Ok(super::outline::outline(&db, &actor, id).await?)
}
