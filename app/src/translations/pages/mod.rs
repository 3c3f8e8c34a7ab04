//! The report's languages panel and the translation page.

mod languages;
mod translate;

pub use languages::LanguagesPanel;
pub use translate::TranslationPage;
