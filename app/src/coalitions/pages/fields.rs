//! The fields of a coalition's details, shared by the creation and the edit forms.

use leptos::prelude::*;

use crate::{
    coalitions::api::CoalitionForm,
    i18n::{Locale, use_i18n},
};

/// Name, short name, description, lead organisation, default language and time zone, named
/// `form[…]` for [`crate::coalitions::api::SaveCoalition`]; ids start with `prefix`.
#[component]
pub fn CoalitionFields(
    form: CoalitionForm,
    organisations: Vec<(i32, String)>,
    time_zones: Vec<String>,
    prefix: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = move |field: &str| format!("{prefix}-{field}");
    let zone = if form.time_zone.is_empty() {
        "UTC".to_string()
    } else {
        form.time_zone.clone()
    };
    view! {
        <input type="hidden" name="form[id]" value=form.id />
        <input type="hidden" name="form[version]" value=form.version />
        <div class="field">
            <label for=id("name")>{i18n.tr("col-name")}</label>
            <input id=id("name") name="form[name]" type="text" maxlength="200" required value=form.name />
        </div>
        <div class="field">
            <label for=id("short-name")>{i18n.tr("col-short-name")}</label>
            <input id=id("short-name") name="form[short_name]" type="text" maxlength="40" value=form.short_name />
        </div>
        <div class="field">
            <label for=id("description")>{i18n.tr("field-description")}</label>
            <textarea id=id("description") name="form[description]" rows="3" maxlength="4000">{form.description}</textarea>
        </div>
        <div class="field">
            <label for=id("lead")>{i18n.tr("home-lead")}</label>
            <select id=id("lead") name="form[lead_organisation_id]" required>
                {organisations
                    .into_iter()
                    .map(|(org, name)| {
                        view! { <option value=org selected=org == form.lead_organisation_id>{name}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
        <div class="field">
            <label for=id("locale")>{i18n.tr("coalition-default-locale")}</label>
            <select id=id("locale") name="form[default_locale]">
                {Locale::ALL
                    .into_iter()
                    .map(|l| {
                        view! { <option value=l.code() selected=l.code() == form.default_locale>{l.native_name()}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
        <div class="field">
            <label for=id("time-zone")>{i18n.tr("coalition-time-zone")}</label>
            <select id=id("time-zone") name="form[time_zone]">
                {time_zones
                    .into_iter()
                    .map(|z| {
                        let selected = z == zone;
                        let label = z.clone();
                        view! { <option value=z selected=selected>{label}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
