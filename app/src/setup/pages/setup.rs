//! `/setup/:token`: the first administrator of an empty instance chooses an address, a name
//! and a password, and is signed in.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::{
    auth::pages::use_auth,
    error::ApiError,
    i18n::use_i18n,
    layout::{Loaded, NotFound, page_data},
    setup::api::{CompleteSetup, setup_link},
};

/// The setup form, or why the link opens nothing (a 404 once an administrator exists).
#[component]
pub fn SetupPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    // A link that opens nothing (an administrator exists, or the token is wrong) is a 404.
    let link = page_data(token, |token| async move {
        match setup_link(token).await {
            Ok(()) => Ok(true),
            Err(ApiError::NotFound) => Ok(false),
            Err(error) => Err(error),
        }
    });
    let complete = ServerAction::<CompleteSetup>::new();
    let auth = use_auth();
    // The server's answer redirects to the first page; the header then shows the account.
    Effect::new(move |_| {
        if let Some(Ok(())) = complete.value().get() {
            auth.refresh();
        }
    });
    let error = move || {
        complete.value().get().and_then(Result::err).map(|error| {
            view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
        })
    };
    view! {
        <Loaded resource=link view={move |found: bool| if found {
            view! {
                <Title text=i18n.tr("setup-title") />
                <section class="page page--narrow">
                    <header class="page__header">
                        <h1>{i18n.tr("setup-title")}</h1>
                        <p class="lead">{i18n.tr("setup-intro")}</p>
                    </header>
                    <ActionForm action=complete attr:class="form card">
                        {error}
                        <input type="hidden" name="token" value=token />
                        <div class="field">
                            <label for="setup-email">{i18n.tr("field-email")}</label>
                            <input id="setup-email" name="email" type="email" autocomplete="email" required />
                        </div>
                        <div class="field">
                            <label for="setup-name">{i18n.tr("field-display-name")}</label>
                            <input id="setup-name" name="display_name" type="text" autocomplete="name" required />
                        </div>
                        <div class="field">
                            <label for="setup-password">{i18n.tr("field-new-password")}</label>
                            <input id="setup-password" name="password" type="password" autocomplete="new-password" minlength="12" required />
                            <p class="hint">{i18n.tr("password-hint")}</p>
                        </div>
                        <button type="submit" class="button">{i18n.tr("setup-submit")}</button>
                    </ActionForm>
                </section>
            }
            .into_any()
        } else {
            view! { <NotFound /> }.into_any()
        }} />
    }
}
