//! The Shadowdesk server: configuration, database, start-up and the command line.

pub mod acting;
pub mod backup;
pub mod body_limit;
pub mod cli;
pub mod config;
pub mod csrf;
pub mod database;
pub mod demo;
pub mod draft_import;
pub mod headers;
pub mod multipart;
pub mod recommendation_import;
pub mod routes;
pub mod startup;
pub mod state;
pub mod submission_export;
pub mod telemetry;

pub use config::Settings;
pub use startup::{Application, StartupError};
