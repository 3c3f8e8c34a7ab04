//! Audit log pages.

mod log;

pub use log::AuditLogPage;
