//! Display name and preferred language.

use leptos::{form::ActionForm, prelude::*};

use crate::layout::ActionResult;
use crate::{
    auth::account_api::{AccountView, UpdateProfile},
    i18n::{Locale, use_i18n},
};

/// The profile form; saving the language also switches the interface to it.
#[component]
pub fn ProfileForm(action: ServerAction<UpdateProfile>, account: AccountView) -> impl IntoView {
    let i18n = use_i18n();
    // The submitted language, kept because the action forgets its input once it resolves.
    let chosen = RwSignal::new(None::<Locale>);
    Effect::new(move |_| {
        if let Some(input) = action.input().get() {
            chosen.set(Locale::from_code(&input.locale));
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = action.value().get()
            && let Some(locale) = chosen.get_untracked()
        {
            i18n.set_locale(locale);
        }
    });
    let result = Signal::derive(move || action.value().get());
    view! {
        <h2>{i18n.tr("account-profile")}</h2>
        <ActionForm action attr:class="form card" attr:id="profile-form">
            <ActionResult result done_key="account-saved" />
            <p class="hint">{account.email.clone()}</p>
            <div class="field">
                <label for="profile-name">{i18n.tr("field-display-name")}</label>
                <input id="profile-name" name="display_name" type="text" autocomplete="name" required value=account.display_name.clone() />
            </div>
            <div class="field">
                <label for="profile-locale">{i18n.tr("field-language")}</label>
                <select id="profile-locale" name="locale">
                    {Locale::ALL.into_iter().map(|locale| view! {
                        <option value=locale.code() selected=locale.code() == account.locale>
                            {locale.native_name()}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{i18n.tr("account-save")}</button>
        </ActionForm>
    }
}
