//! Overview pages.

mod home;

pub use home::OverviewPage;
