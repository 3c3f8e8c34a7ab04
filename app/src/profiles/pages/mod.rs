//! Submission profile pages.

mod edit;
mod list;

pub use edit::ProfilePage;
pub use list::ProfilesPage;
