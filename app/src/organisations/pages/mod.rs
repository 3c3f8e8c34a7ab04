//! Organisation pages.

mod list;
mod profile;

pub use list::OrganisationsPage;
pub use profile::OrganisationPage;
