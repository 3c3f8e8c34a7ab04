//! The follow-up calendar: every dated follow-up item of the viewer's coalitions — the
//! recommendations singled out for follow-up and the documents' follow-up or UPR mid-term
//! dates — and the ones due soon or overdue, for the reminders on the overview page.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::ApiError,
    states::{FollowUpKind, FollowUpStage},
};

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
