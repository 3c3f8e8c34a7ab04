//! Following up what was recommended: the dashboard (implementation levels by mechanism, theme
//! and cycle; supported recommendations that are not implemented; overdue follow-ups; where the
//! State and the coalition disagree — over the same search and facets as the list) and the
//! calendar of every dated follow-up item, with the ones due soon or overdue for the reminders
//! on the overview page.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::charts::LevelCounts;
use crate::{
    error::ApiError,
    recommendations::list::api::RecommendationRow,
    states::{FollowUpKind, FollowUpStage},
};

/// A recommendation on which the State's and the coalition's current levels differ.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DivergentRow {
    pub row: RecommendationRow,
    /// `0`–`4` or `none`.
    pub state: String,
    pub coalition: String,
}

/// Everything the dashboard shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    /// Recommendations the search found.
    pub total: u64,
    /// The address query the dashboard was drawn for.
    pub query_string: String,
    pub by_mechanism: Vec<LevelCounts>,
    /// The most frequent themes.
    pub by_theme: Vec<LevelCounts>,
    pub by_cycle: Vec<LevelCounts>,
    /// Supported (or supported in part) at the UPR, and assessed by the coalition as not
    /// implemented or contrary: the first ones, and how many.
    pub supported_not_implemented: Vec<RecommendationRow>,
    pub supported_not_implemented_total: u64,
    pub overdue: Vec<RecommendationRow>,
    pub overdue_total: u64,
    pub divergent: Vec<DivergentRow>,
    pub divergent_total: u64,
    /// Among recommendations both assessed: the State rates higher, the same, lower.
    pub divergence_summary: [u64; 3],
}

/// The dashboard of the recommendations matching `query_string` (as on the list page).
#[server(endpoint = "recommendation_dashboard")]
pub async fn recommendation_dashboard(
    #[server(default)] query_string: String,
) -> Result<Dashboard, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::dashboard::dashboard(&db, &actor, &query_string).await?)
}

/// One dated follow-up item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarEntry {
    pub kind: FollowUpKind,
    pub id: i32,
    pub coalition_id: i32,
    /// The recommendation's citation, or the document's symbol.
    pub title: String,
    /// `YYYY-MM-DD`.
    pub due: String,
    pub stage: FollowUpStage,
    /// Where to follow it up.
    pub link: String,
    pub lead_organisation_id: Option<i32>,
}

/// The viewer's follow-up calendar, earliest first.
#[server(endpoint = "follow_up_calendar")]
pub async fn follow_up_calendar() -> Result<Vec<CalendarEntry>, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::calendar::calendar(&db, &actor).await?)
}
