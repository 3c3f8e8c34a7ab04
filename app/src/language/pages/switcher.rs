//! The language switcher: a plain form (works before hydration) that re-renders in place after.

use leptos::{form::ActionForm, prelude::*};

use crate::{
    i18n::{Locale, use_i18n},
    language::api::SetLocale,
};

/// A labelled select of the supported languages with an apply button; `id` names the select
/// so that several switchers can share a page.
#[component]
pub fn LocaleSwitcher(#[prop(into)] id: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetLocale>::new();
    Effect::new(move |_| {
        if let Some(Ok(locale)) = action.value().get() {
            i18n.set_locale(locale);
        }
    });
    let current = i18n.locale_untracked();
    view! {
        <ActionForm action=action attr:class="locale-switcher">
            <label for=id.clone()>{i18n.tr("language-label")}</label>
            <select id=id name="locale">
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        view! {
                            <option value=locale.code() lang=locale.code() selected=locale == current>
                                {locale.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="button button-secondary">
                {i18n.tr("language-apply")}
            </button>
        </ActionForm>
    }
}
