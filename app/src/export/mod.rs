//! Exporting the consolidated submission: the pre-submission check, the DOCX writer, drafts
//! marked as such, final exports frozen with their SHA-256, and the submission record. The
//! writer itself is the `shadowdesk_docx` crate; this feature reads its input and keeps files.

pub mod api;
#[cfg(feature = "ssr")]
pub mod check;
#[cfg(feature = "ssr")]
pub mod file_name;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod scan;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod texts;
