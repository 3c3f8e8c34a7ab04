//! One recommendation's page: its record with the follow-up panels of the sub-features below.

use leptos::prelude::*;

use crate::{error::ApiError, recommendations::record::RecommendationDetail};

/// Recommendation `id`, for members of its coalition.
#[server(endpoint = "recommendation")]
pub async fn recommendation(id: i32) -> Result<RecommendationDetail, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::detail(&db, &actor, id).await?)
}
