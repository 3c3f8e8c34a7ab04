//! The settings page: interface language.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{i18n::use_i18n, language::LocaleSwitcher};

/// Personal preferences.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.tr("settings-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("settings-title")}</h1>
            </header>
            <section class="card">
                <h2 class="card__title">{i18n.tr("language-label")}</h2>
                <p>{i18n.tr("settings-language-intro")}</p>
                <LocaleSwitcher id="locale-settings" />
            </section>
        </section>
    }
}
