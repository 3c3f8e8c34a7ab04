//! Field monitoring: the events a member organisation (a regional branch) records — when and
//! where, what happened, the source and its reliability — and the acts within them with their
//! victims counted by sex, age group and group, never named. An event belongs to its
//! organisation; the coalition counts every event and reads one only when it is shared.

pub mod api;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod interventions;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod persons;
#[cfg(feature = "ssr")]
pub mod regions;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod tables;
#[cfg(feature = "ssr")]
pub mod tallies;
