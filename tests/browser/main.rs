//! End-to-end tests in Debian's Chromium, driven through chromedriver.
//!
//! The harness builds nothing: it runs the `shadowdesk` binary and site that
//! `cargo leptos build` produced (scripts/test builds them first).

#[path = "../common/paths.rs"]
mod paths;

// Shared with the API tests, which use all of it.
#[allow(dead_code)]
#[path = "../common/fake_provider.rs"]
mod fake_provider;

#[path = "../common/draft_docx.rs"]
mod draft_docx;

// Shared with the API tests, which use all of it.
#[allow(dead_code)]
#[path = "../common/docx_reader.rs"]
mod docx_reader;

mod accessibility;
mod account;
mod administration;
mod export;
mod follow_up;
mod harness;
mod import;
mod keyboard;
mod lazy;
mod members;
mod monitoring;
mod no_script;
mod oauth;
mod planning;
mod proposals;
mod recommendations;
mod review;
mod sections;
mod shell;
mod tracker;
mod translations;
