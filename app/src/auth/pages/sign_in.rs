//! The sign-in page: password, the configured providers, and messages from a provider
//! sign-in that failed.

use leptos::{form::ActionForm, prelude::*};

use crate::layout::page_data;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::use_auth;
use crate::{auth::api::sign_in_providers, i18n::use_i18n};

/// Messages a provider sign-in may come back with (`/sign-in?error=…`); anything else in the
/// query is ignored.
const CALLBACK_ERRORS: [&str; 6] = [
    "oauth-error-refused",
    "oauth-error-state",
    "oauth-error-unverified",
    "oauth-error-not-invited",
    "oauth-error-failed",
    "sign-in-disabled",
];

/// Email and password sign-in, and one button per provider; works before hydration.
#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let query = use_query_map();
    let providers = page_data(|| (), |_| sign_in_providers());
    let callback_error = move || {
        let key = query.read().get("error")?;
        let key = CALLBACK_ERRORS.into_iter().find(|k| *k == key)?;
        Some(view! {
            <div class="notice notice--error" role="alert" id="sign-in-callback-error">
                <p>{i18n.tr(key)}</p>
            </div>
        })
    };
    let error = move || {
        auth.sign_in
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| {
                view! {
                    <div class="notice notice--error" role="alert">
                        <p>{error.to_string()}</p>
                    </div>
                }
            })
    };
    view! {
        <Title text=i18n.tr("sign-in-title") />
        <section class="page page--narrow">
            <header class="page__header">
                <h1>{i18n.tr("sign-in-title")}</h1>
                <p class="lead">{i18n.tr("sign-in-intro")}</p>
            </header>
            {callback_error}
            <ActionForm action=auth.sign_in attr:class="form card">
                {error}
                <div class="field">
                    <label for="sign-in-email">{i18n.tr("field-email")}</label>
                    <input id="sign-in-email" name="email" type="email" autocomplete="username" required />
                </div>
                <div class="field">
                    <label for="sign-in-password">{i18n.tr("field-password")}</label>
                    <input
                        id="sign-in-password"
                        name="password"
                        type="password"
                        autocomplete="current-password"
                        required
                    />
                </div>
                <button type="submit" class="button">{i18n.tr("sign-in-submit")}</button>
            </ActionForm>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let list = providers.await.unwrap_or_default();
                    (!list.is_empty()).then(|| view! {
                        <div class="card sign-in-providers">
                            <p>{i18n.tr("sign-in-with-provider")}</p>
                            <ul class="button-list">
                                {list.into_iter().map(|p| {
                                    // A full page load: the provider is another site.
                                    let href = format!("/auth/oauth/{}", p.id);
                                    view! {
                                        <li>
                                            <a class="button button-secondary" href=href rel="external">
                                                {p.label}
                                            </a>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </div>
                    })
                })}
            </Suspense>
        </section>
    }
}
