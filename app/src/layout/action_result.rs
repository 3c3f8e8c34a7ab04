//! The outcome of a form's server action, as a status or an alert.

use leptos::prelude::*;

use crate::{error::ApiError, i18n::use_i18n};

/// "Saved"-style confirmation (`done_key`) after success, the error after a failure, nothing
/// before the first submission.
#[component]
pub fn ActionResult<T>(
    result: Signal<Option<Result<T, ApiError>>>,
    done_key: &'static str,
) -> impl IntoView
where
    T: Send + Sync + 'static,
{
    let i18n = use_i18n();
    move || {
        result.with(|value| match value {
            Some(Ok(_)) => {
                Some(view! { <p class="notice" role="status">{i18n.tr(done_key)}</p> }.into_any())
            }
            Some(Err(error)) => Some(
                view! {
                    <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div>
                }
                .into_any(),
            ),
            None => None,
        })
    }
}
