//! The second step of signing in: the authenticator code, or a recovery code.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;

use super::use_auth;
use crate::{auth::api::VerifySecondFactor, i18n::use_i18n};

/// `/sign-in/second-factor`.
#[component]
pub fn SecondFactorPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let verify = ServerAction::<VerifySecondFactor>::new();
    Effect::new(move |_| {
        if let Some(Ok(())) = verify.value().get() {
            auth.refresh();
        }
    });
    let error = move || {
        verify.value().get().and_then(Result::err).map(|error| {
            view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
        })
    };
    view! {
        <Title text=i18n.tr("second-factor-title") />
        <section class="page page--narrow">
            <header class="page__header">
                <h1>{i18n.tr("second-factor-title")}</h1>
                <p class="lead">{i18n.tr("second-factor-intro")}</p>
            </header>
            <ActionForm action=verify attr:class="form card">
                {error}
                <div class="field">
                    <label for="second-factor-code">{i18n.tr("field-second-factor-code")}</label>
                    <input
                        id="second-factor-code"
                        name="code"
                        type="text"
                        inputmode="numeric"
                        autocomplete="one-time-code"
                        required
                    />
                    <p class="hint">{i18n.tr("second-factor-recovery-hint")}</p>
                </div>
                <button type="submit" class="button">{i18n.tr("second-factor-submit")}</button>
            </ActionForm>
        </section>
    }
}
