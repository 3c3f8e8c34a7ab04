//! Report sections: reading, writing with no lost edits (versioned saves, three-way merge,
//! revisions); the text algorithms themselves live in `shadowdesk_text`.

#[cfg(feature = "ssr")]
pub mod access;
pub mod api;
#[cfg(feature = "ssr")]
pub mod drafts;
#[cfg(feature = "ssr")]
pub mod history;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod presence;
#[cfg(feature = "ssr")]
pub mod save;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod status;
#[cfg(feature = "ssr")]
pub mod suggest;
#[cfg(feature = "ssr")]
pub mod words;
