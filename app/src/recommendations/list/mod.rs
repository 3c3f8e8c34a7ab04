//! The recommendation list: full-text search with facets, its filters carried in the page's
//! address (so a view can be shared), saved views, and the export of any view to CSV or XLSX.

pub mod api;
pub mod pages;
pub mod query;

#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod views;
