//! The page shown for an unknown address, with a 404 status.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::i18n::use_i18n;

/// "Page not found", with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::NOT_FOUND);
        }
    }
    let i18n = use_i18n();
    view! {
        <Title text=i18n.tr("not-found-title") />
        <section class="page page--message">
            <h1>{i18n.tr("not-found-title")}</h1>
            <p>{i18n.tr("not-found-body")}</p>
            <p>
                <A href="/" attr:class="button">{i18n.tr("not-found-home")}</A>
            </p>
        </section>
    }
}
