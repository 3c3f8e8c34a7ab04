//! The overview: coalitions and the reports in progress.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
