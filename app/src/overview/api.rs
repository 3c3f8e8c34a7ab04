//! Server function and DTOs for the overview page.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::ApiError, recommendations::follow_up::api::CalendarEntry, reports::api::ReportSummary,
};

/// A coalition with its lead organisation and size.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionSummary {
    pub id: i32,
    pub name: String,
    pub description: String,
    pub lead_organisation: String,
    pub member_count: i64,
    /// Whether the viewer runs it (its settings and public page are theirs to change).
    pub can_manage: bool,
    /// The public follow-up page's address after `/p/`, while it is published.
    pub public_address: Option<String>,
}

/// What the overview shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    pub coalitions: Vec<CoalitionSummary>,
    pub reports: Vec<ReportSummary>,
    /// Follow-up items overdue or due within 90 days, earliest first.
    pub due: Vec<CalendarEntry>,
}

/// Coalitions and reports for the overview page.
#[server(endpoint = "overview")]
pub async fn load_overview() -> Result<Overview, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    let visibility = crate::auth::visibility::Visibility::of(&actor)?;
    let due = crate::recommendations::follow_up::calendar::calendar(&db, &actor)
        .await?
        .into_iter()
        .filter(|e| e.stage != crate::states::FollowUpStage::Later)
        .collect();
    Ok(Overview {
        coalitions: super::server::coalition_summaries(&db, &actor, &visibility).await?,
        reports: crate::reports::server::report_summaries(&db, &visibility).await?,
        due,
    })
}
