//! Plain axum routes that are not pages or server functions.

pub mod calendar;
pub mod catalogue;
pub mod evidence;
pub mod export;
pub mod health;
pub mod oauth;
pub mod presence;
pub mod public;
mod signed_in;
pub mod submission;
