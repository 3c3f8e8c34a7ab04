//! Recommendation pages: the list, the dashboard, the import, and one recommendation with its
//! follow-up.

mod assessment_panel;
mod calendar;
mod clusters;
mod dashboard;
mod detail;
mod evidence_panel;
mod follow_up_actions;
mod import;
mod import_progress_bar;
mod index;
mod level_chart;
mod planning_panel;

pub use calendar::FollowUpCalendarPage;
pub use clusters::ClustersPage;
pub use dashboard::RecommendationDashboardPage;
pub use detail::RecommendationPage;
pub use import::ImportRecommendationsPage;
pub use index::RecommendationsPage;
