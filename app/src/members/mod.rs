//! Coalition members and their roles, and invitations that bring new people in.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
