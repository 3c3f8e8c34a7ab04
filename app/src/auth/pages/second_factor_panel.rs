//! Turning the second factor on and off, and renewing the recovery codes.

use leptos::{form::ActionForm, prelude::*};

use crate::layout::ActionResult;
use crate::{
    auth::account_api::{
        BeginSecondFactor, DisableSecondFactor, EnableSecondFactor, RenewRecoveryCodes,
    },
    i18n::use_i18n,
};

/// The second-factor section of the account page.
#[component]
pub fn SecondFactorPanel(
    enabled: bool,
    codes_left: u64,
    enable: ServerAction<EnableSecondFactor>,
    disable: ServerAction<DisableSecondFactor>,
) -> impl IntoView {
    let i18n = use_i18n();
    let renew = ServerAction::<RenewRecoveryCodes>::new();
    let fresh_codes = move || {
        enable
            .value()
            .get()
            .and_then(Result::ok)
            .or_else(|| renew.value().get().and_then(Result::ok))
            .map(|codes| view! { <RecoveryCodes codes /> })
    };
    let body = if enabled {
        let renew_result = Signal::derive(move || renew.value().get());
        let disable_result = Signal::derive(move || disable.value().get());
        view! {
            <p class="notice" role="status" id="second-factor-on">
                {i18n.tr("second-factor-on")}" "
                {i18n.tr_count("second-factor-codes-left", "count", codes_left as i64)}
            </p>
            <ActionForm action=renew attr:class="form card form--inline">
                <ActionResult result=renew_result done_key="second-factor-codes-renewed" />
                <div class="field">
                    <label for="renew-code">{i18n.tr("field-second-factor-code")}</label>
                    <input id="renew-code" name="code" type="text" autocomplete="one-time-code" required />
                </div>
                <button type="submit" class="button button-secondary">{i18n.tr("second-factor-renew")}</button>
            </ActionForm>
            <ActionForm action=disable attr:class="form card form--inline">
                <ActionResult result=disable_result done_key="second-factor-turned-off" />
                <div class="field">
                    <label for="disable-code">{i18n.tr("field-second-factor-code")}</label>
                    <input id="disable-code" name="code" type="text" autocomplete="one-time-code" required />
                </div>
                <button type="submit" class="button button-secondary">{i18n.tr("second-factor-disable")}</button>
            </ActionForm>
        }
        .into_any()
    } else {
        view! { <Enrolment enable /> }.into_any()
    };
    view! {
        <h2>{i18n.tr("second-factor-heading")}</h2>
        {fresh_codes}
        {body}
    }
}

/// Setting up an authenticator: scan, type the code it shows, done.
#[component]
fn Enrolment(enable: ServerAction<EnableSecondFactor>) -> impl IntoView {
    let i18n = use_i18n();
    let begin = ServerAction::<BeginSecondFactor>::new();
    let enable_result = Signal::derive(move || enable.value().get());
    let setup = move || {
        begin.value().get().map(|result| match result {
            Ok(setup) => view! {
                <div class="card second-factor-setup">
                    <p>{i18n.tr("second-factor-scan")}</p>
                    <div class="qr" inner_html=setup.qr_svg role="img" aria-label=i18n.tr("second-factor-qr-label")></div>
                    <p>{i18n.tr("second-factor-manual")}" "<code id="second-factor-secret">{setup.secret.clone()}</code></p>
                    <ActionForm action=enable attr:class="form">
                        <ActionResult result=enable_result done_key="second-factor-turned-on" />
                        <input type="hidden" name="secret" value=setup.secret />
                        <div class="field">
                            <label for="enable-code">{i18n.tr("field-second-factor-code")}</label>
                            <input id="enable-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required />
                        </div>
                        <button type="submit" class="button">{i18n.tr("second-factor-confirm")}</button>
                    </ActionForm>
                </div>
            }
            .into_any(),
            Err(error) => view! {
                <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div>
            }
            .into_any(),
        })
    };
    view! {
        <p>{i18n.tr("second-factor-off")}</p>
        <ActionForm action=begin attr:class="form-actions">
            <button type="submit" class="button" id="second-factor-begin">{i18n.tr("second-factor-set-up")}</button>
        </ActionForm>
        {setup}
    }
}

/// Recovery codes, shown once after they are made.
#[component]
fn RecoveryCodes(codes: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice" role="status">
            <p>{i18n.tr("second-factor-codes-intro")}</p>
            <ul class="recovery-codes" id="recovery-codes">
                {codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view()}
            </ul>
        </div>
    }
}
