//! Section pages.

mod conflict;
mod editor;

pub use editor::SectionPage;
