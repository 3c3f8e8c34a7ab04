//! Coalition members and their roles, and invitations that bring new people in.

pub mod api;
#[cfg(feature = "ssr")]
pub mod invitation_mail;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod requirement;
#[cfg(feature = "ssr")]
pub mod roles;
#[cfg(feature = "ssr")]
pub mod server;
