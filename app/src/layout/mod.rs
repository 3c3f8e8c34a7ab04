//! The frame around every page: header, navigation, language switcher, footer, and the
//! not-found and error views.

mod action_result;
mod busy;
mod data_table;
mod error_notice;
mod frame;
mod loaded;
mod not_found;
mod route_id;
mod upload_form;

pub use action_result::ActionResult;
pub use busy::Busy;
pub use data_table::DataTable;
pub use error_notice::ErrorNotice;
pub use frame::AppLayout;
pub use loaded::Loaded;
pub use not_found::NotFound;
pub use route_id::use_route_id;
pub use upload_form::form_data;
