//! The import page.

mod import;
mod progress_bar;

pub use import::ImportRecommendationsPage;
