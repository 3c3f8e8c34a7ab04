//! Plain axum routes that are not pages or server functions.

pub mod health;
pub mod oauth;
pub mod presence;
