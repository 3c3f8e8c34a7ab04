//! Full-text search with facets over recommendations, in memory: text analysis (folding,
//! Snowball stemming for English and Russian), the query language, the index (posting bitmaps
//! per term and facet value) and running one search over it. Loading the index from the
//! database and keeping it in step stay with the caller.

pub mod analysis;
pub mod index;
pub mod query;
pub mod service;
