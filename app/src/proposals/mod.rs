//! What a coalition proposes in a section: the recommendations it wants the UN to make and
//! the questions it suggests for the list of issues, each with its addressee and themes, kept
//! beside the section's text, versioned with it and exported at its end.

pub mod api;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod rates;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod uptake;
