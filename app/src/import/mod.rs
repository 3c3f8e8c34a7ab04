//! Starting a report from an existing draft: a `.docx` or `.md` file split into sections at
//! its headings (read by `shadowdesk_drafts`), previewed, then written into the report's
//! outline; or a translated file lined up with the report's sections, by its headings'
//! numbers and order, and written as their translations into one of the report's languages.

pub mod api;
#[cfg(feature = "ssr")]
pub mod matching;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod placement;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod translation;
