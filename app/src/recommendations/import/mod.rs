//! Importing recommendations from the public sources' files (UHRI, UPR Info, a mapped CSV)
//! into a coalition's tracker: a preview of what each row would do, then the import, with the
//! upload's progress.

pub mod api;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod importer;
#[cfg(feature = "ssr")]
pub mod progress;
#[cfg(feature = "ssr")]
pub mod server;
