//! Organisations: the coalition's members and their regional branches.

#[cfg(feature = "ssr")]
pub mod admin;
pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod profile;
#[cfg(feature = "ssr")]
pub mod server;
