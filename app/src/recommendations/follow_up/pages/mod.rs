//! The dashboard and the calendar.

mod calendar;
mod dashboard;
mod level_chart;

pub use calendar::FollowUpCalendarPage;
pub use dashboard::RecommendationDashboardPage;
pub use level_chart::{ChartNumbers, FigureRow, LevelChart, LevelLegend};
