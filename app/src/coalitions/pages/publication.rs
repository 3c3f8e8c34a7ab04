//! The coalition page's panel for the public follow-up page: its address, and the switch that
//! publishes it for anyone to read without signing in, or takes it offline.

use leptos::{form::ActionForm, prelude::*};

use crate::{
    coalitions::api::{Publication, PublishFollowUp},
    i18n::use_i18n,
};

/// The public page's address, its state and the publish / take offline buttons.
#[component]
pub fn PublicationPanel(
    coalition_id: i32,
    publication: Publication,
    publish: ServerAction<PublishFollowUp>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Publication {
        address,
        published_on,
        can_publish,
    } = publication;
    let page = format!("/p/{address}");
    let state = match published_on.clone() {
        Some(day) => view! {
            <p id="publication-state">
                {i18n.tr("publication-online")} " " <time datetime=day.clone()>{day.clone()}</time> ": "
                <a id="public-page-link" href=page.clone() rel="external">{page.clone()}</a>
            </p>
        }
        .into_any(),
        None => view! { <p id="publication-state">{i18n.tr("publication-offline")}</p> }.into_any(),
    };
    let published = published_on.is_some();
    let controls = can_publish.then(|| {
        let submit = if published {
            "publication-save-address"
        } else {
            "publication-publish"
        };
        let withdraw = published.then(|| {
            view! {
                <ActionForm action=publish attr:class="form--inline" attr:id="publication-withdraw">
                    <input type="hidden" name="coalition_id" value=coalition_id />
                    <input type="hidden" name="published" value="false" />
                    <button type="submit" class="button button-secondary">{i18n.tr("publication-withdraw")}</button>
                </ActionForm>
            }
        });
        view! {
            <ActionForm action=publish attr:class="form" attr:id="publication-form">
                <input type="hidden" name="coalition_id" value=coalition_id />
                <input type="hidden" name="published" value="true" />
                <div class="field">
                    <label for="publication-address">{i18n.tr("publication-address")}</label>
                    <input id="publication-address" name="address" type="text" required
                        minlength="2" maxlength="40" pattern="[a-z0-9]([a-z0-9\\-]*[a-z0-9])?"
                        value=address aria-describedby="publication-address-hint" />
                    <p class="hint" id="publication-address-hint">{i18n.tr("publication-address-hint")}</p>
                </div>
                <button type="submit" class="button">{i18n.tr(submit)}</button>
            </ActionForm>
            {withdraw}
        }
    });
    let error = move || {
        publish.value().get().and_then(Result::err).map(|error| {
            view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
        })
    };
    view! {
        <h2 id="publication-heading">{i18n.tr("publication-heading")}</h2>
        <section class="card" id="publication" aria-labelledby="publication-heading">
            <p>{i18n.tr("publication-explained")}</p>
            {state}
            {controls}
            {error}
        </section>
    }
}
