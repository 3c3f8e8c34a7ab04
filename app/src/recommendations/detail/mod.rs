//! One recommendation's page: what the UN recommended and where it came from, and the panels
//! of the follow-up (assessments, evidence, planning), reloaded after each change.

pub mod api;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod server;
