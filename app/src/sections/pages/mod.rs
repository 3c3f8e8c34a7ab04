//! Section pages.

mod conflict;
mod editor;
mod history;

pub use editor::SectionPage;
pub use history::SectionHistoryPage;
