//! Reports: the shadow reports and UPR submissions a coalition writes — created from a
//! submission profile, planned as an outline, moved through drafting to submission.

pub mod api;
#[cfg(feature = "ssr")]
pub mod deadline;
#[cfg(feature = "ssr")]
pub mod details;
#[cfg(feature = "ssr")]
pub mod outline;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod status;
