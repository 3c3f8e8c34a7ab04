//! The header's user menu: who is signed in, their account, sign out; or a sign-in link.

use leptos::{form::ActionForm, prelude::*};
use leptos_router::components::A;

use super::use_auth;
use crate::i18n::use_i18n;

/// Tells a signed-in user whose coalition requires a second factor to set one up.
#[component]
pub fn SecondFactorReminder() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                matches!(auth.user.await, Ok(Some(user)) if user.needs_second_factor).then(|| {
                    view! {
                        <div class="notice notice--error site-reminder" role="alert">
                            <p>
                                {i18n.tr("second-factor-reminder")}" "
                                <A href="/account">{i18n.tr("second-factor-reminder-link")}</A>
                            </p>
                        </div>
                    }
                })
            })}
        </Transition>
    }
}

/// Shows the signed-in user with account and sign-out, or a sign-in link.
#[component]
pub fn UserMenu() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match auth.user.await {
                    Ok(Some(user)) => view! {
                        <div class="user-menu">
                            {user.is_admin.then(|| view! {
                                <A href="/admin/coalitions" attr:class="user-menu__admin">{i18n.tr("nav-admin")}</A>
                            })}
                            <A href="/account" attr:class="user-menu__name">{user.display_name}</A>
                            <ActionForm action=auth.sign_out>
                                <button type="submit" class="button button-secondary">{i18n.tr("sign-out")}</button>
                            </ActionForm>
                        </div>
                    }
                    .into_any(),
                    _ => view! {
                        <A href="/sign-in" attr:class="button">{i18n.tr("nav-sign-in")}</A>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}
