//! Report pages.

mod list;
mod outline;
mod status_badge;
mod table;

pub use list::ReportsPage;
pub use outline::ReportPage;
pub use status_badge::StatusBadge;
pub use table::ReportsTable;
