//! Shadowdesk's sea-orm entities: one module per table, no web or Leptos code.

pub mod coalition;
pub mod coalition_member;
pub mod organisation;
pub mod report;
pub mod report_section;
