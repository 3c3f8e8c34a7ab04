//! Full-text search with facets over the recommendations: text analysis (folding, Snowball
//! stemming for English and Russian), the query language, the in-memory index each app server
//! keeps in step with the database, and running a search (server only).

pub mod analysis;
pub mod cache;
pub mod changes;
pub mod index;
pub mod load;
pub mod query;
pub mod service;
