//! The frame around every page: header, navigation, language switcher, footer, and the
//! not-found and error views.

mod error_notice;
mod frame;
mod not_found;

pub use error_notice::ErrorNotice;
pub use frame::AppLayout;
pub use not_found::NotFound;
