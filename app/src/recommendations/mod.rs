//! Recommendations from the UPR and the treaty bodies.

pub mod pages;
