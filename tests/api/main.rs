//! HTTP-level tests of the Shadowdesk server on SQLite and PostgreSQL.

#[path = "../common/paths.rs"]
mod paths;

mod audit;
mod auth;
mod authorization;
mod bad_input;
mod health;
mod helpers;
mod invitations;
mod lifecycle;
mod locale;
mod migrations;
mod pages;
