//! Administering coalitions: create, edit, archive and restore them, and choose their member
//! organisations; the first coordinator is invited from a coalition's page.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
