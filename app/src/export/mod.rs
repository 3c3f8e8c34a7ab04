//! Exporting the consolidated submission: the pre-submission check, the DOCX writer, drafts
//! marked as such, final exports frozen with their SHA-256, and the submission record.

pub mod api;
#[cfg(feature = "ssr")]
pub mod check;
#[cfg(feature = "ssr")]
pub mod docx;
#[cfg(feature = "ssr")]
pub mod file_name;
#[cfg(feature = "ssr")]
pub mod lang;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod scan;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod submission;
