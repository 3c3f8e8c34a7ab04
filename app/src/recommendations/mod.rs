//! Recommendations from the UPR and the treaty bodies: imported from the public sources,
//! listed and searched per coalition, assessed by several assessors with evidence, planned
//! (lead organisation, follow-up deadline, clusters) and linked to one another.
//!
//! One folder per sub-feature (`api.rs`, `server.rs`, `pages/`) over shared lower modules.
//! Layers, top to bottom; a module imports only from its own layer and those below it, and no
//! two modules import from each other (a test in `tests/api/workspace.rs` reads this list):
//! 1. page: detail
//! 2. panels: evidence
//! 3. follow-up work: assessments, planning, follow_up, import
//! 4. the list: list
//! 5. shared: access, citation, record, scales, search

pub mod assessments;
pub mod citation;
pub mod detail;
pub mod evidence;
pub mod follow_up;
pub mod import;
pub mod list;
pub mod planning;
pub mod record;
pub mod scales;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod search;
