//! The first run of an empty instance: the one-time setup page that creates the first
//! administrator (the `create-admin` command shares its rules).

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

/// Where the first administrator lands after setting up.
pub const FIRST_PAGE: &str = "/admin/coalitions";
