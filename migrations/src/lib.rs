//! Shadowdesk's schema, as sea-orm migrations that run on SQLite and PostgreSQL alike.
//!
//! Never edit a migration that has landed: add a new one.

pub use sea_orm_migration::prelude::*;

mod m20261128_000001_foundation;
mod m20261128_000002_accounts;
mod m20261128_000003_invitations;
mod m20261128_000004_sign_in_factors;
mod m20261128_000005_section_revisions;
mod m20261128_000006_profiles_and_outlines;
mod m20261128_000007_review_drafts_presence;
mod m20261128_000008_recommendations;
mod m20261202_000009_follow_up;
mod m20261203_000010_submission_export;
mod m20261204_000011_first_run;
mod m20261204_000012_coalition_administration;
mod m20261205_000013_translations;
mod m20261206_000014_translators;
mod m20261206_000015_glossary;
mod m20261207_000016_proposals;
mod m20261207_000017_uptake;
mod m20261208_000018_public_page;
mod m20261208_000019_monitoring;
mod m20261209_000020_monitoring_tallies;
mod m20261209_000021_persons;
mod m20261209_000022_interventions;
mod m20261209_000023_event_links;
mod m20261209_000024_monitoring_regions;

pub mod default_profiles;

/// Applies every Shadowdesk migration in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_foundation::Migration),
            Box::new(m20261128_000002_accounts::Migration),
            Box::new(m20261128_000003_invitations::Migration),
            Box::new(m20261128_000004_sign_in_factors::Migration),
            Box::new(m20261128_000005_section_revisions::Migration),
            Box::new(m20261128_000006_profiles_and_outlines::Migration),
            Box::new(m20261128_000007_review_drafts_presence::Migration),
            Box::new(m20261128_000008_recommendations::Migration),
            Box::new(m20261202_000009_follow_up::Migration),
            Box::new(m20261203_000010_submission_export::Migration),
            Box::new(m20261204_000011_first_run::Migration),
            Box::new(m20261204_000012_coalition_administration::Migration),
            Box::new(m20261205_000013_translations::Migration),
            Box::new(m20261206_000014_translators::Migration),
            Box::new(m20261206_000015_glossary::Migration),
            Box::new(m20261207_000016_proposals::Migration),
            Box::new(m20261207_000017_uptake::Migration),
            Box::new(m20261208_000018_public_page::Migration),
            Box::new(m20261208_000019_monitoring::Migration),
            Box::new(m20261209_000020_monitoring_tallies::Migration),
            Box::new(m20261209_000021_persons::Migration),
            Box::new(m20261209_000022_interventions::Migration),
            Box::new(m20261209_000023_event_links::Migration),
            Box::new(m20261209_000024_monitoring_regions::Migration),
        ]
    }
}
