//! A coordinator's planning of recommendations: lead organisation, follow-up deadline,
//! themes, clusters (with their leads) and links between recommendations.

pub mod api;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod clusters;
#[cfg(feature = "ssr")]
pub mod server;
