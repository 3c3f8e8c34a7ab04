//! The evidence panel of a recommendation's page.

mod actions;
mod panel;

pub use actions::EvidenceActions;
pub use panel::EvidencePanel;
