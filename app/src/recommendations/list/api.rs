//! The recommendation list: full-text search with facets, its filters carried in the page's
//! address (so a view can be shared), and saved views.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{error::ApiError, states::UprPosition};

/// Results per page.
pub const PAGE_SIZE: usize = 50;

/// A coalition to choose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionChoice {
    pub id: i32,
    pub name: String,
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
    pub upr_position: Option<UprPosition>,
    pub themes: Vec<String>,
    pub lead: Option<String>,
    /// The coalition's current level: `0`–`4`, `none` or `unassessed`.
    pub level: String,
    /// `YYYY-MM-DD`, for recommendations selected for follow-up.
    pub follow_up_due: Option<String>,
}

/// One value of a facet, with how many results have it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    pub value: String,
    /// What to show: a name, or a translation key when `translated`.
    pub label: String,
    pub translated: bool,
    pub count: u64,
    pub chosen: bool,
}

/// A facet and its values, most frequent first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetGroup {
    /// `mechanism`, `theme`, … (the address's parameter).
    pub facet: String,
    pub values: Vec<FacetValue>,
    /// Values left out of `values`.
    pub more: usize,
}

/// A saved view of the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedView {
    pub id: i32,
    pub name: String,
    /// The address query it opens (`q=torture&mechanism=CAT`).
    pub query: String,
    pub shared: bool,
    pub author: Option<String>,
    /// The viewer may delete it (its author, coordinators).
    pub can_delete: bool,
}

/// The list as a search answers it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecommendationList {
    pub rows: Vec<RecommendationRow>,
    /// How many match.
    pub total: u64,
    /// The page shown (from 1) and how many there are.
    pub page: usize,
    pub pages: usize,
    /// The words searched for.
    pub query: String,
    pub facets: Vec<FacetGroup>,
    /// Coalitions the viewer may import into (coordinators).
    pub importable: Vec<CoalitionChoice>,
    /// Coalitions the viewer may save views for.
    pub coalitions: Vec<CoalitionChoice>,
    pub views: Vec<SavedView>,
}

/// Recommendations of the viewer's coalitions matching `query_string`, the list page's
/// address query: `q` (words, `"phrases"`, `prefix*`, `OR`, `NOT`/`-`), a facet parameter per
/// chosen value (`mechanism=CAT&mechanism=CCPR&theme=12`), and `page`.
#[server(endpoint = "list_recommendations")]
pub async fn list_recommendations(
    #[server(default)] query_string: String,
) -> Result<RecommendationList, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::list(&db, &actor, &query_string).await?)
}

/// Saves the view `query_string` as `name` in `coalition_id`, for the viewer or, when
/// `shared`, for the whole coalition. Members of the coalition.
#[server(endpoint = "save_view")]
pub async fn save_view(
    coalition_id: i32,
    name: String,
    query_string: String,
    #[server(default)] shared: Option<String>,
) -> Result<i32, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::views::save(
        &db,
        &actor,
        coalition_id,
        &name,
        &query_string,
        shared.is_some(),
    )
    .await?)
}

/// Deletes saved view `id` (its author, coordinators of its coalition).
#[server(endpoint = "delete_view")]
pub async fn delete_view(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::views::delete(&db, &actor, id).await?)
}
