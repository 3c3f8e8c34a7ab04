//! Settings pages.

mod index;

pub use index::SettingsPage;
