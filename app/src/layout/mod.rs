//! View pieces every feature shares: action results, the busy state, counted changes, the
//! data table, error notices, loaded data, upload forms, and the not-found view. The frame
//! around every page is the app shell's (`app/frame.rs`), since it shows the user menu and the
//! language switcher.

mod action_result;
mod busy;
mod completions;
mod data_table;
mod error_notice;
mod loaded;
mod not_found;
mod page_data;
mod route_id;
mod upload_form;

pub use action_result::ActionResult;
pub use busy::Busy;
pub use completions::Completions;
pub use data_table::DataTable;
pub use error_notice::ErrorNotice;
pub use loaded::Loaded;
pub use not_found::NotFound;
pub use page_data::{PageData, PageJson, page_data};
pub use route_id::use_route_id;
pub use upload_form::form_data;
