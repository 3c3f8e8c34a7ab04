//! Organisation pages.

mod list;

pub use list::OrganisationsPage;
