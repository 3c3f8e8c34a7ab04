//! The account page: profile, password, second factor, linked providers and sessions.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{
    password_form::PasswordForm, profile_form::ProfileForm, second_factor_panel::SecondFactorPanel,
    sessions_table::SessionsTable,
};
use crate::{
    auth::account_api::{
        AccountView, ChangePassword, DisableSecondFactor, EnableSecondFactor, UpdateProfile,
        account_overview,
    },
    i18n::use_i18n,
    layout::{Loaded, page_data},
};

/// `/account`.
#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let profile = ServerAction::<UpdateProfile>::new();
    let password = ServerAction::<ChangePassword>::new();
    let enable = ServerAction::<EnableSecondFactor>::new();
    let disable = ServerAction::<DisableSecondFactor>::new();
    let overview = page_data(
        move || {
            (
                profile.version().get(),
                enable.version().get(),
                disable.version().get(),
            )
        },
        |_| account_overview(),
    );
    view! {
        <Title text=i18n.tr("account-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("account-title")}</h1>
            </header>
            <Loaded resource=overview view={move |account: AccountView| view! {
                {(!account.required_by.is_empty() && !account.second_factor).then(|| view! {
                    <div class="notice notice--error" role="alert" id="second-factor-required">
                        <p>{i18n.tr("second-factor-required-by")}" "{account.required_by.join(", ")}</p>
                    </div>
                })}
                <ProfileForm action=profile account=account.clone() />
                {account.has_password.then(|| view! { <PasswordForm action=password email=account.email.clone() /> })}
                <SecondFactorPanel
                    enabled=account.second_factor
                    codes_left=account.recovery_codes_left
                    enable
                    disable
                />
                {(!account.identities.is_empty()).then(|| view! {
                    <h2>{i18n.tr("account-identities")}</h2>
                    <ul class="plain-list" id="linked-identities">
                        {account.identities.iter().map(|(provider, email)| view! {
                            <li><strong>{provider.clone()}</strong>" · "{email.clone()}</li>
                        }).collect_view()}
                    </ul>
                })}
            }} />
            <SessionsTable />
        </section>
    }
}
