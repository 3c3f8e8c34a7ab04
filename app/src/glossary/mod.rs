//! Glossaries: the standard UN terms and each coalition's own, with their agreed equivalents
//! per language; the translation page underlines them in a section's text and warns when a
//! translation does not use the agreed term.

pub mod api;
#[cfg(feature = "ssr")]
pub mod matching;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
