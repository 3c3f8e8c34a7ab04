//! Recommendation pages: the list and the import.

mod import;
mod index;

pub use import::ImportRecommendationsPage;
pub use index::RecommendationsPage;
