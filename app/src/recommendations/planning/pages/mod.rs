//! The planning panel of a recommendation's page and the clusters page.

mod actions;
mod clusters;
mod panel;

pub use actions::PlanningActions;
pub use clusters::ClustersPage;
pub use panel::PlanningPanel;
