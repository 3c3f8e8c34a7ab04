//! Full-text search with facets over the recommendations: the in-memory index of
//! `shadowdesk_search` loaded from the database and kept in step with it by every app server
//! (server only).

pub mod cache;
pub mod changes;
pub mod load;
