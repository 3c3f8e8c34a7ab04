//! Planning a report's outline: nested sections (three levels at most) added, moved, put in
//! the bin and restored, and each section's plan — owners, lead editor, due date, budget and
//! private coordination notes.

pub mod api;
#[cfg(feature = "ssr")]
pub mod plan;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod tree;
