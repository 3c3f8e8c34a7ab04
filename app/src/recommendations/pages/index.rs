//! The recommendations page. Nothing is tracked until recommendations are imported, so it
//! explains what the page is for.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_i18n;

/// Recommendations and their implementation.
#[component]
pub fn RecommendationsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.tr("recommendations-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("recommendations-title")}</h1>
                <p class="lead">{i18n.tr("recommendations-intro")}</p>
            </header>
            <p class="empty-state">{i18n.tr("recommendations-empty")}</p>
        </section>
    }
}
