//! End-to-end tests in Debian's Chromium, driven through chromedriver.
//!
//! The harness builds nothing: it runs the `shadowdesk` binary and site that
//! `cargo leptos build` produced (scripts/test builds them first).

#[path = "../common/paths.rs"]
mod paths;

mod harness;
mod members;
mod shell;
