//! The dashboard and the calendar.

mod calendar;
mod dashboard;
mod level_chart;
mod stacked_chart;

pub use calendar::FollowUpCalendarPage;
pub use dashboard::RecommendationDashboardPage;
pub use level_chart::{LevelChart, LevelLegend};
pub use stacked_chart::{ChartRow, StackedChart};
