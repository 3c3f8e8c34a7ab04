//! The audit log as people read it: administrators everything, coordinators their coalitions.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
