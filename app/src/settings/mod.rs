//! Personal settings.

pub mod pages;
