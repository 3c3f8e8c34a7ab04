//! Shadowdesk's sea-orm entities: one module per table, no web or Leptos code.

pub mod audit_event;
pub mod coalition;
pub mod coalition_member;
pub mod coalition_role;
pub mod invitation;
pub mod organisation;
pub mod organisation_member;
pub mod report;
pub mod report_section;
pub mod session;
pub mod user;
