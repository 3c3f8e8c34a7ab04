//! Reports: the shadow reports and UPR submissions a coalition writes.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
