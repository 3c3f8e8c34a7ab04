//! A coalition's public follow-up page (server only): what it shows — the recommendations it
//! follows with their approved assessments and public evidence, the implementation charts
//! and the uptake of its proposals — rendered as plain HTML with no script, and an Atom feed
//! of newly approved assessments. Nothing private is read: no person, no draft, no comment,
//! no evidence but public evidence.

pub mod content;
pub mod feed;
pub mod page;

pub use content::{PublicPage, published};
