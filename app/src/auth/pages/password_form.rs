//! Changing the password; every other session ends.

use leptos::{form::ActionForm, prelude::*};

use crate::layout::ActionResult;
use crate::{auth::account_api::ChangePassword, i18n::use_i18n};

/// The password form. `email` is the hidden username password managers expect.
#[component]
pub fn PasswordForm(action: ServerAction<ChangePassword>, email: String) -> impl IntoView {
    let i18n = use_i18n();
    let result = Signal::derive(move || action.value().get());
    view! {
        <h2>{i18n.tr("account-password")}</h2>
        <ActionForm action attr:class="form card" attr:id="password-form">
            <ActionResult result done_key="password-changed" />
            <input type="email" autocomplete="username" value=email hidden readonly />
            <div class="field">
                <label for="password-current">{i18n.tr("field-current-password")}</label>
                <input id="password-current" name="current_password" type="password" autocomplete="current-password" required />
            </div>
            <div class="field">
                <label for="password-new">{i18n.tr("field-new-password")}</label>
                <input id="password-new" name="new_password" type="password" autocomplete="new-password" minlength="12" required />
                <p class="hint">{i18n.tr("password-hint")}</p>
            </div>
            <button type="submit" class="button">{i18n.tr("account-change-password")}</button>
        </ActionForm>
    }
}
