//! Reviewing a section: threaded comments, optionally about a quoted passage, resolved and
//! reopened; and suggested edits that the section's writers accept or reject.

pub mod api;
#[cfg(feature = "ssr")]
pub mod comments;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod suggestions;
