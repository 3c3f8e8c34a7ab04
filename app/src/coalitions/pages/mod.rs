//! Coalition administration pages.

mod detail;
mod fields;
mod list;

pub use detail::CoalitionAdminPage;
pub use list::CoalitionsAdminPage;
