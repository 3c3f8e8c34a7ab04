//! First-run pages.

mod setup;

pub use setup::SetupPage;
