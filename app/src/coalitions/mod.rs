//! Administering coalitions: create, edit, archive and restore them, and choose their member
//! organisations; the first coordinator is invited from a coalition's page, where its
//! coordinators also publish its public follow-up page (`public`, served at `/p/<address>`).

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod public;
#[cfg(feature = "ssr")]
pub mod publication;
#[cfg(feature = "ssr")]
pub mod server;
