//! Recommendation pages.

mod index;

pub use index::RecommendationsPage;
