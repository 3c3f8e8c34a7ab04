//! Evidence for a recommendation's follow-up: links and uploaded files (checked for what they
//! really are), each with its visibility and, optionally, the assessment it supports.

pub mod api;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod file_types;
#[cfg(feature = "ssr")]
pub mod server;
