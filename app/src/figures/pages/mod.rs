//! The figures page: `/monitoring/tables`, where writers put the coalition's counts into a
//! section of an open report and refresh the tables sections carry; and the monitoring
//! evidence panel of a recommendation's page.

mod evidence;
mod tables;

pub use evidence::monitoring_evidence_panel;
pub use tables::FiguresPage;
