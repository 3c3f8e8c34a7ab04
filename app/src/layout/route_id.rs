//! The number in a page's address (`/reports/:id`), as pages read it.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The `:id` of the current route as a reactive number (0 when absent or not a number, which
/// no row has, so the server answers as for a stranger's id).
pub fn use_route_id() -> impl Fn() -> i32 + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or_default()
    }
}
