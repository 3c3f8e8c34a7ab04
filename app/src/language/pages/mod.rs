//! The language switcher.

mod switcher;

pub use switcher::LocaleSwitcher;
