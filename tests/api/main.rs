//! HTTP-level tests of the Shadowdesk server on SQLite and PostgreSQL.

#[path = "../common/paths.rs"]
mod paths;

#[path = "../common/fake_provider.rs"]
mod fake_provider;

#[path = "../common/draft_docx.rs"]
mod draft_docx;

#[path = "../common/docx_reader.rs"]
mod docx_reader;

#[path = "../common/issued.rs"]
mod issued;

#[path = "../common/postgres.rs"]
mod postgres;

mod account;
mod administration;
mod assets;
mod audit;
mod auth;
mod authorization;
mod backup;
mod bad_input;
mod docx_schema;
mod export;
mod faults;
mod figures;
mod follow_up;
mod health;
mod helpers;
mod identities;
mod import;
mod interventions;
mod invitation_mail;
mod invitations;
mod layers;
mod lifecycle;
mod live;
mod locale;
mod members;
mod migrations;
mod monitoring;
mod oauth;
mod organisations;
mod pages;
mod planning;
mod process;
mod proposals;
mod proxies;
mod public_page;
mod recommendations;
mod reminders;
mod review;
mod scale_out;
mod second_factor;
mod sections;
mod security;
mod setup;
mod smtp_sink;
mod states;
mod tracker_files;
mod tracker_search;
mod translation_import;
mod translations;
mod workspace;
