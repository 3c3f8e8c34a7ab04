//! Starting a report from an existing draft: a `.docx` or `.md` file split into sections at
//! its headings (read by `shadowdesk_drafts`), previewed, then written into the report's
//! outline.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod placement;
#[cfg(feature = "ssr")]
pub mod server;
