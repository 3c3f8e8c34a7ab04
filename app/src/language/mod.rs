//! Choosing the interface language: the switcher in the header and on the settings page, and
//! the server function that remembers the choice. The translations themselves are `i18n`'s.

pub mod api;
pub mod pages;

pub use pages::LocaleSwitcher;
