//! The assessment panel of a recommendation's page.

mod actions;
mod panel;

pub use actions::AssessmentActions;
pub use panel::AssessmentPanel;
