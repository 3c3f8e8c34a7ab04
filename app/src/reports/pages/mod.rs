//! Report pages.

mod list;
mod status_badge;
mod table;

pub use list::ReportsPage;
pub use status_badge::StatusBadge;
pub use table::ReportsTable;
