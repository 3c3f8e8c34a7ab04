//! The recommendation's page.

mod page;

pub use page::RecommendationPage;
