//! How a failed server call is shown: a translated explanation and the server's message,
//! which carries the request id to quote to an administrator.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{error::ApiError, i18n::use_i18n};

/// An alert box for an error returned by a server function.
#[component]
pub fn ErrorNotice(error: ApiError) -> impl IntoView {
    let i18n = use_i18n();
    if error == ApiError::Unauthenticated {
        return view! {
            <div class="notice" role="status">
                <p>{i18n.tr("sign-in-required")}</p>
                <p><A href="/sign-in" attr:class="button">{i18n.tr("nav-sign-in")}</A></p>
            </div>
        }
        .into_any();
    }
    if let ApiError::Invalid(message) | ApiError::Unavailable(message) = &error {
        let message = message.clone();
        return view! {
            <div class="notice notice--error" role="alert">
                <p>{message}</p>
            </div>
        }
        .into_any();
    }
    if error == ApiError::NotFound {
        return view! {
            <div class="notice notice--error" role="alert">
                <p>{i18n.tr("not-found-body")}</p>
            </div>
        }
        .into_any();
    }
    if error == ApiError::Forbidden {
        return view! {
            <div class="notice notice--error" role="alert">
                <p>{i18n.tr("error-forbidden")}</p>
            </div>
        }
        .into_any();
    }
    let detail = error.to_string();
    view! {
        <div class="notice notice--error" role="alert">
            <h2 class="notice__title">{i18n.tr("error-title")}</h2>
            <p>{i18n.tr("error-body")}</p>
            <p class="notice__detail"><code>{detail}</code></p>
        </div>
    }
    .into_any()
}
