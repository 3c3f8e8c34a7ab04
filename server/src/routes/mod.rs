//! Plain axum routes that are not pages or server functions.

pub mod evidence;
pub mod health;
pub mod oauth;
pub mod presence;
mod signed_in;
