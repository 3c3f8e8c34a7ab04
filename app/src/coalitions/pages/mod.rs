//! Coalition administration pages.

mod detail;
mod fields;
mod list;
mod publication;

pub use detail::CoalitionAdminPage;
pub use list::CoalitionsAdminPage;
