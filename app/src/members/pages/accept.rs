//! Accepting an invitation: choose a name and a password, and you are in.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::{
    auth::pages::use_auth,
    i18n::use_i18n,
    layout::{Loaded, page_data},
    members::api::{AcceptInvitation, InvitationOffer, invitation},
};

/// `/invitations/:token`.
#[component]
pub fn AcceptInvitationPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let offer = page_data(token, invitation);
    let accept = ServerAction::<AcceptInvitation>::new();
    let auth = use_auth();
    Effect::new(move |_| {
        if let Some(Ok(())) = accept.value().get() {
            auth.refresh();
        }
    });
    let error = move || {
        accept.value().get().and_then(Result::err).map(|error| {
            view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
        })
    };
    view! {
        <Title text=i18n.tr("accept-title") />
        <section class="page page--narrow">
            <header class="page__header">
                <h1>{i18n.tr("accept-title")}</h1>
            </header>
            <Loaded resource=offer view={move |o: InvitationOffer| view! {
                <dl class="facts card">
                    <div><dt>{i18n.tr("home-coalitions")}</dt><dd>{o.coalition}</dd></div>
                    <div><dt>{i18n.tr("col-organisation")}</dt><dd>{o.organisation}</dd></div>
                    <div><dt>{i18n.tr("col-role")}</dt><dd>{i18n.label(o.role)}</dd></div>
                    <div><dt>{i18n.tr("field-email")}</dt><dd>{o.email}</dd></div>
                </dl>
                <ActionForm action=accept attr:class="form card">
                    {error}
                    <input type="hidden" name="token" value=token />
                    <div class="field">
                        <label for="accept-name">{i18n.tr("field-display-name")}</label>
                        <input id="accept-name" name="display_name" type="text" autocomplete="name" required />
                    </div>
                    <div class="field">
                        <label for="accept-password">{i18n.tr("field-new-password")}</label>
                        <input id="accept-password" name="password" type="password" autocomplete="new-password" minlength="12" required />
                        <p class="hint">{i18n.tr("password-hint")}</p>
                    </div>
                    <button type="submit" class="button">{i18n.tr("accept-submit")}</button>
                </ActionForm>
            }} />
        </section>
    }
}
