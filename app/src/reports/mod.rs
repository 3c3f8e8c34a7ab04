//! Reports: the shadow reports and UPR submissions a coalition writes.

pub mod api;
#[cfg(feature = "ssr")]
pub mod outline;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
