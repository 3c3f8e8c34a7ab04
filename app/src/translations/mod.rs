//! Reports in several languages: the languages a report is translated into, each section's
//! translation per language with its state (in translation, translated, outdated, approved),
//! kept in step with the section's text, and the page that shows both side by side.

pub mod api;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod align;
#[cfg(feature = "ssr")]
pub mod memory;
#[cfg(feature = "ssr")]
pub mod server;
