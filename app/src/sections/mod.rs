//! Report sections: reading, writing with no lost edits (versioned saves, three-way merge,
//! revisions), and the Markdown they are written in.

pub mod api;
#[cfg(feature = "ssr")]
pub mod history;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod merge;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod save;
#[cfg(feature = "ssr")]
pub mod server;
