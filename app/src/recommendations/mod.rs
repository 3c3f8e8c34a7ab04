//! Recommendations from the UPR and the treaty bodies: imported from the public sources,
//! listed and searched per coalition, assessed by several assessors with evidence, planned
//! (lead organisation, follow-up deadline, clusters) and linked to one another.

pub mod api;
pub mod assessment_api;
pub mod calendar_api;
pub mod charts;
pub mod citation;
pub mod clusters_api;
pub mod dashboard_api;
pub mod detail_api;
pub mod evidence_api;
pub mod list_api;
pub mod list_query;
pub mod pages;
pub mod scales;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod assessments;
#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod clusters;
#[cfg(feature = "ssr")]
pub mod dashboard;
#[cfg(feature = "ssr")]
pub mod detail;
#[cfg(feature = "ssr")]
pub mod evidence;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod file_types;
#[cfg(feature = "ssr")]
pub mod import_progress;
#[cfg(feature = "ssr")]
pub mod importer;
#[cfg(feature = "ssr")]
pub mod planning;
#[cfg(feature = "ssr")]
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod views;
