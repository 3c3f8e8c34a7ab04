//! The sign-in page.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;

use super::use_auth;
use crate::i18n::use_i18n;

/// Email and password sign-in; works before hydration as a plain form.
#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
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
        </section>
    }
}
