//! Accounts and sign-in: passwords, server-side sessions, the audit log of sign-ins.

pub mod api;
#[cfg(feature = "ssr")]
pub mod audit;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod policy;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod visibility;
