//! The list page.

mod index;

pub use index::RecommendationsPage;
