//! Assessments of a recommendation's implementation by the State, the coalition, its NGOs and
//! others, on their own scales, drafted, approved by a second person and kept with their
//! history.

pub mod api;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod server;
