//! Submission profiles: the UN's formal rules per mechanism and stage (word limit, notes,
//! languages, front matter) and the outline template a new report starts from.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod reference;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod template;
