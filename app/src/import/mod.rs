//! Starting a report from an existing draft: a `.docx` or `.md` file split into sections at
//! its headings, previewed, then written into the report's outline.

pub mod api;
#[cfg(feature = "ssr")]
pub mod docx;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod placement;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod split;
#[cfg(feature = "ssr")]
mod xml;
