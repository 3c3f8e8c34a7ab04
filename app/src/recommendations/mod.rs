//! Recommendations from the UPR and the treaty bodies: imported from the public sources,
//! listed and searched per coalition.

pub mod api;
#[cfg(feature = "ssr")]
pub mod importer;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod sources;
