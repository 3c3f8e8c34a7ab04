//! Report pages: the list, the new-report form and the report dashboard.

mod actions;
mod bin;
mod dashboard;
mod details_form;
mod list;
mod new;
mod outline;
mod outline_tools;
mod status_badge;
mod status_panel;
mod table;
mod totals;

pub use list::ReportsPage;
pub use new::NewReportPage;
pub use outline::ReportPage;
pub use status_badge::StatusBadge;
pub use table::ReportsTable;
